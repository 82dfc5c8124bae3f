import type { Analysis } from "../../../core/analyse";
import type { FigureRef } from "../../model/kpiFormula";
import type { PaneMessage } from "../../hooks/usePane.types";
import type { RefreshProgress } from "../../services/PaneServices.types";

export interface RefreshViewProps {
  /** The latest analysis (from a refresh, or from the last check). */
  analysis: Analysis | null;
  /** True when `analysis` comes from a finished refresh. */
  refreshed: boolean;
  busy: boolean;
  progress: RefreshProgress | null;
  /** ISO time of the last refresh, or null. */
  lastRefreshed: string | null;
  /** Preview mode: also show the summary sheet and its charts in the page. */
  showSummary: boolean;
  message: PaneMessage | undefined;
  onCopyHighlights: () => void;
  /** Put a card's figure (line, measure, period) as a worksheet formula into the selected cell. */
  onInsertFormula?: (figure: FigureRef) => void;
  onDismiss: () => void;
}
