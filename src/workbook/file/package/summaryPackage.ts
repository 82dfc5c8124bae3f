/**
 * The .xlsx package as saved: what exceljs wrote (stored, not deflated), the native charts added, each summary
 * sheet's frame replaced by its full rows (streamed into the compressor row by row, never held whole), its
 * table stretched over all its rows and its strings added to the shared strings; then deflated once.
 */
import JSZip from "jszip";
import type { SummaryLayout } from "../../layout";
import { addChartsToZip, sheetPartPath, type SheetCharts } from "../charts/inject";
import {
  SharedStrings,
  styleIndices,
  styleProbes,
  summaryRows,
  tableRefs,
  xmlText,
} from "../summarySheet";
import { writeZip, type ZipEntry } from "./zipWriter";

/** A summary sheet whose frame exceljs wrote: its name in the package and its layout. */
export interface SummaryPart {
  sheetName: string;
  layout: SummaryLayout;
}

const SHARED_STRINGS = "xl/sharedStrings.xml";

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Parts of the package the table relationships of `sheetPath` point at. */
async function tableParts(zip: JSZip, sheetPath: string): Promise<string[]> {
  const rels = await zip.file(relsPathOf(sheetPath))?.async("string");
  if (!rels) return [];
  const dir = sheetPath.slice(0, sheetPath.lastIndexOf("/"));
  return [...rels.matchAll(/<Relationship\s[^>]*Type="[^"]*\/table"[^>]*\/>/g)].flatMap((m) => {
    const target = /Target="([^"]*)"/.exec(m[0])?.[1];
    if (!target) return [];
    if (target.startsWith("/")) return [target.slice(1)];
    const parts = `${dir}/${target}`.split("/");
    const out: string[] = [];
    for (const p of parts)
      if (p === "..") out.pop();
      else out.push(p);
    return [out.join("/")];
  });
}

/** The frame's sheet XML split around its sheetData, with the dimension of the whole sheet. */
function splitFrame(xml: string, used: string): { head: string; tail: string } {
  const open = xml.indexOf("<sheetData");
  const selfClosed = xml.startsWith("<sheetData/>", open);
  const close = selfClosed ? open + "<sheetData/>".length : xml.indexOf("</sheetData>") + 12;
  if (open < 0 || close < open) throw new Error("the summary sheet's frame has no sheetData");
  const head = xml
    .slice(0, open)
    .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${used}"/>`);
  return { head: head + "<sheetData>", tail: "</sheetData>" + xml.slice(close) };
}

function sharedStringsXml(xml: string, strings: SharedStrings): string {
  const count = (name: string): number =>
    Number(new RegExp(`\\s${name}="(\\d+)"`).exec(xml)?.[1] ?? 0);
  const items = strings.added
    .map((t) =>
      /^\s|\s$/.test(t)
        ? `<si><t xml:space="preserve">${xmlText(t)}</t></si>`
        : `<si><t>${xmlText(t)}</t></si>`
    )
    .join("");
  return xml
    .replace(/(\scount=")\d+"/, `$1${count("count") + strings.references}"`)
    .replace(/(\suniqueCount=")\d+"/, `$1${count("uniqueCount") + strings.added.length}"`)
    .replace("</sst>", `${items}</sst>`);
}

function* encoded(parts: Iterable<string>): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  for (const p of parts) yield encoder.encode(p);
}

/** The saved package from exceljs' stored output, the summary parts and the charts of each sheet. */
export async function summaryPackage(
  raw: Uint8Array,
  summaries: SummaryPart[],
  charts: SheetCharts[]
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(raw);
  await addChartsToZip(zip, charts);
  const sst = await zip.file(SHARED_STRINGS)?.async("string");
  if (summaries.length > 0 && sst === undefined)
    throw new Error("the summary's frame wrote no shared strings");
  const baseCount = Number(/\suniqueCount="(\d+)"/.exec(sst ?? "")?.[1] ?? 0);
  const strings = new SharedStrings(baseCount);
  const replaced = new Map<string, ZipEntry["data"]>();
  for (const { sheetName, layout } of summaries) {
    const path = await sheetPartPath(zip, sheetName);
    const frameXml = path ? await zip.file(path)?.async("string") : undefined;
    if (!path || frameXml === undefined)
      throw new Error(`the sheet "${sheetName}" is missing from the package`);
    const styles = styleIndices(frameXml, styleProbes(layout));
    const { head, tail } = splitFrame(frameXml, layout.used.address);
    replaced.set(path, () => encoded(sheetXml(head, summaryRows(layout, styles, strings), tail)));
    const refs = tableRefs(layout);
    for (const table of await tableParts(zip, path)) {
      const xml = await zip.file(table)?.async("string");
      if (xml && xml.includes(`ref="${refs.frame}"`))
        zip.file(table, xml.split(`ref="${refs.frame}"`).join(`ref="${refs.full}"`));
    }
  }
  const entries: ZipEntry[] = [];
  let sharedStrings: ZipEntry | null = null;
  const names: string[] = [];
  zip.forEach((name, file) => {
    if (!file.dir) names.push(name);
  });
  for (const name of names) {
    const file = zip.file(name);
    if (!file) continue;
    if (name === SHARED_STRINGS && sst !== undefined) {
      sharedStrings = {
        name,
        date: file.date,
        data: () => encoded([sharedStringsXml(sst, strings)]),
      };
      continue;
    }
    entries.push({
      name,
      date: file.date,
      data: replaced.get(name) ?? (await file.async("uint8array")),
    });
  }
  // Shared strings last: the summary rows add to them as they are written.
  if (sharedStrings) entries.push(sharedStrings);
  return writeZip(entries);
}

/** The sheet's XML in slices: the frame's head, the rows as they are produced, the frame's tail. */
function* sheetXml(head: string, rows: Iterable<string>, tail: string): Generator<string> {
  yield head;
  yield* rows;
  yield tail;
}
