// Preloaded into a benchmarked CLI process (`node --require bench/usage.cjs …`): at exit, one stderr line
// `quarterdeck-usage {"cpu_ms":…,"peak_mb":…}` — the process's CPU time and maximum resident set.
process.on("exit", () => {
  const u = process.resourceUsage();
  const line = {
    cpu_ms: Math.round((u.userCPUTime + u.systemCPUTime) / 1000),
    peak_mb: Math.round(u.maxRSS / 1024),
  };
  process.stderr.write(`quarterdeck-usage ${JSON.stringify(line)}\n`);
});
