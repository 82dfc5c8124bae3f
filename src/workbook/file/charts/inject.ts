/**
 * Adds native charts to an .xlsx package that exceljs wrote (exceljs cannot write charts): for each summary
 * sheet, one xl/charts/chartN.xml per chart, one xl/drawings/drawingN.xml with a twoCellAnchor per chart, the
 * drawing's and the sheet's relationships, the sheet's <drawing r:id> element and the content-type overrides.
 */
import JSZip from "jszip";
import type { ChartPlacement } from "../../layout";
import { chartXml } from "./chartXml";
import { drawingRelsXml, drawingXml } from "./drawingXml";
import { esc, NS, XML_DECL } from "./xml";

export interface SheetCharts {
  sheetName: string;
  charts: ChartPlacement[];
}

/** Elements that come after <drawing> in CT_Worksheet; <drawing> goes before the first one present. */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
];

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? (m[1] ?? null) : null;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Path of a sheet's part inside the package, from workbook.xml and its rels; null when the sheet is absent. */
export async function sheetPartPath(zip: JSZip, sheetName: string): Promise<string | null> {
  const wbXml = await zip.file("xl/workbook.xml")?.async("string");
  const relsXml = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!wbXml || !relsXml) return null;
  const sheetTag = (wbXml.match(/<sheet\s[^>]*\/?>/g) ?? []).find(
    (t) => unescapeXml(attr(t, "name") ?? "") === sheetName
  );
  if (!sheetTag) return null;
  const rid = attr(sheetTag, "r:id");
  const relTag = (relsXml.match(/<Relationship\s[^>]*\/?>/g) ?? []).find(
    (t) => attr(t, "Id") === rid
  );
  const target = relTag ? attr(relTag, "Target") : null;
  if (!target) return null;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const m = pattern.exec(path);
    if (m) max = Math.max(max, Number(m[1]));
  });
  return max + 1;
}

function insertDrawingElement(sheetXml: string, relId: string): string {
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (root && !/\sxmlns:r=/.test(root[0])) {
    xml = xml.replace(root[0], root[0].replace(/>$/, ` xmlns:r="${NS.r}">`));
  }
  const element = `<drawing r:id="${relId}"/>`;
  const positions = AFTER_DRAWING.map((t) => xml.indexOf(t)).filter((i) => i >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : xml.lastIndexOf("</worksheet>");
  return xml.slice(0, at) + element + xml.slice(at);
}

function addRelationship(
  relsXml: string | undefined,
  id: string,
  type: string,
  target: string
): string {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${esc(target)}"/>`;
  if (!relsXml) return XML_DECL + `<Relationships xmlns="${NS.rels}">${rel}</Relationships>`;
  return relsXml.replace("</Relationships>", `${rel}</Relationships>`);
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/**
 * exceljs' zip options for a package that charts will be added to: stored, not deflated, since
 * {@link addChartsToXlsx} compresses the whole package once when it writes it again.
 */
export const STORED_ZIP = { zip: { compression: "STORE" as const } };

/** Add the charts of each sheet to the package. Sheets without charts or not found are left alone. */
export async function addChartsToXlsx(
  xlsx: Uint8Array,
  sheets: SheetCharts[]
): Promise<Uint8Array> {
  if (sheets.every((s) => s.charts.length === 0)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  await addChartsToZip(zip, sheets);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** {@link addChartsToXlsx} on a package already opened, changed in place. */
export async function addChartsToZip(zip: JSZip, sheets: SheetCharts[]): Promise<void> {
  const todo = sheets.filter((s) => s.charts.length > 0);
  if (todo.length === 0) return;
  let chartNo = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  let drawingNo = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  const overrides: string[] = [];
  for (const { sheetName, charts } of todo) {
    const sheetPath = await sheetPartPath(zip, sheetName);
    if (!sheetPath) continue;
    const sheetXml = await zip.file(sheetPath)?.async("string");
    if (!sheetXml || sheetXml.includes("<drawing ")) continue;
    const relIds = charts.map((_, i) => `rId${i + 1}`);
    const targets: string[] = [];
    for (const chart of charts) {
      const path = `xl/charts/chart${chartNo}.xml`;
      zip.file(path, chartXml(chart));
      overrides.push(`<Override PartName="/${path}" ContentType="${NS.ctChart}"/>`);
      targets.push(`../charts/chart${chartNo}.xml`);
      chartNo += 1;
    }
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    zip.file(drawingPath, drawingXml(charts, relIds));
    zip.file(relsPathOf(drawingPath), drawingRelsXml(targets, relIds));
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="${NS.ctDrawing}"/>`);
    const sheetRelsPath = relsPathOf(sheetPath);
    const sheetRels = await zip.file(sheetRelsPath)?.async("string");
    const drawingRelId = "rIdQuarterDeckDrawing";
    zip.file(
      sheetRelsPath,
      addRelationship(sheetRels, drawingRelId, NS.relDrawing, `../drawings/drawing${drawingNo}.xml`)
    );
    zip.file(sheetPath, insertDrawingElement(sheetXml, drawingRelId));
    drawingNo += 1;
  }
  const ctPath = "[Content_Types].xml";
  const ct = await zip.file(ctPath)?.async("string");
  if (ct) zip.file(ctPath, ct.replace("</Types>", `${overrides.join("")}</Types>`));
}
