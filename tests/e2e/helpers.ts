/**
 * What the end-to-end tests share: Debian's chromium (the tests skip, saying so in one line, when it is absent),
 * the preview bundle built once per run (or QD_PREVIEW_DIST=<dir> to reuse one) and a headless browser on it.
 */
import { execFile } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { chromium, type BrowserContext } from "playwright-core";
import { serveDirectory } from "./staticServer";

export const CHROMIUM = "/usr/bin/chromium";
export const ROOT = path.resolve(__dirname, "../..");

/** `describe` when chromium is installed; otherwise `describe.skip`, after one clear line. */
export function describeWithChromium(): jest.Describe {
  if (existsSync(CHROMIUM)) return describe;
  console.warn(`E2E skipped: ${CHROMIUM} is not installed (apt-get install -y chromium).`);
  return describe.skip;
}

/** The preview bundle: QD_PREVIEW_DIST when it holds one, else built into a temporary folder (`built`). */
export async function buildPreview(): Promise<{ dir: string; built: boolean }> {
  const given = process.env.QD_PREVIEW_DIST;
  if (given && existsSync(path.join(given, "taskpane.html"))) return { dir: given, built: false };
  const out = await fs.mkdtemp(path.join(os.tmpdir(), "qd-preview-"));
  await promisify(execFile)(
    process.execPath,
    [
      path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      "preview",
      // The production modules without minifying or source maps, which change nothing the browser does.
      "--no-optimization-minimize",
      "--devtool",
      "false",
      "--output-path",
      out,
    ],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }
  );
  return { dir: out, built: true };
}

export interface PreviewSession {
  url: string;
  context: BrowserContext;
  close(): Promise<void>;
}

/** The preview served on 127.0.0.1 and a headless chromium on it; `close` removes what was made here. */
export async function openPreview(viewport: {
  width: number;
  height: number;
}): Promise<PreviewSession> {
  const dist = await buildPreview();
  const server = await serveDirectory(dist.dir);
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), "qd-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
    acceptDownloads: true,
    viewport,
  });
  return {
    url: server.url,
    context,
    async close() {
      await context.close();
      await server.close();
      await fs.rm(userDataDir, { recursive: true, force: true });
      if (dist.built) await fs.rm(dist.dir, { recursive: true, force: true });
    },
  };
}
