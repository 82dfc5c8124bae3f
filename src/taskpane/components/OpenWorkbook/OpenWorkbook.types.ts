import type { PaneMessage } from "../../hooks/usePane.types";

export interface OpenWorkbookProps {
  busy: boolean;
  workbookName: string | null;
  message: PaneMessage | undefined;
  onOpenFile: (file: File) => void;
  onOpenSample: () => void;
  onDismiss: () => void;
}
