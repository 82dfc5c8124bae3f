import type { CellValue, Grid } from "../grid/types";
import { periodKey } from "../periods";
import type { FiscalCalendar, Period } from "../periods/types";
import type { Settings } from "../settings";
import { chooseCalendar, DEFAULT_CALENDAR, periodParser } from "./calendar";
import { lineCells, withLazyCells } from "./cells";
import { addressAt, refAt, report, type ReadContext } from "./context";
import { labelOverrides } from "./label-map";
import { indentOf, looksLikeId, mapLines, natureOf, stockMetric, type LineLabel } from "./metrics";
import { readMessages } from "./messages";
import {
  CELL_BLANK,
  CELL_EXCEL_ERROR,
  CELL_NUMBER,
  cellText,
  readNumberCell,
  type NumberSlot,
} from "./numbers";
import { chooseMoneyBase, isMoneyUnit, moneyLine, rescale } from "./scale";
import type { Series, Unit } from "./types";
import { findUnitNote, parseUnitCell } from "./units";
import { SAMPLE_ROWS } from "./layout";
import { structureSeries, type SeriesPlace } from "./structure-apply";
import { figureStatus } from "../periods/annotations";
import type { GuidanceItem } from "../settings";
import {
  guidanceLabel,
  lineGuidance,
  reportOutlooks,
  type OutlookColumn,
} from "./forecast-columns";

/** What a block of figures yields before it becomes a Dataset. */
export interface BlockRead {
  calendar: FiscalCalendar;
  calendarInferred: boolean;
  periods: Period[];
  series: Series[];
  money: Unit;
  /** False when no cell under the periods held a number. */
  hasNumbers: boolean;
  /** Guidance read from the block's forecast columns (see `forecast-columns.ts`). */
  guidance?: GuidanceItem[];
}

const NON_PERIOD_HEADERS =
  /^(units?|notes?|comments?|remarks?|source|memo|id|label|code|account( code)?|no\.?|#|item|単位|備考|注記|摘要|科目|コード)$/i;

interface LabelColumns {
  id: number;
  label: number;
  unit: number;
}

function text(cell: CellValue | undefined): string {
  if (cell === undefined || typeof cell === "boolean") return "";
  return typeof cell === "number" ? String(cell) : cell;
}

/** Which of the columns left of the periods hold ids, labels and units. */
function classifyLabelColumns(grid: Grid, headerRow: number, firstPeriodCol: number): LabelColumns {
  const cols: LabelColumns = { id: -1, label: -1, unit: -1 };
  const end = Math.min(grid.length, headerRow + 1 + SAMPLE_ROWS);
  let bestText = 0;
  for (let c = 0; c < firstPeriodCol; c++) {
    const head = text(grid[headerRow]?.[c]).trim().toLowerCase();
    let filled = 0;
    let ids = 0;
    let dotted = 0;
    let units = 0;
    let texts = 0;
    for (let r = headerRow + 1; r < end; r++) {
      const cell = grid[r]?.[c];
      if (typeof cell !== "string" || cell.trim() === "") continue;
      filled++;
      const t = cell.trim();
      if (looksLikeId(t)) {
        ids++;
        if (t.includes(".")) dotted++;
      }
      if (parseUnitCell(t)) units++;
      else texts++;
    }
    if (filled === 0) continue;
    if (
      cols.id === -1 &&
      (head === "id" || head === "metric id" || (dotted > 0 && ids / filled >= 0.6))
    )
      cols.id = c;
    else if (cols.unit === -1 && (/^(units?|単位)$/.test(head) || units / filled >= 0.6))
      cols.unit = c;
    else if (texts > bestText) {
      bestText = texts;
      cols.label = c;
    }
  }
  return cols;
}

/** The first unit note ("JPY in millions") in the title rows or the header row's label cells. */
function findNote(grid: Grid, headerRow: number, firstPeriodCol: number): Unit | null {
  for (let r = 0; r <= headerRow; r++) {
    const row = grid[r] ?? [];
    const width = r === headerRow ? firstPeriodCol : row.length;
    for (let c = 0; c < width; c++) {
      const unit = findUnitNote(row[c]);
      if (unit) return unit;
    }
  }
  return null;
}

/** A unit written in the label itself: "Revenues (JPY mn)", "Bandwidth (Mbps)". */
function unitInLabel(label: string): Unit | null {
  const m = /[(（]([^()（）]+)[)）]\s*$/.exec(label);
  return m ? parseUnitCell(m[1]) : null;
}

function hasNumberBelow(grid: Grid, headerRow: number, c: number, slot: NumberSlot): boolean {
  for (let r = headerRow + 1; r < grid.length; r++) {
    if (readNumberCell(grid[r]?.[c], slot) === CELL_NUMBER) return true;
  }
  return false;
}

/**
 * Read a wide block (metrics in rows, periods across) whose period labels are in `headerRow`.
 * Tall blocks come here transposed (see ReadContext.transposed).
 */
export function readWide(
  ctx: ReadContext,
  grid: Grid,
  headerRow: number,
  settings: Settings
): BlockRead {
  const slot: NumberSlot = { value: 0 };
  const header = grid[headerRow] ?? [];
  const probe = periodParser(DEFAULT_CALENDAR);
  const candidates: number[] = [];
  const others: number[] = [];
  header.forEach((cell, c) => {
    if (probe(cell) !== null) candidates.push(c);
    else if (typeof cell === "string" && /\d/.test(cell)) others.push(c);
  });
  if (others.length > 0) {
    // labels that are periods only under the calendar the header implies or the settings give
    // ("Nine Months Ended June 29, 2024" closes the third quarter of a September year)
    const implied = periodParser(chooseCalendar(header, settings).calendar);
    for (const c of others) if (implied(header[c]) !== null) candidates.push(c);
    candidates.sort((a, b) => a - b);
  }
  const { calendar, inferred } = chooseCalendar(
    candidates.map((c) => header[c] as CellValue),
    settings
  );
  const parse = periodParser(calendar);
  const firstPeriodCol = candidates[0] ?? header.length;

  // Period columns, first of each key kept.
  const periodCols: number[] = [];
  const periods: Period[] = [];
  const firstByKey = new Map<string, number>();
  const outlooks: OutlookColumn[] = [];
  for (const c of candidates) {
    const p = parse(header[c]);
    if (!p) continue;
    const status = figureStatus(header[c]);
    if (status !== "actual") {
      outlooks.push({ at: c, period: p, status });
      continue;
    }
    const key = periodKey(p);
    const first = firstByKey.get(key);
    if (first !== undefined) {
      report(ctx, "error", "duplicate-period", () => ({
        message: readMessages.duplicatePeriod(
          addressAt(ctx, headerRow, c),
          p.label,
          addressAt(ctx, headerRow, first)
        ),
        cell: addressAt(ctx, headerRow, c),
        period: p.label,
      }));
      continue;
    }
    firstByKey.set(key, c);
    periodCols.push(c);
    periods.push(p);
  }
  const like = periods[0]?.label;
  const outlookLabel = (o: OutlookColumn): string => guidanceLabel(o.period, calendar, like);
  reportOutlooks(ctx, headerRow, outlooks, outlookLabel);
  const guidance: GuidanceItem[] = [];
  const cols = classifyLabelColumns(grid, headerRow, firstPeriodCol);
  // Header cells that are not periods but head figures: among or after the periods, or before them when the
  // column is not one of the label columns (a first period mistyped "1Q0O").
  const isCandidate = new Set(candidates);
  for (let c = 0; c < header.length; c++) {
    const cell = header[c];
    if (
      isCandidate.has(c) ||
      typeof cell !== "string" ||
      cell.trim() === "" ||
      NON_PERIOD_HEADERS.test(cell.trim())
    )
      continue;
    if (c < firstPeriodCol && (c === cols.id || c === cols.label || c === cols.unit)) continue;
    if (parseUnitCell(cell) || findUnitNote(cell) || !hasNumberBelow(grid, headerRow, c, slot))
      continue;
    report(ctx, "warning", "unknown-period", () => ({
      message: readMessages.unknownPeriod(addressAt(ctx, headerRow, c), cell.trim()),
      cell: addressAt(ctx, headerRow, c),
    }));
  }

  const note = findNote(grid, headerRow, firstPeriodCol);

  // Lines: labelled rows below the header.
  const lines: LineLabel[] = [];
  const lineRows: number[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const label = cols.label >= 0 ? text(row[cols.label]) : "";
    const id = cols.id >= 0 ? text(row[cols.id]).trim() : "";
    let filled = false;
    for (const c of periodCols) {
      const cell = row[c];
      if (cell !== undefined && cell !== "") {
        filled = true;
        break;
      }
    }
    if (label.trim() === "" && id === "") {
      if (filled) {
        const cell = addressAt(ctx, r, cols.label >= 0 ? cols.label : (periodCols[0] ?? 0));
        report(ctx, "info", "unknown-label", () => ({
          message: readMessages.unlabelledRow(cell),
          cell,
        }));
      } else {
        lines.push({ label: "", id: "", indent: 0, heading: true });
        lineRows.push(r);
      }
      continue;
    }
    lines.push({ label, id, indent: indentOf(label), heading: !filled });
    lineRows.push(r);
  }
  const overrideOf = labelOverrides(settings.labelMap);
  const mapped = mapLines(lines, overrideOf);

  // Units.
  const lineUnits: (Unit | null)[] = lines.map((line, i) => {
    const r = lineRows[i] as number;
    return (cols.unit >= 0 ? parseUnitCell(grid[r]?.[cols.unit]) : null) ?? unitInLabel(line.label);
  });
  const natures = mapped.map((m, i) =>
    m ? natureOf(m.metric, lines[i]?.label ?? "", lineUnits[i] ?? null) : "flow"
  );
  mapped.forEach((m, i) => {
    if (m?.unknownLabel && natures[i] === "stock") m.metric = stockMetric(lines[i]?.label ?? "");
  });
  const moneyUnits = mapped.map((m, i) =>
    m && natures[i] === "flow" && isMoneyUnit(lineUnits[i] ?? null) ? (lineUnits[i] ?? null) : null
  );
  const base = chooseMoneyBase(note, moneyUnits, settings);
  let unitWarned = false;

  const series: Series[] = [];
  const places: SeriesPlace[] = [];
  let hasNumbers = false;
  mapped.forEach((m, i) => {
    if (!m) return;
    const line = lines[i] as LineLabel;
    const r = lineRows[i] as number;
    const row = grid[r] ?? [];
    const nature = natures[i] ?? "flow";
    const lineUnit = lineUnits[i] ?? null;
    const labelCol = cols.label >= 0 ? cols.label : cols.id;
    const shownLabel = line.label.trim() !== "" ? line.label.trim() : line.id;
    places.push({
      indent: line.indent,
      cell: addressAt(ctx, r, labelCol),
      fixed: line.id !== "" || overrideOf(shownLabel) !== null,
      afterBreak: lines[i - 1]?.heading === true,
    });
    let unit: Unit;
    let factor = 1;
    let fromScale = 1;
    let toScale = 1;
    if (nature === "flow" && isMoneyUnit(lineUnit)) {
      if (!lineUnit && !base && !unitWarned) {
        unitWarned = true;
        const cell = addressAt(ctx, r, labelCol);
        report(ctx, "warning", "unit-unknown", () => ({
          message: readMessages.unitUnknown(cell),
          cell,
          metric: m.metric,
        }));
      }
      ({ unit, factor, fromScale, toScale } = moneyLine(lineUnit, base));
    } else {
      unit = lineUnit ?? { scale: 1, label: "" };
    }
    if (m.unknownLabel) {
      const cell = addressAt(ctx, r, labelCol);
      report(ctx, "info", "unknown-label", () => ({
        message: readMessages.unknownLabel(cell, shownLabel, m.metric),
        cell,
        metric: m.metric,
      }));
    }
    const scaled = fromScale !== toScale;
    const values: (number | null)[] = new Array<number | null>(periodCols.length);
    let textAt: number[] | null = null;
    for (let j = 0; j < periodCols.length; j++) {
      const c = periodCols[j] as number;
      const cell = row[c];
      if (typeof cell === "number" && cell - cell === 0) {
        values[j] = scaled ? rescale(cell, fromScale, toScale) : cell;
        hasNumbers = true;
        continue;
      }
      const status = readNumberCell(cell, slot);
      if (status === CELL_NUMBER) {
        values[j] = scaled ? rescale(slot.value, fromScale, toScale) : slot.value;
        hasNumbers = true;
        // a number typed as text
        (textAt ??= []).push(j);
        continue;
      }
      values[j] = null;
      if (status === CELL_BLANK) continue;
      const period = (periods[j] as Period).label;
      report(ctx, "error", status === CELL_EXCEL_ERROR ? "excel-error" : "not-a-number", () => {
        const address = addressAt(ctx, r, c);
        const message =
          status === CELL_EXCEL_ERROR
            ? readMessages.excelError(address, cellText(cell).trim(), shownLabel, period)
            : readMessages.notANumber(address, cellText(cell), shownLabel, period);
        return { message, cell: address, metric: m.metric, period };
      });
    }
    if (outlooks.length > 0) {
      const toLine = (v: number): number => (scaled ? rescale(v, fromScale, toScale) : v);
      guidance.push(...lineGuidance(row, outlooks, m.metric, toLine, outlookLabel, slot));
    }
    const s = withLazyCells(
      { metric: m.metric, label: shownLabel, nature, unit, values, factor },
      lineCells(refAt(ctx, r, 0), ctx.transposed, periodCols, textAt)
    );
    if (m.parent !== undefined) s.parent = m.parent;
    if (m.unknownLabel) s.unknownLabel = true;
    series.push(s);
  });
  structureSeries(ctx, series, places);
  const money = base ?? { scale: 1, label: "" };
  const read: BlockRead = {
    calendar,
    calendarInferred: inferred,
    periods,
    series,
    money,
    hasNumbers,
  };
  if (guidance.length > 0) read.guidance = guidance;
  return read;
}
