import { runWorkbookContract } from "../contract/suite";
import { fileWorkbookFactory } from "./harness";

// Workbook round trips are slow on a busy machine; these are not timing tests.
jest.setTimeout(60_000);

runWorkbookContract("FileWorkbook (.xlsx in memory)", fileWorkbookFactory);
