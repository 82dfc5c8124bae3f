#!/usr/bin/env node
// quarterdeck CLI: runs the TypeScript sources through tsx (a runtime dependency), so a fresh clone needs no build.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `quarterdeck: unexpected failure: ${error && error.stack ? error.stack : String(error)}\n`
    );
    process.exitCode = 1;
  }
);
