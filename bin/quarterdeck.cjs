#!/usr/bin/env node
/**
 * quarterdeck CLI launcher. It runs the compiled CLI, dist-cli/quarterdeck.cjs (`npm run build:cli`, run on
 * install by `prepare` and by `npm run build`), through a V8 code cache kept beside it, so a start compiles
 * nothing it compiled before.
 *
 * When the build is missing (installed with --ignore-scripts) or older than a source it was built from (a
 * source edited since), it runs the TypeScript sources through tsx instead — slower to start, same results —
 * and says so in one line on stderr: the command keeps working, and the note says how to get the fast start.
 * QUARTERDECK_FROM_SOURCE=1 runs the sources without the note.
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const ROOT = path.resolve(__dirname, "..");
const BUILT = path.join(ROOT, "dist-cli", "quarterdeck.cjs");
const SOURCES = path.join(ROOT, "dist-cli", "sources.json");
const CODE_CACHE = `${BUILT}.v8cache`;

/** Why the build cannot be used (missing, stale), or null when it can. */
function buildProblem() {
  let builtAt;
  let sources;
  try {
    builtAt = fs.statSync(BUILT).mtimeMs;
    sources = JSON.parse(fs.readFileSync(SOURCES, "utf8"));
  } catch {
    return "the compiled CLI (dist-cli/) is not built";
  }
  for (const source of sources) {
    let changedAt;
    try {
      changedAt = fs.statSync(path.join(ROOT, source)).mtimeMs;
    } catch {
      return `${source}, compiled into dist-cli/, is gone`;
    }
    if (changedAt > builtAt) return `${source} changed after dist-cli/ was built`;
  }
  return null;
}

/**
 * Loads the compiled CLI as a CommonJS module, compiled with the code cache when it matches the file's bytes;
 * returns its exports and a function that stores a fresh cache (after the run, so it holds what the run compiled).
 */
function loadBuilt() {
  const code = fs.readFileSync(BUILT, "utf8");
  const digest = crypto.createHash("sha256").update(code).digest();
  let cachedData;
  try {
    const stored = fs.readFileSync(CODE_CACHE);
    if (stored.subarray(0, digest.length).equals(digest))
      cachedData = stored.subarray(digest.length);
  } catch {
    // No cache yet: compiled from the text, cached after the run.
  }
  const script = new vm.Script(Module.wrap(code), { filename: BUILT, cachedData });
  const mod = new Module(BUILT, module);
  mod.filename = BUILT;
  mod.paths = Module._nodeModulePaths(path.dirname(BUILT));
  script
    .runInThisContext()
    .call(mod.exports, mod.exports, Module.createRequire(BUILT), mod, BUILT, path.dirname(BUILT));
  const storeCache = () => {
    if (cachedData !== undefined && !script.cachedDataRejected) return;
    try {
      // Written aside and renamed: a run starting meanwhile reads the old cache or the new one, never half.
      const aside = `${CODE_CACHE}.${process.pid}`;
      fs.writeFileSync(aside, Buffer.concat([digest, script.createCachedData()]));
      fs.renameSync(aside, CODE_CACHE);
    } catch {
      // A read-only install: every start compiles from the text.
    }
  };
  return { main: mod.exports.main, storeCache };
}

function loadSources(note) {
  if (note !== null) {
    process.stderr.write(
      `quarterdeck: ${note}; running the sources (slower start). Build it: npm run build:cli\n`
    );
  }
  require("tsx/cjs");
  return { main: require("../src/cli/main.ts").main, storeCache: () => {} };
}

const fromSource = process.env.QUARTERDECK_FROM_SOURCE === "1";
const problem = fromSource ? null : buildProblem();
const { main, storeCache } = fromSource || problem !== null ? loadSources(problem) : loadBuilt();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    storeCache();
  },
  (error) => {
    process.stderr.write(
      `quarterdeck: unexpected failure: ${error && error.stack ? error.stack : String(error)}\n`
    );
    process.exitCode = 1;
  }
);
