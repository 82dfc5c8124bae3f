import type { KpiList } from "../../../core/compute/kpi-set";
import type { Issue } from "../../../core/issue";
import type { FigureRef } from "../../model/kpiFormula";
import type { PaneMessage } from "../../hooks/usePane.types";

export interface CheckViewProps {
  /** Null before the first check. */
  issues: Issue[] | null;
  kpis: KpiList;
  busy: boolean;
  hasWorkbook: boolean;
  message: PaneMessage | undefined;
  onSelectCell: (cell: string) => void;
  /** Put a KPI's worksheet formula into the selected cell. */
  onInsertFormula?: (figure: FigureRef) => void;
  onRecheck: () => void;
  onDismiss: () => void;
}
