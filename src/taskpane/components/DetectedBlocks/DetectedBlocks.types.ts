import type { SheetDetected } from "../../../app/detectWorkbook";
import type { SourceRequest } from "../../../workbook/port";

export interface DetectedBlocksProps {
  /** What whole-workbook Detect found, sheet by sheet. */
  sheets: SheetDetected[];
  busy: boolean;
  /** Read the sources of the kept blocks from now on. */
  onKeep: (sources: SourceRequest[]) => void;
  onClose: () => void;
}
