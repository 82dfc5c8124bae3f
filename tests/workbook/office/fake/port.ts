/** The Office.js adapter of the workbook port over a recording fake of Excel. */
import { OfficeWorkbook } from "../../../../src/workbook/office";
import type { FakeExcel } from "./excel";

export function officePortOn(x: FakeExcel): OfficeWorkbook {
  return new OfficeWorkbook({ run: x.run, isSetSupported: x.isSetSupported });
}
