/**
 * One chart part (xl/charts/chartN.xml): a c:chartSpace for a laid-out chart. Element order follows the
 * ECMA-376 schema sequences (CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart, CT_LineChart, CT_PieChart,
 * CT_DoughnutChart, the series types and EG_AxShared), which Excel enforces.
 */
import { isPie, type ChartPlacement, type SeriesPlacement } from "../../layout";
import { esc, num, NS, XML_DECL } from "./xml";

const AX = { cat: 500000001, val: 500000002, cat2: 500000003, val2: 500000004 } as const;

/** A rich-text title (CT_Title: tx, layout, overlay). */
function title(text: string, size = 1400): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="1"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

function strCache(values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: (number | null)[], formatCode: string): string {
  const pts = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${num(v)}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${esc(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function cat(s: SeriesPlacement): string {
  return `<c:cat><c:strRef><c:f>${esc(s.categoriesRef)}</c:f>${strCache(s.categories)}</c:strRef></c:cat>`;
}

function val(s: SeriesPlacement, formatCode: string): string {
  return `<c:val><c:numRef><c:f>${esc(s.valuesRef)}</c:f>${numCache(s.values, formatCode)}</c:numRef></c:val>`;
}

/** Series text as a literal (CT_SerTx allows c:v). */
function tx(name: string): string {
  return `<c:tx><c:v>${esc(name)}</c:v></c:tx>`;
}

/** CT_BarSer: idx, order, tx, spPr, invertIfNegative, …, cat, val. */
function barSer(s: SeriesPlacement, i: number): string {
  return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${tx(s.name)}<c:invertIfNegative val="0"/>${cat(s)}${val(s, s.numberFormat)}</c:ser>`;
}

/** CT_LineSer: idx, order, tx, spPr, marker, …, cat, val, smooth. */
function lineSer(s: SeriesPlacement, i: number): string {
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${tx(s.name)}` +
    `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>${cat(s)}${val(s, s.numberFormat)}<c:smooth val="0"/></c:ser>`
  );
}

/** CT_PieSer: idx, order, tx, spPr, explosion, dPt, dLbls, cat, val. */
function pieSer(s: SeriesPlacement, i: number): string {
  return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${tx(s.name)}${cat(s)}${val(s, s.numberFormat)}</c:ser>`;
}

/** CT_BarChart: barDir, grouping, varyColors, ser*, dLbls, gapWidth, overlap, serLines, axId, axId. */
function barChart(
  series: { s: SeriesPlacement; i: number }[],
  stacked: boolean,
  axes: [number, number]
): string {
  return (
    `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    series.map(({ s, i }) => barSer(s, i)).join("") +
    `<c:gapWidth val="80"/>${stacked ? '<c:overlap val="100"/>' : ""}` +
    `<c:axId val="${axes[0]}"/><c:axId val="${axes[1]}"/></c:barChart>`
  );
}

/** CT_LineChart: grouping, varyColors, ser*, dLbls, dropLines, hiLowLines, upDownBars, marker, smooth, axId+. */
function lineChart(series: { s: SeriesPlacement; i: number }[], axes: [number, number]): string {
  return (
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    series.map(({ s, i }) => lineSer(s, i)).join("") +
    `<c:marker val="1"/><c:axId val="${axes[0]}"/><c:axId val="${axes[1]}"/></c:lineChart>`
  );
}

/** EG_AxShared then CT_CatAx's own: auto, lblAlgn, lblOffset, noMultiLvlLbl. */
function catAx(id: number, cross: number, hidden: boolean): string {
  return (
    `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${hidden ? 1 : 0}"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

/** EG_AxShared then CT_ValAx's own: crossBetween. */
function valAx(
  id: number,
  cross: number,
  opts: { right: boolean; title?: string; fmt: string; gridlines: boolean }
): string {
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${opts.right ? "r" : "l"}"/>${opts.gridlines ? "<c:majorGridlines/>" : ""}` +
    (opts.title ? title(opts.title, 1000) : "") +
    `<c:numFmt formatCode="${esc(opts.fmt)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="${opts.right ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`
  );
}

function plotArea(chart: ChartPlacement): string {
  const spec = chart.spec;
  const fmt = spec.numberFormat ?? chart.series[0]?.numberFormat ?? "General";
  const indexed = chart.series.map((s, i) => ({ s, i }));
  if (isPie(spec.type)) {
    const sers = indexed.map(({ s, i }) => pieSer(s, i)).join("");
    const dLbls =
      `<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/><c:showLegendKey val="0"/><c:showVal val="0"/>` +
      `<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/>` +
      `<c:showLeaderLines val="1"/></c:dLbls>`;
    const body =
      spec.type === "pie"
        ? `<c:pieChart><c:varyColors val="1"/>${sers}${dLbls}<c:firstSliceAng val="0"/></c:pieChart>`
        : `<c:doughnutChart><c:varyColors val="1"/>${sers}${dLbls}<c:firstSliceAng val="0"/><c:holeSize val="50"/></c:doughnutChart>`;
    return `<c:plotArea><c:layout/>${body}</c:plotArea>`;
  }
  const primary = indexed.filter(({ s }) => s.axis === "primary");
  const secondary = indexed.filter(({ s }) => s.axis === "secondary");
  const groups: string[] = [];
  const p: [number, number] = [AX.cat, AX.val];
  const q: [number, number] = [AX.cat2, AX.val2];
  const addGroups = (list: typeof indexed, axes: [number, number]): void => {
    const cols = list.filter(({ s }) => s.as !== "line");
    const lines = list.filter(({ s }) => s.as === "line");
    if (cols.length > 0) groups.push(barChart(cols, spec.type === "stackedColumn", axes));
    if (lines.length > 0) groups.push(lineChart(lines, axes));
  };
  addGroups(primary, p);
  addGroups(secondary, q);
  let axes =
    catAx(AX.cat, AX.val, false) +
    valAx(AX.val, AX.cat, { right: false, title: spec.yAxisTitle, fmt, gridlines: true });
  if (secondary.length > 0) {
    const fmt2 = secondary[0]?.s.numberFormat ?? "General";
    axes +=
      catAx(AX.cat2, AX.val2, true) +
      valAx(AX.val2, AX.cat2, {
        right: true,
        title: spec.y2AxisTitle,
        fmt: fmt2,
        gridlines: false,
      });
  }
  return `<c:plotArea><c:layout/>${groups.join("")}${axes}</c:plotArea>`;
}

/**
 * The chart part: c:chartSpace (date1904, roundedCorners, chart, …) with c:chart (title, autoTitleDeleted,
 * plotArea, legend, plotVisOnly, dispBlanksAs). Series reference the summary table's cells and carry caches.
 */
export function chartXml(chart: ChartPlacement): string {
  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.spec.title)}<c:autoTitleDeleted val="0"/>${plotArea(chart)}` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}
