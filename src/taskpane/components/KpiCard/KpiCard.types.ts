import type { KpiCardModel } from "../../model/cards";

export interface KpiCardProps {
  card: KpiCardModel;
  /** Put the headline figure's worksheet formula into the selected cell; no button when absent. */
  onInsertFormula?: () => void;
}
