/**
 * End to end in a real browser at the pane's narrowest, 320 px: a results pack of five sheets (a cover, the P&L,
 * segments, operating data and a business with its own "Total revenue") opened through the file input, Detect in
 * the whole workbook lists the blocks of every sheet, three are kept, the lines are named in words by sheet, and a
 * refresh gives the KPIs worked out by hand below. Screenshots go to artifacts/e2e/ (git-ignored).
 *
 * QD_PREVIEW_DIST=<dir> reuses a preview bundle already built there.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { ROOT, describeWithChromium, openPreview, type PreviewSession } from "./helpers";

const SHOTS = path.join(ROOT, "artifacts/e2e");
const WIDTH = 320;

const HEADER = ["JPY mn", "1Q24", "2Q24", "3Q24", "4Q24", "FY2024", "1Q25"];
const SHEETS: [string, unknown[][]][] = [
  ["Cover", [["Acme Corp"], ["Results pack, first quarter 2025"], ["Contents"]]],
  [
    "P&L",
    [
      ["Consolidated statement of income"],
      [],
      HEADER,
      ["Total revenue", 100, 110, 120, 130, 460, 120],
      ["Operating income", 10, 11, 15, 13, 49, 18],
    ],
  ],
  [
    "Segments",
    [
      HEADER,
      ["Revenue"],
      ["Dedicated access", 60, 66, 70, 80, 276, 72],
      ["Hosting", 40, 44, 50, 50, 184, 48],
    ],
  ],
  ["Operating data", [HEADER, ["Subscribers (end of period)", 1000, 1100, 1200, 1300, 1300, 1400]]],
  [
    "Cloud",
    [
      ["Cloud business"],
      HEADER,
      ["Total revenue", 60, 66, 70, 80, 276, 72],
      ["Operating income", 6, 7, 9, 8, 30, 11],
    ],
  ],
];

async function writePack(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of SHEETS) wb.addWorksheet(name).addRows(rows);
  await fs.writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(SHOTS, `pack-${name}-${WIDTH}.png`), fullPage: true });
}

/** The page is no wider than the viewport: nothing sticks out sideways at 320 px. */
async function noSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(WIDTH);
}

/** The text of the metric cell whose title is the metric's id, in the table of lines. */
const metricCell = (table: Locator, id: string): Locator => table.locator(`[title="${id}"]`);

/** The element's box in the page's viewport. */
async function rect(locator: Locator): Promise<{ left: number; right: number; width: number }> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, width: r.width };
  });
}

/** Waits until `ok` holds, or gives up after `ms` (the assertion that follows then says what is wrong). */
async function until(ok: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end && !(await ok())) await new Promise((r) => setTimeout(r, 100));
}

jest.setTimeout(15 * 60_000);

describeWithChromium()("a results pack in a real browser at 320 px", () => {
  let session: PreviewSession | null = null;
  let dir = "";
  let file = "";

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "qd-pack-"));
    file = path.join(dir, "acme-pack.xlsx");
    await writePack(file);
    await fs.mkdir(SHOTS, { recursive: true });
    session = await openPreview({ width: WIDTH, height: 900 });
  });

  afterAll(async () => {
    await session?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it("opens the pack, detects its blocks, keeps three, names each line in words and refreshes", async () => {
    const page = await session!.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${session!.url}/taskpane.html`);
    await page.getByRole("heading", { name: "QuarterDeck", exact: true }).waitFor();

    await page.getByLabel("Workbook or CSV file").setInputFiles(file);
    await page
      .getByText(/acme-pack\.xlsx/)
      .first()
      .waitFor({ timeout: 60_000 });
    await shoot(page, "0-opened");

    await page.getByRole("tab", { name: "Set up", exact: true }).click();
    await page.getByRole("button", { name: "Detect in the whole workbook" }).click();
    const found = page.getByRole("region", { name: "Blocks found in the workbook" });
    await found.waitFor({ timeout: 60_000 });
    const items = found.getByRole("listitem");
    await expect(items.allTextContents()).resolves.toEqual([
      "Cover: no figures (a cover, an index or notes)",
      expect.stringMatching(/^Keep 'P&L'!A3:G5.*2 lines, 1Q24…1Q25/),
      expect.stringMatching(/^Keep Segments!A1:G4.*2 lines, 1Q24…1Q25/),
      expect.stringMatching(/^Keep 'Operating data'!A1:G2.*1 line, 1Q24…1Q25/),
      expect.stringMatching(/^Keep Cloud!A2:G4.*a business of its own \(cloud\)$/),
    ]);
    await noSidewaysScroll(page);
    await shoot(page, "1-detected");

    // Drop the business sheet, keep the other three.
    await found.getByRole("checkbox", { name: /^Keep Cloud!/ }).click();
    await found.getByRole("button", { name: "Use the kept blocks" }).click();
    const sources = page
      .getByRole("list", { name: "Sources read, in order" })
      .getByRole("listitem");
    await until(async () => (await sources.allTextContents()).length === 3);
    await expect(sources.allTextContents()).resolves.toEqual([
      expect.stringContaining("'P&L'!"),
      expect.stringContaining("Segments!"),
      expect.stringContaining("'Operating data'!"),
    ]);

    const table = page.getByRole("table", {
      name: "Row labels and the metric each one was read as",
    });
    await table.waitFor({ timeout: 60_000 });
    for (const group of ["Segments", "Operating data"]) {
      const toggle = table.getByRole("button", { name: new RegExp(`[▸▾] ${group} \\(`) });
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    }
    const words: [string, RegExp][] = [
      ["revenue.total", /^Total revenues$/],
      ["operating_income", /^Operating income$/],
      ["revenue.dedicated_access", /^Revenue · segment · Dedicated access services$/],
      ["ops.subscribers", /^Subscribers \(stock\)$/],
    ];
    for (const [id, text] of words) {
      const cell = metricCell(table, id);
      await expect(cell.count()).resolves.toBe(1);
      await expect(cell.innerText()).resolves.toMatch(text);
      // named in words, not clipped: the whole name fits in its cell at 320 px
      const clipped = await cell.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      expect([id, clipped]).toEqual([id, false]);
    }
    await noSidewaysScroll(page);
    await shoot(page, "2-lines-in-words");

    await page.getByRole("tab", { name: "Refresh", exact: true }).click();
    await page.getByRole("button", { name: "Refresh KPIs" }).click();
    await page
      .getByRole("heading", { name: "Highlights", exact: true })
      .waitFor({ timeout: 60_000 });
    // 1Q25 from the P&L: revenue 120 (100 a year before: +20.0%), operating income 18 (18 / 120 = 15.0%);
    // the segment driving growth from the Segments sheet (72 vs 60: +20.0%); the Cloud sheet not read.
    const main = page.getByRole("main");
    const text = await main.innerText();
    expect(text).toContain("Revenues JPY120M (20.0% up from 1Q24");
    expect(text).toContain("Operating margin 15.0% (10.0% in 1Q24");
    expect(text).toContain("Driven by Dedicated access (20.0% up from 1Q24");
    expect(await page.getByRole("table", { name: "KPI summary table" }).count()).toBe(1);
    await noSidewaysScroll(page);
    await shoot(page, "3-refreshed");

    // The KPI table: the labels stay on the left while the periods scroll sideways, opening on the latest.
    const region = page.getByRole("region", { name: "KPI summary table, periods scroll sideways" });
    const kpiTable = region.getByRole("table", { name: "KPI summary table" });
    const corner = kpiTable.getByRole("columnheader", { name: "KPI", exact: true });
    const revenueLabel = kpiTable.getByRole("rowheader").first();
    const column = (period: string) =>
      kpiTable.getByRole("columnheader", { name: period, exact: true });
    await region.scrollIntoViewIfNeeded();
    const box = await rect(region);
    const scroll = await region.evaluate((el) => ({
      left: el.scrollLeft,
      sideways: el.scrollWidth - el.clientWidth,
      downwards: el.scrollHeight - el.clientHeight,
    }));
    expect(scroll.sideways).toBeGreaterThan(0); // wider than 320 px: it scrolls sideways…
    expect(scroll.left).toBe(scroll.sideways); // …opening at the end,
    expect(scroll.downwards).toBeLessThanOrEqual(0); // and never downwards: the pane does that
    const label = await rect(corner);
    expect(label.left).toBeLessThanOrEqual(box.left + 2);
    expect(label.width).toBeLessThan(box.width / 2);
    // the latest period beside the labels, whole, and the first one scrolled out of view
    const latest = await rect(column("1Q25"));
    expect(latest.left).toBeGreaterThanOrEqual(label.right - 1);
    expect(latest.right).toBeLessThanOrEqual(box.right);
    expect((await rect(column("1Q24"))).right).toBeLessThanOrEqual(label.right + 1);
    await region.screenshot({ path: path.join(SHOTS, `pack-4-kpi-table-latest-${WIDTH}.png`) });

    // Keyboard: the region takes focus and the arrow keys scroll it back to the first period.
    await region.focus();
    await expect(region.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("ArrowLeft");
    await until(async () => (await region.evaluate((el) => el.scrollLeft)) < scroll.left, 5_000);
    expect(await region.evaluate((el) => el.scrollLeft)).toBeLessThan(scroll.left);
    for (let i = 0; i < 60 && (await region.evaluate((el) => el.scrollLeft)) > 0; i++) {
      await page.keyboard.press("ArrowLeft");
    }
    await until(async () => (await region.evaluate((el) => el.scrollLeft)) === 0, 5_000);
    expect(await region.evaluate((el) => el.scrollLeft)).toBe(0);
    const first = await rect(column("1Q24"));
    expect(first.left).toBeGreaterThanOrEqual(label.right - 1);

    // Half way: the label column has not moved and still covers the periods scrolled under it.
    await region.evaluate((el) => {
      el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
    });
    await page.waitForTimeout(100);
    const stuck = await rect(corner);
    expect(stuck.left).toBeCloseTo(label.left, 0);
    expect(stuck.right).toBeCloseTo(label.right, 0);
    expect((await rect(revenueLabel)).left).toBeCloseTo(label.left, 0);
    const hidden = await column("1Q24").evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return r.left < 0 || top?.closest("th") !== el;
    });
    expect(hidden).toBe(true);
    await region.screenshot({ path: path.join(SHOTS, `pack-5-kpi-table-scrolled-${WIDTH}.png`) });
    await noSidewaysScroll(page);

    // A wider pane: the labels take more room and the page still does not scroll sideways.
    await page.setViewportSize({ width: 640, height: 900 });
    await page.waitForTimeout(150);
    const wide = await rect(corner);
    expect(wide.width).toBeGreaterThan(label.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      640
    );
    await region.screenshot({ path: path.join(SHOTS, "pack-6-kpi-table-640.png") });

    expect(errors).toEqual([]);
    await page.close();
  });
});
