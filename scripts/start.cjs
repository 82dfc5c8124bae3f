#!/usr/bin/env node
/**
 * npm start / npm stop: sideload QuarterDeck into Excel desktop (Windows, macOS) with
 * office-addin-debugging, fetched on demand by npx — it is not a dependency, because it pulls keytar,
 * which needs libsecret to build and would break `npm ci` on a bare Linux machine.
 * On Linux there is no Excel desktop: print in one line what to do instead and exit 1.
 */
const { spawnSync } = require("node:child_process");

const DESKTOP = new Set(["win32", "darwin"]);

/** What `npm <action>` does on `platform`: a command to run, or a one-line explanation and exit code. */
function plan(action, platform) {
  if (action !== "start" && action !== "stop") {
    return { explain: `start.cjs: unknown action "${action}" — use start or stop`, code: 2 };
  }
  if (DESKTOP.has(platform)) {
    return { command: "npx", args: ["--yes", "office-addin-debugging", action, "manifest.xml"] };
  }
  if (action === "stop") {
    return {
      explain:
        "npm stop: nothing to stop — sideloading into Excel desktop happens on Windows and macOS only",
      code: 0,
    };
  }
  return {
    explain:
      "npm start sideloads into Excel desktop, which runs on Windows and macOS only — on Linux run `npm run preview` " +
      "(the pane in a browser at http://localhost:3000/taskpane.html), or use Excel on the web: run `npm run dev-server` " +
      "and upload manifest.xml via Insert › Add-ins › Upload My Add-in",
    code: 1,
  };
}

function main(argv) {
  const step = plan(argv[0] ?? "start", process.platform);
  if (step.explain !== undefined) {
    (step.code === 0 ? console.log : console.error)(step.explain);
    return step.code;
  }
  const result = spawnSync(step.command, step.args, {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.error) {
    console.error(`npm ${argv[0]}: could not run ${step.command} (${result.error.message})`);
    return 1;
  }
  return result.status ?? 1;
}

module.exports = { plan };

if (require.main === module) process.exit(main(process.argv.slice(2)));
