/**
 * fast-check for every suite. On CI (CI set) properties run from one fixed seed, so a landing is
 * decided by the code and not by the draw; locally each run draws a new seed and explores further.
 * FC_SEED=<n> reproduces a failure printed by either.
 */
import fc from "fast-check";

const seed = process.env.FC_SEED ?? (process.env.CI ? "20261125" : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
