import type { KpiKind, KpiValue } from "../core/compute/types";
import type { KpiList } from "../core/compute/kpi-set";

const KIND_LABEL: Partial<Record<KpiKind, string>> = {
  value: "",
  yoy: "YoY",
  qoq: "QoQ",
  margin: "margin",
  share: "share",
};

/** The KPI table as fixed-width text for a terminal: one line per metric × measure, the given periods as columns. */
export function renderKpiTable(
  kpis: KpiList,
  periods: readonly string[],
  kinds: readonly KpiKind[]
): string {
  const byKey = new Map<string, KpiValue>();
  const order: { metric: string; kind: KpiKind; label: string }[] = [];
  const seen = new Set<string>();
  for (const k of kpis) {
    if (!kinds.includes(k.kpi)) continue;
    byKey.set(`${k.metric}|${k.kpi}|${k.period}`, k);
    const rowKey = `${k.metric}|${k.kpi}`;
    if (!seen.has(rowKey)) {
      seen.add(rowKey);
      order.push({ metric: k.metric, kind: k.kpi, label: k.label });
    }
  }
  const rows = order
    .sort((a, b) => {
      const ia = order.findIndex((o) => o.metric === a.metric);
      const ib = order.findIndex((o) => o.metric === b.metric);
      return ia - ib || kinds.indexOf(a.kind) - kinds.indexOf(b.kind);
    })
    .map((o) => {
      const name = o.kind === "value" ? o.label : `  ${KIND_LABEL[o.kind] ?? o.kind}`;
      const cells = periods.map((p) => byKey.get(`${o.metric}|${o.kind}|${p}`)?.display ?? "");
      return { name, cells };
    })
    .filter((r) => r.cells.some((c) => c !== ""));
  const nameWidth = Math.min(44, Math.max(6, ...rows.map((r) => r.name.length)));
  const widths = periods.map((p, i) =>
    Math.max(p.length, ...rows.map((r) => (r.cells[i] ?? "").length))
  );
  const fit = (s: string) =>
    s.length > nameWidth ? `${s.slice(0, nameWidth - 1)}…` : s.padEnd(nameWidth);
  const line = (name: string, cells: readonly string[]) =>
    [fit(name), ...cells.map((c, i) => c.padStart(widths[i] ?? 0))].join("  ").trimEnd();
  const header = line("", periods);
  const rule = "-".repeat(header.length);
  return [header, rule, ...rows.map((r) => line(r.name, r.cells))].join("\n");
}
