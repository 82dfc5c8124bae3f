import { runWorkbookContract } from "../../../src/workbook/contract/suite";
import { fileWorkbookFactory } from "./harness";

runWorkbookContract("FileWorkbook (.xlsx in memory)", fileWorkbookFactory);
