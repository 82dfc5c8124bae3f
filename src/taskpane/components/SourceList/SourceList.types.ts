import type { SourceRequest } from "../../../workbook/port";

export interface SourceListProps {
  /** The sources read, in order (`sourcesOf` the settings). */
  sources: SourceRequest[];
  busy: boolean;
  hasWorkbook: boolean;
  onAddSelection: () => void;
  onRemove: (index: number) => void;
  onDetectWorkbook: () => void;
}
