/** Open a workbook file in a new Excel window (ExcelApi 1.8 `Excel.createWorkbook(base64)`). */
export type CreateWorkbook = (base64: string) => Promise<void>;

export function officeCreateWorkbook(): CreateWorkbook {
  return async (base64) => {
    await Excel.createWorkbook(base64);
  };
}
