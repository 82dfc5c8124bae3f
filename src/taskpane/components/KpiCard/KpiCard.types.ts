import type { KpiCardModel } from "../../model/cards";

export interface KpiCardProps {
  card: KpiCardModel;
}
