/** Command-line arguments of `quarterdeck`, parsed into a value or a one-line error. */
export interface ComputeArgs {
  command: "compute";
  input: string;
  /** `--sheet` values in order (may be repeated; "all" reads every sheet holding figures). */
  sheets: string[];
  /** `--range` values in order (may be repeated). */
  ranges: string[];
  fyEndMonth?: number;
  json?: string;
  out?: string;
  valuesOnly: boolean;
  ebitda?: "net-income" | "operating";
}

export interface DemoArgs {
  command: "demo";
  json?: string;
  out?: string;
}

/** `detect <input>`: the blocks of figures on every sheet. */
export interface DetectArgs {
  command: "detect";
  input: string;
}

export type CliArgs = ComputeArgs | DemoArgs | DetectArgs | { command: "help" };

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; error: string };

const VALUE_FLAGS = new Set([
  "--sheet",
  "--range",
  "--fy-end-month",
  "--json",
  "--out",
  "--ebitda",
]);

/** Parses `compute <input> [--sheet NAME]... [--range A1:Z99]... [--fy-end-month N] [--json OUT] [--out XLSX]`, `demo`, `--help`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help") {
    return { ok: true, args: { command: "help" } };
  }
  const [command, ...rest] = argv;
  if (command !== "compute" && command !== "demo" && command !== "detect") {
    return {
      ok: false,
      error: `unknown command "${command ?? ""}": use "compute", "detect" or "demo" (see --help)`,
    };
  }
  const flags = new Map<string, string>();
  const repeated = new Map<string, string[]>([
    ["--sheet", []],
    ["--range", []],
  ]);
  const positional: string[] = [];
  let valuesOnly = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === "--values-only") {
      valuesOnly = true;
    } else if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || value === "") return { ok: false, error: `${name} needs a value` };
      flags.set(name, value);
      repeated.get(name)?.push(value);
    } else if (arg.startsWith("--")) {
      return { ok: false, error: `unknown option ${arg} (see --help)` };
    } else {
      positional.push(arg);
    }
  }
  if (command === "demo") {
    return {
      ok: true,
      args: { command: "demo", json: flags.get("--json"), out: flags.get("--out") },
    };
  }
  const input = positional[0];
  if (input === undefined)
    return {
      ok: false,
      error: `${command} needs an input file: quarterdeck ${command} <input.xlsx|input.csv>`,
    };
  if (positional.length > 1)
    return { ok: false, error: `unexpected argument "${positional[1] ?? ""}"` };
  if (command === "detect") return { ok: true, args: { command: "detect", input } };
  let fyEndMonth: number | undefined;
  const fy = flags.get("--fy-end-month");
  if (fy !== undefined) {
    fyEndMonth = Number(fy);
    if (!Number.isInteger(fyEndMonth) || fyEndMonth < 1 || fyEndMonth > 12) {
      return { ok: false, error: `--fy-end-month must be a month number 1-12, got "${fy}"` };
    }
  }
  const ebitdaFlag = flags.get("--ebitda");
  if (ebitdaFlag !== undefined && ebitdaFlag !== "net-income" && ebitdaFlag !== "operating") {
    return {
      ok: false,
      error: `--ebitda must be "net-income" or "operating", got "${ebitdaFlag}"`,
    };
  }
  return {
    ok: true,
    args: {
      command: "compute",
      input,
      sheets: repeated.get("--sheet") ?? [],
      ranges: repeated.get("--range") ?? [],
      fyEndMonth,
      json: flags.get("--json"),
      out: flags.get("--out"),
      valuesOnly,
      ebitda: ebitdaFlag,
    },
  };
}

export const HELP = `quarterdeck — check a quarter's figures and compute earnings-presentation KPIs

Usage:
  quarterdeck compute <input.xlsx|input.csv> [options]
  quarterdeck detect <input.xlsx|input.csv>   list the blocks of figures on every sheet
  quarterdeck demo [--json OUT.json] [--out SUMMARY.xlsx]
  quarterdeck --help

Options for compute:
  --sheet NAME         sheet to read; repeat for several, "all" for every sheet holding figures
                       (default: the first sheet, or every sheet holding figures when it holds none)
  --range A1:Z99       range holding the figures (default: the sheet's used range); repeat for several,
                       with one --sheet for all of them or one --sheet per --range, in order
  --fy-end-month N     fiscal year-end month 1-12 (default: inferred from the labels, else 12)
  --ebitda DEF         "net-income" (net income + taxes + interest + D&A, default) or "operating"
  --json OUT.json      write the KPI JSON there (default: standard output)
  --out SUMMARY.xlsx   also write the summary workbook (table, formulas, charts)
  --values-only        write values instead of live formulas in the summary

Exit status: 0 when computed (with or without issues), 2 when the input cannot be read.
`;
