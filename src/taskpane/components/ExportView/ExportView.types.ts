import type { PaneMessage } from "../../hooks/usePane.types";

export interface ExportViewProps {
  /** False until a refresh produced a summary. */
  ready: boolean;
  busy: boolean;
  message: PaneMessage | undefined;
  onExportWorkbook: () => void;
  onExportCsv: () => void;
  onCopyHighlights: () => void;
  onDismiss: () => void;
}
