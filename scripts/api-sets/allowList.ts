import type { AllowEntry } from "./audit";

/**
 * Functions whose every call sits under a capability guard, so their bodies need none. The audit checks that
 * claim: a call of one of these outside a guard of its flag fails it too.
 */
export const ALLOW_LIST: AllowEntry[] = [
  {
    where: "src/workbook/office/charts.ts#queueChart",
    flag: "charts",
    reason: "queues one chart; only queueNewCharts calls it, inside the charts capability",
  },
  {
    where: "src/workbook/office/write.ts#queueNewCharts",
    flag: "charts",
    reason: "writeSummary calls it inside `if (features.charts)`",
  },
  {
    where: "src/workbook/office/watch.ts#watchSheet",
    flag: "events",
    reason: "worksheet.onChanged (ExcelApi 1.7): callers check capabilities first",
  },
  {
    where: "src/workbook/office/createWorkbook.ts#officeCreateWorkbook",
    flag: "createWorkbook",
    reason: "Excel.createWorkbook (ExcelApi 1.8): callers check capabilities.createWorkbook first",
  },
];
