import type { MetricId } from "./types";
import { parseUnitCell } from "./units";

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
    "Revenue from operations",
    "Revenue from contracts with customers",
    "Revenue from operations (net)",
    "Total revenue from operations",
    "Net revenue from operations",
    "Turnover",
    "Total turnover",
    "Net turnover",
    "Group turnover",
    "Group revenue",
    "Group revenues",
    "Group sales",
    "Total sales",
    "Net revenue",
    "Total net revenue",
    "Revenue, net",
    "Revenues, net",
    "Sales revenue",
    "Umsatzerlöse",
    "Umsatz",
    "Chiffre d'affaires",
    "売上",
    "純売上高",
    "連結売上高",
    "営業収益合計",
    "売上収益合計",
    "営業収入",
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
    "COGS",
    "Cost of goods sold (COGS)",
    "Total cost of goods sold",
    "Cost of products sold",
    "Cost of net revenues",
    "Cost of net revenue",
    "Cost of net sales",
    "営業原価",
  ],
  gross_profit: [
    "Gross profit",
    "Gross profit (loss)",
    "Gross income",
    "売上総利益",
    "売上総利益(損失)",
    "売上総損失",
    "Gross profit/(loss)",
    "Total gross profit",
    "粗利益",
    "粗利",
    "売上総利益又は売上総損失(△)",
  ],
  sga: [
    "Selling, general and administrative",
    "Selling, general and administrative expenses",
    "Selling, general & administrative expenses",
    "SG&A",
    "SG&A expenses",
    "販売費及び一般管理費",
    "販売費および一般管理費",
    "SG&A expense",
    "Selling, general and administrative expense",
    "Selling, general & administrative",
    "Selling and administrative expenses",
    "Selling, general and administration expenses",
    "販管費",
    "販売費及び一般管理費合計",
    "販売費・一般管理費",
    "販売管理費",
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
    "Operating profit/(loss)",
    "Operating income/(loss)",
    "Loss from operations",
    "Profit from operations",
    "Operating result",
    "Operating results",
    "Results from operating activities",
    "営業損益",
    "営業利益又は営業損失(△)",
  ],
  da: [
    "Depreciation and amortization",
    "Depreciation & amortization",
    "D&A",
    "Depreciation",
    "減価償却費",
    "Depreciation and amortisation",
    "Depreciation & amortisation",
    "Depreciation and amortisation expense",
    "Depreciation and amortisation expenses",
    "Depreciation and amortization expense",
    "Depreciation and amortization expenses",
    "Depreciation expense",
    "減価償却費及び償却費",
    "減価償却費等",
  ],
  interest_expense: ["Interest expense", "Interest expenses", "支払利息"],
  income_taxes: [
    "Income taxes",
    "Income tax expense",
    "Provision for income taxes",
    "Income tax",
    "法人税等",
    "法人税、住民税及び事業税",
    "Tax expense",
    "Total tax expense",
    "Tax expenses",
    "Taxation",
    "Taxes on income",
    "Income tax expense (benefit)",
    "Provision for (benefit from) income taxes",
    "Benefit from (provision for) income taxes",
    "Income taxes expense",
    "法人税等合計",
    "法人所得税費用",
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
    "PAT",
    "Profit after tax",
    "Profit After Tax (PAT)",
    "Profit after taxes",
    "Net profit after tax",
    "NPAT",
    "Profit for the period",
    "Profit for the year",
    "Profit (loss) for the period",
    "Profit/(loss) for the period",
    "Profit/(loss) for the year",
    "Net profit for the period",
    "Net profit (loss)",
    "Net earnings",
    "Net income attributable to shareholders",
    "Net profit attributable to shareholders",
    "Profit attributable to shareholders",
    "Profit attributable to owners of the Company",
    "Profit attributable to owners of the parent",
    "当期利益",
    "純利益",
    "親会社株主に帰属する当期純損失",
    "親会社の所有者に帰属する中間利益",
  ],
  capex: [
    "Capital expenditures",
    "Capital expenditure",
    "CAPEX",
    "Capex",
    "設備投資",
    "設備投資額",
    "Capital expenditure (capex)",
    "Capital expenditures (capex)",
    "Purchases of property and equipment",
    "Purchase of property and equipment",
    "Purchases of property, plant and equipment",
    "Purchase of property, plant and equipment",
    "Additions to property and equipment",
    "Payments for property, plant and equipment",
    "有形固定資産の取得による支出",
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
    "Net cash from operating activities",
    "Net cash generated from operating activities",
    "Net cash flow from operating activities",
    "Net cash flows from operating activities",
    "Net cash inflow from operating activities",
    "Cash flow from operating activities",
    "Net cash provided by/(used in) operating activities",
    "営業キャッシュ・フロー",
    "営業キャッシュフロー",
    "営業CF",
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
    "Net cash from investing activities",
    "Net cash generated from investing activities",
    "Net cash flow from investing activities",
    "Net cash flows from investing activities",
    "Cash flow from investing activities",
    "Net cash provided by/(used in) investing activities",
    "投資キャッシュ・フロー",
    "投資キャッシュフロー",
    "投資CF",
  ],
  ebitda: [
    "EBITDA",
    "Earnings before interest, taxes, depreciation and amortization",
    "Earnings before interest, tax, depreciation and amortisation",
    "Reported EBITDA",
  ],
  "ops.ip_contracts": ["IP service contracts", "IP service contracts (end of period)"],
  "ops.bandwidth_mbps": [
    "Contracted bandwidth",
    "Contracted bandwidth (end of period)",
    "Contracted bandwidth (Mbps)",
  ],
  "ops.dialup_subscribers": ["Dial-up subscribers", "Dial-up subscribers (end of period)"],
  "ops.dc_contracts": ["Data center contracts", "Data center contracts (end of period)"],
  "cf.financing": [
    "Net cash provided by (used in) financing activities",
    "Net cash used in financing activities",
    "Net cash provided by financing activities",
    "Net cash from financing activities",
    "Net cash generated from financing activities",
    "Net cash flow from financing activities",
    "Cash flows from financing activities",
    "Cash flow from financing activities",
    "財務活動によるキャッシュ・フロー",
    "財務活動によるキャッシュフロー",
    "財務キャッシュ・フロー",
    "財務CF",
  ],
  "cf.free": [
    "Free cash flow",
    "Free cash flows",
    "FCF",
    "フリー・キャッシュ・フロー",
    "フリーキャッシュフロー",
  ],
  total_income: ["Total income"],
  other_income: ["Other income", "Other income, net", "その他の収益"],
  "expenses.total": [
    "Total expenses",
    "Expenses",
    "Costs",
    "Total costs",
    "Costs and expenses",
    "Total costs and expenses",
    "Total expenditure",
    "Expenditure",
    "営業費用",
    "営業費用合計",
  ],
  opex: [
    "Operating expenses",
    "Total operating expenses",
    "Opex",
    "Operating costs",
    "Total operating costs",
  ],
  rd: [
    "Research and development",
    "Research and development expenses",
    "Research and development expense",
    "Research & development",
    "R&D",
    "R&D expenses",
    "研究開発費",
  ],
  sales_marketing: [
    "Sales and marketing",
    "Sales and marketing expenses",
    "Sales & marketing",
    "Selling and marketing expenses",
  ],
  ga: [
    "General and administrative",
    "General and administrative expenses",
    "General & administrative",
    "G&A",
  ],
  employee_costs: [
    "Employee benefits expense",
    "Employee benefit expenses",
    "Employee benefits expenses",
    "Employee costs",
    "Employee cost",
    "Staff costs",
    "Personnel expenses",
    "Personnel costs",
    "人件費",
  ],
  finance_costs: ["Finance costs", "Finance cost", "Finance charges"],
  ebit: ["EBIT", "Earnings before interest and taxes", "Earnings before interest and tax"],
  core_operating_income: ["Core operating profit", "Core operating income"],
  operating_pbt: ["OPBT", "Operating PBT", "Operating profit before tax"],
  ordinary_income: [
    "Ordinary income",
    "Ordinary profit",
    "Ordinary income (loss)",
    "Recurring profit",
    "経常利益",
    "経常損益",
    "経常利益(損失)",
    "経常損失",
    "経常利益又は経常損失(△)",
  ],
  pretax_income: [
    "Profit before tax",
    "PBT",
    "Profit before tax (PBT)",
    "Profit before taxes",
    "Profit before income tax",
    "Profit before income taxes",
    "Profit/(loss) before tax",
    "Income before income taxes",
    "Income (loss) before income taxes",
    "Income before provision for income taxes",
    "Income before taxes",
    "Earnings before taxes",
    "Earnings before income taxes",
    "EBT",
    "Pre-tax profit",
    "Pretax income",
    "税引前当期純利益",
    "税金等調整前当期純利益",
    "税金等調整前四半期純利益",
    "税金等調整前中間純利益",
    "税引前四半期純利益",
    "税引前利益",
    "税引前当期利益",
    "税引前四半期利益",
  ],
  "ratio.gross_margin": [
    "Gross profit margin",
    "Gross margin %",
    "売上総利益率",
    "粗利率",
    "粗利益率",
  ],
  "ratio.operating_margin": [
    "Operating margin",
    "Operating profit margin",
    "Operating income margin",
    "営業利益率",
    "売上高営業利益率",
  ],
  "ratio.ebit_margin": ["EBIT margin"],
  "ratio.ebitda_margin": ["EBITDA margin"],
  "ratio.net_margin": ["Net margin", "Net profit margin", "Net income margin", "PAT margin"],
  "ratio.pbt_margin": ["PBT margin", "Pre-tax margin"],
  "ratio.ordinary_margin": ["経常利益率", "売上高経常利益率"],
  "ratio.roe": [
    "ROE",
    "Return on equity",
    "Return on equity (ROE)",
    "Return on average equity",
    "自己資本利益率",
    "自己資本当期純利益率",
  ],
  "ratio.roa": ["ROA", "Return on assets", "Return on average assets", "総資産利益率"],
  "ratio.roce": ["ROCE", "Return on capital employed"],
  "ratio.roic": ["ROIC", "Return on invested capital"],
  "ratio.cost_to_income": [
    "Cost to income ratio",
    "Cost-to-income ratio",
    "Cost/income ratio",
    "Cost income ratio",
    "Cost to income",
    "Cost-to-income",
    "C/I ratio",
  ],
  "ratio.tax_rate": ["Effective tax rate", "Effective income tax rate", "ETR"],
  "ratio.payout": ["Payout ratio", "Dividend payout ratio", "配当性向"],
  "ratio.equity": ["Equity ratio", "自己資本比率"],
  "ratio.sga": ["SG&A ratio", "販管費率", "売上高販管費率"],
  "ratio.cost_of_sales": ["Cost of sales ratio", "原価率", "売上原価率"],
  "ratio.retention": ["Retention", "Retention rate", "Retention %"],
  "per_share.eps": [
    "EPS",
    "Earnings per share",
    "Earnings per share (EPS)",
    "1株当たり当期純利益",
    "1株当たり四半期純利益",
    "1株当たり当期利益",
  ],
  "per_share.eps_basic": [
    "Basic EPS",
    "Basic earnings per share",
    "Earnings per share - basic",
    "Basic net income per share",
    "Net income per share - basic",
    "Net income per share, basic",
  ],
  "per_share.eps_diluted": [
    "Diluted EPS",
    "Diluted earnings per share",
    "Earnings per share - diluted",
    "Diluted net income per share",
    "Net income per share - diluted",
    "Net income per share, diluted",
    "潜在株式調整後1株当たり当期純利益",
  ],
  "per_share.dps": [
    "DPS",
    "Dividend per share",
    "Dividends per share",
    "Dividends declared per share",
    "1株当たり配当金",
  ],
  "per_share.bvps": ["BVPS", "BPS", "Book value per share", "1株当たり純資産"],
  "ops.aum": [
    "AUM",
    "Total AUM",
    "Closing AUM",
    "Assets under management",
    "Total assets under management",
  ],
  "ops.headcount": [
    "Employees",
    "Number of employees",
    "Total employees",
    "Headcount",
    "Total headcount",
    "従業員数",
  ],
  "ops.subscribers": ["Subscribers", "Total subscribers", "Number of subscribers", "加入者数"],
  "ops.customers": ["Number of customers", "Total customers"],
  "ops.stores": ["Number of stores", "Store count", "店舗数", "期末店舗数"],
  "bs.total_assets": ["Total assets", "総資産", "資産合計"],
  "bs.net_assets": ["Net assets", "純資産", "純資産合計"],
  "bs.total_equity": ["Total equity", "Net worth"],
  "bs.cash": ["Cash and cash equivalents", "現金及び現金同等物"],
  "bs.net_debt": ["Net debt"],
  "bs.interest_bearing_debt": ["Interest-bearing debt", "有利子負債"],
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

/** A label without its period-end note: "Subscribers (end of period)" → "Subscribers", "期末店舗数" → "店舗数". */
export function withoutStockNote(label: string): string {
  return label
    .replace(/\(?\s*(end of period|period end|期末)\s*\)?/giu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Metrics taken at period end (stocks, exchange rates): the only ones a period-end note may follow. */
const PERIOD_END_METRIC = /^(ops|bs|fx)\./;

/**
 * The metric id of a label ("Net sales" → `revenue.total`, "営業利益" → `operating_income`), or null.
 * A unit written after the label is not part of it: "Revenue (INR Cr)" → `revenue.total`, "EPS (Rs.)" →
 * `per_share.eps`, "Operating margin (%)" → `ratio.operating_margin`, "Gross margin (%)" → `ratio.gross_margin`.
 * Nor is the period-end note of a stock: "Subscribers (end of period)" → `ops.subscribers`.
 */
export function metricForLabel(label: string): MetricId | null {
  metricIndex ??= buildIndex(SYNONYMS);
  const whole = normaliseLabel(label);
  const hit = metricIndex.get(whole);
  if (hit !== undefined) return hit;
  const stock = metricIndex.get(normaliseLabel(withoutStockNote(whole)));
  if (stock !== undefined && PERIOD_END_METRIC.test(stock)) return stock;
  const suffix = /^(.+?)\s*(?:[(（]([^()（）]+)[)）]|(%))$/u.exec(whole);
  if (!suffix) return null;
  const core = (suffix[1] ?? "").trim();
  const unit = suffix[3] ?? (suffix[2] ?? "").trim();
  const percent = /^(%|percent|pct|in %)$/.test(unit);
  if (!percent && parseUnitCell(unit) === null) return null;
  return metricIndex.get(core) ?? (percent ? (metricIndex.get(`${core} %`) ?? null) : null);
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
