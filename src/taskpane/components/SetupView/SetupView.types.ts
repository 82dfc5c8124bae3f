import type { SheetDetected } from "../../../app/detectWorkbook";
import type { Settings } from "../../../core/settings";
import type { SourceChoices, SourceRequest, StoredSettings } from "../../../workbook/port";
import type { PaneMessage } from "../../hooks/usePane.types";
import type { Understanding } from "../../model/understanding";

export interface SetupViewProps {
  stored: StoredSettings;
  sources: SourceChoices | null;
  /** What the reader understood of the current source; null before the first check. */
  understanding: Understanding | null;
  busy: boolean;
  /** False in preview mode before a workbook is open. */
  hasWorkbook: boolean;
  message: PaneMessage | undefined;
  onUseSelection: () => void;
  onChooseSource: (source: SourceRequest) => void;
  onDetect: () => void;
  /** What whole-workbook Detect found, while the user keeps or drops its blocks; null otherwise. */
  detected: SheetDetected[] | null;
  onAddSelection: () => void;
  onRemoveSource: (index: number) => void;
  onDetectWorkbook: () => void;
  onKeepSources: (sources: SourceRequest[]) => void;
  onCloseDetected: () => void;
  onChange: (patch: Partial<Settings>) => void;
  onSave: () => void;
  onDismiss: () => void;
}
