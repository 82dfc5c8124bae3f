/**
 * Hand-made fixtures for the pane's tests: a small slice of the seed (iij-figures.csv) as the core would
 * return it. Numbers come from the seed CSV and expected.json, not from running the code.
 */
import type { SheetDetected } from "../../src/app/detectWorkbook";
import type { Analysis } from "../../src/core/analyse";
import type { KpiValue } from "../../src/core/compute/types";
import type { Dataset, Series } from "../../src/core/read/types";
import type { SummaryModel } from "../../src/core/summarise/types";
import type { Issue } from "../../src/core/issue";
import type { SourceRange } from "../../src/core/grid/types";
import type {
  Capabilities,
  FormulaPlacement,
  SourceChoices,
  SourceRequest,
  StoredSettings,
  WorkbookPort,
  WriteResult,
} from "../../src/workbook/port";
import type {
  Outcome,
  PaneServices,
  RefreshDone,
  RefreshProgress,
} from "../../src/taskpane/services/PaneServices.types";
import type { SummaryModel as Model } from "../../src/core/summarise/types";
import { rowCells } from "../../src/core/summarise/cell";

export const SEED_HIGHLIGHTS = [
  "Revenues JPY12.1B (31.6% up from 4Q00, 21.9% up from 3Q01)",
  "Operating income JPY186M (JPY394M in 4Q00, JPY151M in 3Q01)",
  "Operating margin 1.5% (4.3% in 4Q00, 1.5% in 3Q01)",
  "EBITDA JPY968M (228% up from 4Q00, 7% up from 3Q01) vs. CAPEX JPY913M",
];

const q = (label: string, fiscalYear: number, quarter: number, start: string, end: string) => ({
  label,
  kind: "quarter" as const,
  fiscalYear,
  quarter,
  start,
  end,
});

function series(
  metric: string,
  label: string,
  values: (number | null)[],
  unknownLabel = false
): Series {
  return {
    metric,
    label,
    nature: "flow",
    unit: { currency: "JPY", scale: 1e6, label: "JPY mn" },
    values,
    cells: values.map((_, i) => ({ sheet: "Figures", row: 6, col: 3 + i })),
    factor: 1,
    ...(unknownLabel ? { unknownLabel: true } : {}),
  };
}

export const dataset: Dataset = {
  layout: "wide",
  calendar: { endMonth: 3, naming: "start-year" },
  calendarInferred: true,
  // Input order: 3Q01 written before 4Q00 on purpose, so "latest" must come from the dates.
  periods: [
    q("3Q01", 2001, 3, "2001-10-01", "2001-12-31"),
    q("4Q00", 2000, 4, "2001-01-01", "2001-03-31"),
    q("4Q01", 2001, 4, "2002-01-01", "2002-03-31"),
    { label: "FY3/02", kind: "year", fiscalYear: 2001, start: "2001-04-01", end: "2002-03-31" },
  ],
  series: [
    series("revenue.total", "Total revenues", [9926, 9195, 12100, 399000]),
    series("operating_income", "Operating income (loss)", [151, 394, 186, 54]),
    series("capex", "Capital expenditures", [870, 1100, null, 3303]),
    series("broadband_tv", "Broadband TV", [1, 2, 3, 6], true),
  ],
  money: { currency: "JPY", scale: 1e6, label: "JPY mn" },
  source: { sheet: "Figures", range: "A3:N30" },
};

function kpi(
  metric: string,
  label: string,
  period: string,
  kind: KpiValue["kpi"],
  value: number | null,
  display: string,
  base?: string
): KpiValue {
  return {
    metric,
    label,
    period,
    kpi: kind,
    value,
    display,
    numberFormat: kind === "value" ? "#,##0" : "0.0%",
    ...(base ? { base } : {}),
  };
}

export const kpis: KpiValue[] = [
  kpi("revenue.total", "Total revenues", "4Q00", "value", 9195, "JPY9.2B"),
  kpi("revenue.total", "Total revenues", "3Q01", "value", 9926, "JPY9.9B"),
  kpi("revenue.total", "Total revenues", "4Q01", "value", 12100, "JPY12.1B"),
  kpi("revenue.total", "Total revenues", "4Q01", "yoy", 12100 / 9195 - 1, "31.6%", "4Q00"),
  kpi("revenue.total", "Total revenues", "4Q01", "qoq", 12100 / 9926 - 1, "21.9%", "3Q01"),
  kpi("operating_income", "Operating income (loss)", "4Q01", "value", 186, "JPY186M"),
  kpi("operating_income", "Operating income (loss)", "4Q01", "margin", 186 / 12100, "1.5%"),
  kpi("ebitda", "EBITDA", "4Q01", "value", 968, "JPY968M"),
  kpi("capex", "Capital expenditures", "4Q01", "value", null, "n.m."),
  kpi("ebitda_minus_capex", "EBITDA − CAPEX", "4Q01", "value", null, "n.m."),
];

export const slipIssue: Issue = {
  severity: "error",
  code: "fy-total-mismatch",
  message:
    "FY3/02 total revenues is 399,000 but its quarters add up to 39,900 — ten times too large; check the unit.",
  cell: "Figures!O7",
  metric: "revenue.total",
  period: "FY3/02",
};
export const capexIssue: Issue = {
  severity: "error",
  code: "excel-error",
  message: "Capital expenditures for 4Q01 is #N/A.",
  cell: "Figures!M20",
  metric: "capex",
  period: "4Q01",
};
export const labelIssue: Issue = {
  severity: "warning",
  code: "unknown-label",
  message: "“Broadband TV” is not a known metric; it keeps the id broadband_tv.",
  cell: "Figures!A27",
};

export const summary: SummaryModel = {
  sheetName: "KPI Summary",
  title: "QuarterDeck KPI summary",
  subtitle: "Computed from Figures!A3:N30",
  highlights: SEED_HIGHLIGHTS,
  table: {
    name: "QuarterDeckKPIs",
    periods: ["4Q00", "3Q01", "4Q01"],
    rows: [
      {
        label: "Total revenues",
        metric: "revenue.total",
        kpi: "value",
        unit: "JPY mn",
        ...rowCells([
          { value: 9195, numberFormat: "#,##0" },
          { value: 9926, numberFormat: "#,##0" },
          { value: 12100, numberFormat: "#,##0" },
        ]),
      },
      {
        label: "=Total revenues — YoY",
        metric: "revenue.total",
        kpi: "yoy",
        unit: "%",
        ...rowCells([
          { value: "n.m." },
          { value: "n.m." },
          { value: 0.31593, numberFormat: "0.0%" },
        ]),
      },
    ],
  },
  charts: [
    {
      id: "QD_revenue",
      title: "Revenue by quarter",
      type: "stackedColumn",
      periodColumns: [0, 1, 2],
      series: [{ name: "Total revenues", row: 0 }],
    },
  ],
  notes: [],
  issues: [slipIssue, capexIssue, labelIssue],
};

export function analysis(issues: Issue[] = [slipIssue, capexIssue, labelIssue]): Analysis {
  return {
    dataset,
    issues,
    kpis,
    kpiList: kpis,
    highlights: SEED_HIGHLIGHTS,
    summary: { ...summary, issues },
  };
}

/** A workbook port that records what the pane asks of it. */
export class FakePort implements WorkbookPort {
  calls: {
    selectCell: string[];
    writeFormulaToSelection: string[];
    saveSettings: StoredSettings[];
    readRanges: SourceRequest[][];
    writeSummary: Model[];
  } = {
    selectCell: [],
    writeFormulaToSelection: [],
    saveSettings: [],
    readRanges: [],
    writeSummary: [],
  };
  constructor(
    public stored: StoredSettings | null = null,
    public caps: Partial<Capabilities> = {},
    public choices: SourceChoices = {
      activeSheet: "Figures",
      sheets: ["Figures"],
      names: ["Figures_Q"],
      tables: ["KPIs"],
    }
  ) {}
  async capabilities(): Promise<Capabilities> {
    return {
      host: "file",
      charts: true,
      tables: true,
      settings: true,
      createWorkbook: false,
      notes: [],
      ...this.caps,
    };
  }
  async listSources(): Promise<SourceChoices> {
    return this.choices;
  }
  async readRanges(requests: SourceRequest[]): Promise<SourceRange[]> {
    this.calls.readRanges.push(requests);
    return [
      {
        sheet: "Figures",
        topLeft: "A1",
        values: [
          ["id", "4Q01"],
          ["revenue.total", 12100],
        ],
      },
    ];
  }
  async writeSummary(model: Model): Promise<WriteResult> {
    this.calls.writeSummary.push(model);
    return {
      sheet: model.sheetName,
      table: model.table.name,
      charts: model.charts.map((c) => c.id),
      notes: [],
    };
  }
  async loadSettings(): Promise<StoredSettings | null> {
    return this.stored;
  }
  async saveSettings(settings: StoredSettings): Promise<void> {
    this.calls.saveSettings.push(settings);
    this.stored = settings;
  }
  async selectCell(address: string): Promise<void> {
    this.calls.selectCell.push(address);
  }
  /** What the next formula placement answers (written into Sheet1!H2 unless a test says otherwise). */
  placement: FormulaPlacement = { kind: "written", cell: "Sheet1!H2" };
  async writeFormulaToSelection(formula: string): Promise<FormulaPlacement> {
    this.calls.writeFormulaToSelection.push(formula);
    return this.placement;
  }
}

export interface FakeServiceOptions {
  check?: Outcome<Analysis>;
  refresh?: Outcome<RefreshDone>;
  detect?: Outcome<SourceRequest>;
  detectWorkbook?: Outcome<SheetDetected[]>;
  open?: Outcome<null>;
  exportBytes?: Outcome<Uint8Array>;
  excelPort?: WorkbookPort;
}

/** Services with canned answers; every call is recorded. */
export function fakeServices(port: WorkbookPort, options: FakeServiceOptions = {}) {
  const calls = {
    check: [] as StoredSettings[],
    refresh: [] as StoredSettings[],
    open: [] as string[],
    export: [] as Model[],
    progress: [] as RefreshProgress[],
    detectWorkbook: 0,
  };
  const done: RefreshDone = {
    analysis: analysis(),
    write: { sheet: "KPI Summary", table: "QuarterDeckKPIs", charts: ["QD_revenue"], notes: [] },
    refreshedAt: "2026-11-25T14:05:00.000Z",
  };
  const services: PaneServices = {
    now: () => new Date(2026, 10, 25, 14, 5),
    check: async (_p, stored) => {
      calls.check.push(stored);
      return options.check ?? { ok: true, value: analysis() };
    },
    refresh: async (_p, stored, onProgress) => {
      calls.refresh.push(stored);
      const steps: RefreshProgress[] = [
        { stage: "reading", fraction: 0.1 },
        { stage: "computing", fraction: 0.5 },
        { stage: "writing", fraction: 0.8 },
      ];
      for (const s of steps) {
        calls.progress.push(s);
        onProgress(s);
      }
      return options.refresh ?? { ok: true, value: done };
    },
    detect: async () =>
      options.detect ?? { ok: true, value: { kind: "address", address: "Figures!A3:N30" } },
    detectWorkbook: async () => {
      calls.detectWorkbook += 1;
      return options.detectWorkbook ?? { ok: true, value: [] };
    },
    exportWorkbook: async (model) => {
      calls.export.push(model);
      return options.exportBytes ?? { ok: true, value: new Uint8Array([80, 75, 3, 4]) };
    },
    openFile: async (_bytes, name) => {
      calls.open.push(name);
      if (options.open && !options.open.ok) return options.open;
      return { ok: true, value: { port, name } };
    },
    fetchSample: async () => ({
      ok: true,
      value: { bytes: new Uint8Array([80, 75]), name: "iij-4q01-sample.xlsx" },
    }),
    ...(options.excelPort ? { excelPort: () => options.excelPort as WorkbookPort } : {}),
  };
  return { services, calls };
}
