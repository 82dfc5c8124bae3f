/** The Office.js adapter of the workbook port. */
export { OfficeWorkbook } from "./officeWorkbook";
export { officeHost, type OfficeHost } from "./host";
export { WorkbookError } from "./errors";
export { detectCapabilities } from "./capabilities";
export { parseStoredSettings, serialiseStoredSettings, SETTINGS_KEY } from "./storedSettings";
export { officeCreateWorkbook, type CreateWorkbook } from "./createWorkbook";
export { watchSheet, type SheetChange } from "./watch";
export { scratchRoundTrip, scratchSheetName, type RoundTrip } from "./roundTrip";
