/**
 * End to end in a real browser: the preview bundle served over HTTP, driven with playwright-core in
 * Debian's chromium. Open the sample → the check lists the FY3/02 slip on its cell → refresh → "31.6%"
 * and the seed's highlights → export downloads an .xlsx with chart parts. Screenshots of each view at
 * 320 px and 800 px, light and dark, go to artifacts/screenshots/ (git-ignored).
 *
 * The pages' content security policy stays on throughout: every `securitypolicyviolation` event and every
 * console message about the policy fails the test, and at the end an injected inline script proves the policy
 * is enforced and that a violation would have been seen.
 *
 * QD_PREVIEW_DIST=<dir> reuses a preview bundle already built there.
 */
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { SEED_DIR } from "../helpers/dataset";
import { describeWithChromium, openPreview, ROOT, type PreviewSession } from "./helpers";

const SAMPLE = path.join(ROOT, "assets/sample/iij-4q01-sample.xlsx");
const SHOTS = path.join(ROOT, "artifacts/screenshots");
const SEED = JSON.parse(readFileSync(path.join(SEED_DIR, "expected.json"), "utf8")) as {
  highlights: string[];
};

const describeE2E = describeWithChromium();

jest.setTimeout(15 * 60_000);

/** The FY3/02 total-revenues cell of the sample, found by reading the workbook (not from the pane). */
async function slipCell(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  for (const ws of wb.worksheets) {
    let found: string | null = null;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        const n =
          typeof v === "number"
            ? v
            : v && typeof v === "object" && "result" in v
              ? Number(v.result)
              : NaN;
        if (n === 399000) found = `${ws.name}!${cell.address}`;
      })
    );
    if (found) return found;
  }
  throw new Error("the sample holds no 399,000 cell");
}

/** What the page recorded of the content security policy: set up before any of the page's own scripts run. */
function recordViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener("securitypolicyviolation", (e) =>
    seen.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`
    )
  );
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

async function shoot(page: Page, name: string, theme: string): Promise<void> {
  for (const width of [800, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    await page.screenshot({
      path: path.join(SHOTS, `${name}-${width}-${theme}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 800, height: 900 });
}

describeE2E("preview in a real browser", () => {
  let session: PreviewSession | null = null;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    session = await openPreview({ width: 800, height: 900 });
    await fs.mkdir(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await session?.close();
    if (Object.keys(timings).length)
      console.log(`First-time flow (open sample → refreshed): ${JSON.stringify(timings)}`);
  });

  for (const theme of ["light", "dark"] as const) {
    it(`opens the sample, checks, refreshes and exports (${theme})`, async () => {
      const page = await session!.context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const policyMessages: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy/i.test(m.text())) policyMessages.push(m.text());
      });
      await page.addInitScript(recordViolations);
      await page.goto(`${session!.url}/taskpane.html?theme=${theme}`);
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute("content");
      expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(policy).toContain("object-src 'none'");
      await page.getByRole("heading", { name: "QuarterDeck", exact: true }).waitFor();
      await shoot(page, "0-open", theme);

      const started = Date.now();
      await page.getByRole("button", { name: "Open sample" }).click();
      // Check view: the FY3/02 slip, on its cell.
      const cell = await slipCell();
      const slip = page.getByRole("button", {
        name: new RegExp(
          `^${cell.replace(/[$!]/g, "\\$&")}.*FY3/02 Total revenues is 399,000`,
          "i"
        ),
      });
      await slip.waitFor({ timeout: 60_000 });
      timings[`${theme}_open_to_checked_ms`] = Date.now() - started;
      await shoot(page, "2-check", theme);

      await page.getByRole("tab", { name: "Set up" }).click();
      await page.getByRole("heading", { name: "What QuarterDeck understood" }).waitFor();
      await shoot(page, "1-setup", theme);

      const refreshStarted = Date.now();
      await page.getByRole("button", { name: "Refresh KPIs" }).click();
      await page
        .getByRole("heading", { name: "Highlights", exact: true })
        .waitFor({ timeout: 60_000 });
      const refreshMs = Date.now() - refreshStarted;
      timings[`${theme}_refresh_ms`] = refreshMs;
      // The user's own time: open → checked, then refresh (the screenshots taken in between left out).
      timings[`${theme}_first_time_flow_ms`] =
        (timings[`${theme}_open_to_checked_ms`] ?? 0) + refreshMs;
      for (const sentence of SEED.highlights)
        await expect(page.getByText(sentence, { exact: true }).count()).resolves.toBe(1);
      expect(await page.getByText("31.6%").count()).toBeGreaterThan(0);
      expect(await page.getByRole("table", { name: "KPI summary table" }).count()).toBe(1);
      expect(await page.locator("figure svg[role=img]").count()).toBeGreaterThan(0);
      await shoot(page, "3-refresh", theme);

      await page.getByRole("tab", { name: "Export" }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Export summary workbook" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const file = await download.path();
      const zip = await JSZip.loadAsync(await fs.readFile(file));
      const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
      expect(charts.length).toBeGreaterThan(0);
      await page.getByText(/\.xlsx was offered for download\./).waitFor();
      await shoot(page, "4-export", theme);

      expect(errors).toEqual([]);
      // The whole first-time flow ran under the policy without a violation.
      expect(await violations(page)).toEqual([]);
      expect(policyMessages).toEqual([]);
      // The policy is enforced and the listener hears it: an injected inline script is refused and reported.
      // (Code that Playwright evaluates is exempt from the page's policy, so the script is added as an element.)
      const ran = await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__inlineRan = true;";
        document.head.appendChild(script);
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
      });
      expect(ran).toBe(false);
      await page.waitForFunction(
        () =>
          (window as unknown as { __cspViolations: string[] }).__cspViolations.some((v) =>
            v.startsWith("script-src-elem blocked inline")
          ),
        undefined,
        { timeout: 5_000 }
      );
      await page.close();
    });
  }
});
