/** The detect use case: the block of figures on the active sheet (title rows and notes left out). */
import { detectFigures } from "../core/read";
import type { SourceRequest, WorkbookPort } from "../workbook/port";
import { reasonOf } from "../workbook/reason";
import { appMessages } from "./messages";
import { blockAddress, wholeSheet } from "./sourceAddress";

export type DetectResult = { ok: true; value: SourceRequest } | { ok: false; message: string };

export async function detectOnActiveSheet(port: WorkbookPort): Promise<DetectResult> {
  try {
    const { activeSheet } = await port.listSources();
    const [range] = await port.readRanges([{ kind: "address", address: wholeSheet(activeSheet) }]);
    if (!range || range.values.length === 0)
      return { ok: false, message: appMessages.emptySheet(activeSheet) };
    const block = detectFigures(range.values, range.numberFormats);
    if (!block) return { ok: false, message: appMessages.noFiguresOnSheet(activeSheet) };
    return { ok: true, value: { kind: "address", address: blockAddress(range, block) } };
  } catch (e) {
    return { ok: false, message: reasonOf(e) };
  }
}
