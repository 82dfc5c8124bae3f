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

    expect(errors).toEqual([]);
    await page.close();
  });
});
