import type { MetricId } from "./types";

/**
 * Row and column labels → metric ids (docs/DESIGN.md "Vocabulary"), English and Japanese, in one table.
 * Labels are compared after `normaliseLabel` (NFKC, lower case, no trailing colon or footnote mark).
 */
export const SYNONYMS: Readonly<Record<MetricId, readonly string[]>> = {
  "revenue.total": [
    "Total revenues",
    "Total revenue",
    "Revenues",
    "Revenue",
    "Net sales",
    "Total net sales",
    "Sales",
    "Net revenues",
    "Total net revenues",
    "Operating revenues",
    "Total operating revenues",
    "売上高",
    "売上高合計",
    "営業収益",
    "売上収益",
  ],
  "cost.total": [
    "Total cost of revenues",
    "Total cost of revenue",
    "Total costs of revenues",
    "Cost of revenues",
    "Cost of revenue",
    "Cost of sales",
    "Total cost of sales",
    "Cost of goods sold",
    "売上原価",
    "売上原価合計",
  ],
  gross_profit: [
    "Gross profit",
    "Gross profit (loss)",
    "Gross income",
    "売上総利益",
    "売上総利益(損失)",
    "売上総損失",
  ],
  sga: [
    "Selling, general and administrative",
    "Selling, general and administrative expenses",
    "Selling, general & administrative expenses",
    "SG&A",
    "SG&A expenses",
    "販売費及び一般管理費",
    "販売費および一般管理費",
  ],
  operating_income: [
    "Operating income (loss)",
    "Operating income",
    "Operating loss",
    "Operating profit",
    "Operating profit (loss)",
    "Income (loss) from operations",
    "Income from operations",
    "営業利益",
    "営業利益(損失)",
    "営業損失",
  ],
  da: [
    "Depreciation and amortization",
    "Depreciation & amortization",
    "D&A",
    "Depreciation",
    "減価償却費",
  ],
  interest_expense: ["Interest expense", "Interest expenses", "支払利息"],
  income_taxes: [
    "Income taxes",
    "Income tax expense",
    "Provision for income taxes",
    "Income tax",
    "法人税等",
    "法人税、住民税及び事業税",
  ],
  net_income: [
    "Net income (loss)",
    "Net income",
    "Net loss",
    "Net profit",
    "Net income attributable to owners of the parent",
    "Profit attributable to owners of parent",
    "当期純利益",
    "当期純利益(損失)",
    "当期純損失",
    "親会社株主に帰属する当期純利益",
    "親会社株主に帰属する四半期純利益",
    "親会社株主に帰属する中間純利益",
    "四半期純利益",
    "親会社の所有者に帰属する当期利益",
    "親会社の所有者に帰属する四半期利益",
  ],
  capex: [
    "Capital expenditures",
    "Capital expenditure",
    "CAPEX",
    "Capex",
    "設備投資",
    "設備投資額",
  ],
  "cf.operating": [
    "Net cash provided by operating activities",
    "Net cash provided by (used in) operating activities",
    "Net cash used in operating activities",
    "Cash flows from operating activities",
    "Operating cash flow",
    "Operating cash flows",
    "営業活動によるキャッシュ・フロー",
    "営業活動によるキャッシュフロー",
  ],
  "cf.investing": [
    "Net cash used in investing activities",
    "Net cash provided by (used in) investing activities",
    "Net cash provided by investing activities",
    "Cash flows from investing activities",
    "Investing cash flow",
    "Investing cash flows",
    "投資活動によるキャッシュ・フロー",
    "投資活動によるキャッシュフロー",
  ],
  ebitda: ["EBITDA"],
  "ops.ip_contracts": ["IP service contracts", "IP service contracts (end of period)"],
  "ops.bandwidth_mbps": [
    "Contracted bandwidth",
    "Contracted bandwidth (end of period)",
    "Contracted bandwidth (Mbps)",
  ],
  "ops.dialup_subscribers": ["Dial-up subscribers", "Dial-up subscribers (end of period)"],
  "ops.dc_contracts": ["Data center contracts", "Data center contracts (end of period)"],
  "fx.jpy_per_usd": ["Yen per US dollar", "Yen per US dollar (period end)", "JPY/USD", "USD/JPY"],
};

/**
 * Segment names → the slug used after `revenue.` / `cost.` (seed vocabulary: `revenue.si`, `cost.network` …).
 * Segments not listed here get a slug of their label.
 */
export const SEGMENTS: Readonly<Record<string, readonly string[]>> = {
  si: ["Systems integration", "System integration", "SI", "システムインテグレーション"],
  data_center: ["Data center services", "Data center", "Data centre services", "データセンター"],
  dedicated_access: ["Dedicated access services", "Dedicated access", "専用線接続サービス"],
  dialup: ["Dial-up access services", "Dial-up access", "Dial-up", "ダイヤルアップ接続サービス"],
  network: ["Network operation", "Network operations"],
  backbone: ["Backbone"],
  others: ["Others", "Other", "その他"],
};

/** Label as compared with the tables: NFKC, lower case, single spaces, no trailing ":" or footnote mark ("*1", "(1)"). */
export function normaliseLabel(label: string): string {
  return label
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*(\*\d*|\(\d\)|\(\*\d*\)|注\d*)$/u, "")
    .replace(/\s*[:：]$/u, "")
    .trim();
}

function buildIndex(table: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [id, labels] of Object.entries(table)) {
    for (const label of labels) index.set(normaliseLabel(label), id);
  }
  return index;
}

let metricIndex: Map<string, MetricId> | null = null;
let segmentIndex: Map<string, string> | null = null;

/** The metric id of a label ("Net sales" → `revenue.total`, "営業利益" → `operating_income`), or null. */
export function metricForLabel(label: string): MetricId | null {
  metricIndex ??= buildIndex(SYNONYMS);
  return metricIndex.get(normaliseLabel(label)) ?? null;
}

/** Lower-case id-safe slug of a label: "Cloud & hosting" → `cloud_hosting`; keeps letters of any script. */
export function slugify(label: string): string {
  const slug = label
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
  return slug === "" ? "unnamed" : slug;
}

/**
 * The segment slug of a row inside a revenue or cost block: "Systems integration" → `si`,
 * "Cost of data center services" → `data_center`, "of which backbone costs" → `backbone`.
 */
export function segmentSlug(label: string): string {
  segmentIndex ??= buildIndex(SEGMENTS);
  const core = normaliseLabel(label)
    .replace(/^(of which|うち)\s*[:：,]?\s*/u, "")
    .replace(/^(total\s+)?(costs?|expenses?)\s+(of|for)\s+/u, "")
    .replace(/\s+(costs?|expenses?|revenues?|sales)$/u, "")
    .replace(/(原価|費用|売上高?)$/u, "")
    .trim();
  return segmentIndex.get(core) ?? slugify(core);
}

/** Whether a label is an "of which" line ("of which backbone costs", "うち…"). */
export function isOfWhichLabel(label: string): boolean {
  return /^\s*of which\b/i.test(label) || /^\s*うち/u.test(label);
}

/** The slug of a label that is exactly a known segment name ("Systems integration" → `si`), or null. */
export function knownSegment(label: string): string | null {
  segmentIndex ??= buildIndex(SEGMENTS);
  return segmentIndex.get(normaliseLabel(label)) ?? null;
}
