import type { KpiKind } from "../../core/compute/types";
import type { KpiList } from "../../core/compute/kpi-set";
import type { Dataset } from "../../core/read/types";
import { indexKpis } from "../../core/summarise/lookup";

export type CardId = "revenue" | "growth" | "margin" | "ebitda";

/** One KPI card: figures already formatted by the core, and the trend over the quarters. */
export interface KpiCardModel {
  id: CardId;
  /** Headline figure ("JPY12.1B" / "12,100"), or "n.m.". */
  value: string;
  /** Unit of the headline figure when it is money ("JPY mn"). */
  unit?: string;
  /** Secondary lines, each a KPI compared with its base. */
  details: { kind: KpiKind | "capex"; display: string; base?: string }[];
  /** One number per quarter in order; null where not meaningful. */
  trend: (number | null)[];
  /** The headline figure's line and measure (in the cards' period), for its worksheet formula. */
  figure: { metric: string; kind: KpiKind };
}

/** Quarter labels in time order. */
export function quarterLabels(dataset: Dataset): string[] {
  return dataset.periods
    .filter((p) => p.kind === "quarter")
    .slice()
    .sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0))
    .map((p) => p.label);
}

/** The latest quarter that has a total revenue figure (or simply the latest quarter). */
export function latestQuarter(dataset: Dataset, kpis: KpiList): string | null {
  const labels = quarterLabels(dataset);
  const { get } = indexKpis(kpis);
  for (let i = labels.length - 1; i >= 0; i--) {
    const label = labels[i];
    if (label !== undefined && get("revenue.total", label, "value")?.value != null) return label;
  }
  return labels[labels.length - 1] ?? null;
}

const NM = "n.m.";

/** The four cards of the refresh view for the latest quarter: revenue, growth, operating margin, EBITDA vs CAPEX. */
export function kpiCards(
  dataset: Dataset,
  kpis: KpiList
): { period: string | null; cards: KpiCardModel[] } {
  const period = latestQuarter(dataset, kpis);
  if (period === null) return { period, cards: [] };
  const { get } = indexKpis(kpis);
  const quarters = quarterLabels(dataset);
  const trend = (metric: string, kind: KpiKind) =>
    quarters.map((q) => get(metric, q, kind)?.value ?? null);
  const detail = (metric: string, kind: KpiKind) => {
    const k = get(metric, period, kind);
    return k ? [{ kind, display: k.display, base: k.base }] : [];
  };
  const display = (metric: string, kind: KpiKind) => get(metric, period, kind)?.display ?? NM;
  const capex = get("capex", period, "value");
  // The core's display of a money value is the bare number in the dataset's unit ("12,100") unless it says the currency.
  const unitOf = (text: string) => (/^[\d\s,.()+-]+$/.test(text) ? dataset.money.label : undefined);
  return {
    period,
    cards: [
      {
        id: "revenue",
        value: display("revenue.total", "value"),
        unit: unitOf(display("revenue.total", "value")),
        details: detail("revenue.total", "yoy"),
        trend: trend("revenue.total", "value"),
        figure: { metric: "revenue.total", kind: "value" },
      },
      {
        id: "growth",
        value: display("revenue.total", "yoy"),
        details: detail("revenue.total", "qoq"),
        trend: trend("revenue.total", "yoy"),
        figure: { metric: "revenue.total", kind: "yoy" },
      },
      {
        id: "margin",
        value: display("operating_income", "margin"),
        details: detail("operating_income", "value"),
        trend: trend("operating_income", "margin"),
        figure: { metric: "operating_income", kind: "margin" },
      },
      {
        id: "ebitda",
        value: display("ebitda", "value"),
        unit: unitOf(display("ebitda", "value")),
        details: capex ? [{ kind: "capex", display: capex.display }] : [],
        trend: trend("ebitda", "value"),
        figure: { metric: "ebitda", kind: "value" },
      },
    ],
  };
}
