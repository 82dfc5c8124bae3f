import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is CommonJS, run by node directly
const { plan } = require("../../scripts/start.cjs") as {
  plan: (
    action: string,
    platform: string
  ) => { command?: string; args?: string[]; explain?: string; code?: number };
};

const ROOT = resolve(__dirname, "..", "..");

describe("npm start / npm stop", () => {
  it.each([
    ["start", "win32"],
    ["start", "darwin"],
    ["stop", "win32"],
    ["stop", "darwin"],
  ])("%s on %s runs office-addin-debugging on demand through npx", (action, platform) => {
    expect(plan(action, platform)).toEqual({
      command: "npx",
      args: ["--yes", "office-addin-debugging", action, "manifest.xml"],
    });
  });

  it("start on Linux explains the alternatives in one line and exits 1", () => {
    const step = plan("start", "linux");
    expect(step.code).toBe(1);
    expect(step.explain).toMatch(/Windows and macOS only/);
    expect(step.explain).toMatch(/npm run preview/);
    expect(step.explain).toMatch(/upload manifest\.xml via Insert › Add-ins › Upload My Add-in/);
    expect(step.explain).not.toMatch(/\n/);
  });

  it("stop on Linux has nothing to stop", () => {
    expect(plan("stop", "linux")).toMatchObject({
      code: 0,
      explain: expect.stringMatching(/nothing to stop/),
    });
  });

  it("rejects an unknown action", () => {
    expect(plan("restart", "win32")).toMatchObject({
      code: 2,
      explain: expect.stringMatching(/unknown action "restart"/),
    });
  });

  const onLinux = process.platform === "linux" ? it : it.skip;
  onLinux("the script itself exits 1 on Linux with that single line on stderr and no stack", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "start.cjs"), "start"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^npm start sideloads into Excel desktop/);
  });
});
