import * as React from "react";
import { Button, Card, Text } from "@fluentui/react-components";
import type { CardId } from "../../model/cards";
import { t } from "../../strings";
import { Sparkline } from "../Sparkline/Sparkline";
import type { KpiCardProps } from "./KpiCard.types";
import { useKpiCardStyles } from "./useKpiCardStyles.styles";

const TITLE_KEY = {
  revenue: "cardRevenue",
  growth: "cardGrowth",
  margin: "cardMargin",
  ebitda: "cardEbitda",
} as const satisfies Record<CardId, string>;

/** One KPI of the latest period, as the core formatted it, with its trend. */
export function KpiCard({ card, onInsertFormula }: KpiCardProps): React.JSX.Element {
  const styles = useKpiCardStyles();
  const title = t(TITLE_KEY[card.id]);
  const id = `qd-card-${card.id}`;
  return (
    <Card className={styles.root} size="small" role="group" aria-labelledby={id}>
      <h3 id={id} className={styles.title}>
        {title}
      </h3>
      <Text className={styles.value}>{card.value}</Text>
      {card.unit ? <Text className={styles.detail}>{card.unit}</Text> : null}
      {card.details.map((d, i) => (
        <Text key={i} className={styles.detail}>
          {d.kind === "capex"
            ? t("capexShort")(d.display)
            : d.base
              ? t("yoyShort")(d.display, d.base)
              : d.display}
        </Text>
      ))}
      <Sparkline values={card.trend} label={t("trendLabel")(title)} />
      {onInsertFormula ? (
        <Button
          size="small"
          appearance="subtle"
          className={styles.insert}
          aria-label={t("insertFormulaFor")(title)}
          onClick={onInsertFormula}
        >
          {t("insertFormula")}
        </Button>
      ) : null}
    </Card>
  );
}
