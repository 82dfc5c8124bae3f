import type { KpiValue } from "../../../core/compute/types";
import type { Issue } from "../../../core/issue";
import type { PaneMessage } from "../../hooks/usePane.types";

export interface CheckViewProps {
  /** Null before the first check. */
  issues: Issue[] | null;
  kpis: KpiValue[];
  busy: boolean;
  hasWorkbook: boolean;
  message: PaneMessage | undefined;
  onSelectCell: (cell: string) => void;
  onRecheck: () => void;
  onDismiss: () => void;
}
