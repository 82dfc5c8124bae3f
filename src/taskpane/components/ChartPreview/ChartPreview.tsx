import * as React from "react";
import { axisRange, chartData, stackedTotals, type ChartData } from "../../model/chartGeometry";
import type { ChartPreviewProps } from "./ChartPreview.types";
import { SERIES_COLORS, useChartPreviewStyles } from "./useChartPreviewStyles.styles";

const W = 320;
const H = 170;
const PAD = { left: 8, right: 8, top: 8, bottom: 22 };

const color = (i: number) => SERIES_COLORS[i % SERIES_COLORS.length] ?? SERIES_COLORS[0];

function Pie({ data, hole }: { data: ChartData; hole: boolean }) {
  const values = data.series.map((s) => Math.max(s.values[0] ?? 0, 0));
  const total = values.reduce((a, b) => a + b, 0);
  if (total <= 0) return null;
  const cx = W / 2;
  const cy = (H - PAD.bottom) / 2 + PAD.top / 2;
  const r = Math.min(W, H - PAD.bottom) / 2 - 4;
  let angle = -Math.PI / 2;
  return (
    <g>
      {values.map((v, i) => {
        const sweep = (v / total) * Math.PI * 2;
        const a0 = angle;
        const a1 = angle + sweep;
        angle = a1;
        if (v <= 0) return null;
        const large = sweep > Math.PI ? 1 : 0;
        const x0 = cx + r * Math.cos(a0);
        const y0 = cy + r * Math.sin(a0);
        const x1 = cx + r * Math.cos(a1 - (sweep >= Math.PI * 2 ? 1e-6 : 0));
        const y1 = cy + r * Math.sin(a1 - (sweep >= Math.PI * 2 ? 1e-6 : 0));
        const d = `M${cx},${cy} L${x0},${y0} A${r},${r} 0 ${large} 1 ${x1},${y1} Z`;
        return <path key={i} d={d} style={{ fill: color(i) }} />;
      })}
      {hole ? (
        <circle cx={cx} cy={cy} r={r * 0.55} style={{ fill: "var(--colorNeutralBackground1)" }} />
      ) : null}
    </g>
  );
}

function Cartesian({
  data,
  stacked,
  styles,
}: {
  data: ChartData;
  stacked: boolean;
  styles: ReturnType<typeof useChartPreviewStyles>;
}) {
  const n = data.categories.length;
  const columns = data.series.filter((s) => s.as === "column");
  const primaryLines = data.series.filter((s) => s.as === "line" && s.axis === "primary");
  const secondaryLines = data.series.filter((s) => s.axis === "secondary");
  const primaryValues = [
    ...(stacked ? stackedTotals(columns, n) : columns.flatMap((s) => s.values)),
    ...primaryLines.flatMap((s) => s.values),
  ];
  const primary = axisRange(primaryValues);
  const secondary = axisRange(secondaryLines.flatMap((s) => s.values));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = n > 0 ? plotW / n : plotW;
  const y = (v: number, range: { min: number; max: number }) =>
    PAD.top + plotH * (1 - (v - range.min) / (range.max - range.min));
  const zero = y(0, primary);
  const barW = stacked || columns.length === 0 ? slot * 0.6 : (slot * 0.7) / columns.length;

  const bars: React.ReactNode[] = [];
  for (let c = 0; c < n; c++) {
    let pos = 0;
    let neg = 0;
    columns.forEach((s, si) => {
      const v = s.values[c];
      if (v === null || v === undefined) return;
      const seriesIndex = data.series.indexOf(s);
      let top: number;
      let bottom: number;
      let x: number;
      if (stacked) {
        const base = v >= 0 ? pos : neg;
        top = y(Math.max(base, base + v), primary);
        bottom = y(Math.min(base, base + v), primary);
        if (v >= 0) pos += v;
        else neg += v;
        x = PAD.left + slot * c + (slot - barW) / 2;
      } else {
        top = y(Math.max(v, 0), primary);
        bottom = y(Math.min(v, 0), primary);
        x = PAD.left + slot * c + slot * 0.15 + barW * si;
      }
      bars.push(
        <rect
          key={`${c}-${si}`}
          x={x}
          y={top}
          width={Math.max(barW - 1, 1)}
          height={Math.max(bottom - top, 0.5)}
          style={{ fill: color(seriesIndex) }}
        />
      );
    });
  }
  const line = (values: (number | null)[], range: { min: number; max: number }) =>
    values
      .map((v, c) => (v === null ? null : `${PAD.left + slot * c + slot / 2},${y(v, range)}`))
      .reduce<string[]>((segs, pt, i, all) => {
        if (pt === null) return segs;
        segs.push(`${i === 0 || all[i - 1] === null ? "M" : "L"}${pt}`);
        return segs;
      }, [])
      .join(" ");
  return (
    <g>
      {bars}
      {[...primaryLines, ...secondaryLines].map((s) => (
        <path
          key={s.name}
          d={line(s.values, s.axis === "secondary" ? secondary : primary)}
          style={{ fill: "none", stroke: color(data.series.indexOf(s)), strokeWidth: 2 }}
        />
      ))}
      <line className={styles.axis} x1={PAD.left} x2={W - PAD.right} y1={zero} y2={zero} />
      {data.categories.map((cat, c) =>
        n <= 12 || c % Math.ceil(n / 12) === 0 ? (
          <text
            key={`${cat}-${c}`}
            className={styles.label}
            x={PAD.left + slot * c + slot / 2}
            y={H - 8}
            textAnchor="middle"
          >
            {cat}
          </text>
        ) : null
      )}
    </g>
  );
}

/** Preview mode: one chart of the summary drawn as SVG from its spec (not the native Excel chart). */
export function ChartPreview({ spec, table }: ChartPreviewProps): React.JSX.Element {
  const styles = useChartPreviewStyles();
  const data = chartData(spec, table);
  const round = spec.type === "pie" || spec.type === "doughnut";
  const titleId = `qd-chart-${spec.id}`;
  return (
    <figure className={styles.root} aria-labelledby={titleId}>
      <figcaption id={titleId} className={styles.title}>
        {spec.title}
      </figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={spec.title}>
        {round ? (
          <Pie data={data} hole={spec.type === "doughnut"} />
        ) : (
          <Cartesian data={data} stacked={spec.type === "stackedColumn"} styles={styles} />
        )}
      </svg>
      <ul className={styles.legend}>
        {data.series.map((s, i) => (
          <li key={`${s.name}-${i}`}>
            <span className={styles.swatch} style={{ backgroundColor: color(i) }} aria-hidden />
            {s.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
