import * as React from "react";
import { Button, Field, ProgressBar, Text } from "@fluentui/react-components";
import { kpiCards } from "../../model/cards";
import { t } from "../../strings";
import { ChartPreview } from "../ChartPreview/ChartPreview";
import { KpiCard } from "../KpiCard/KpiCard";
import { MessageArea } from "../MessageArea/MessageArea";
import { SummaryPreview } from "../SummaryPreview/SummaryPreview";
import type { RefreshViewProps } from "./RefreshView.types";
import { useRefreshViewStyles } from "./useRefreshViewStyles.styles";

function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** Refresh: progress, last refreshed time, highlights and the latest period's KPI cards (and, in preview, the summary). */
export function RefreshView(props: RefreshViewProps): React.JSX.Element {
  const { analysis, refreshed, busy, progress, lastRefreshed, showSummary, message } = props;
  const styles = useRefreshViewStyles();
  const cards = analysis
    ? kpiCards(analysis.dataset, analysis.kpiList)
    : { period: null, cards: [] };
  return (
    <section className={styles.root} aria-labelledby="qd-refresh-heading">
      <h2 id="qd-refresh-heading" className={styles.heading}>
        {t("refreshHeading")}
      </h2>
      {busy && progress ? (
        <Field
          label={t("progressLabel")}
          validationMessage={t("stages")[progress.stage]}
          validationState="none"
        >
          <ProgressBar value={progress.fraction} max={1} thickness="large" />
        </Field>
      ) : null}
      <MessageArea message={message} onDismiss={props.onDismiss} />
      <Text className={styles.muted}>
        {lastRefreshed ? t("lastRefreshed")(formatTime(lastRefreshed)) : t("neverRefreshed")}
      </Text>

      {refreshed && analysis ? (
        <>
          <section aria-labelledby="qd-highlights-heading">
            <div className={styles.headerRow}>
              <h3 id="qd-highlights-heading" className={styles.subheading}>
                {t("highlightsHeading")}
              </h3>
              <Button
                size="small"
                onClick={props.onCopyHighlights}
                aria-label={t("copyHighlights")}
              >
                {t("copy")}
              </Button>
            </div>
            <ul className={styles.highlights}>
              {analysis.highlights.map((h, i) => (
                <li key={i}>{h}</li>
              ))}
            </ul>
          </section>
          {cards.period ? (
            <section aria-labelledby="qd-cards-heading">
              <h3 id="qd-cards-heading" className={styles.subheading}>
                {t("kpiHeading")(cards.period)}
              </h3>
              <div className={styles.cards}>
                {cards.cards.map((c) => (
                  <KpiCard
                    key={c.id}
                    card={c}
                    onInsertFormula={
                      props.onInsertFormula && cards.period !== null
                        ? () => props.onInsertFormula?.({ ...c.figure, period: cards.period ?? "" })
                        : undefined
                    }
                  />
                ))}
              </div>
            </section>
          ) : null}
          {showSummary ? (
            <>
              <SummaryPreview summary={analysis.summary} />
              {analysis.summary.charts.length > 0 ? (
                <section aria-labelledby="qd-charts-heading">
                  <h3 id="qd-charts-heading" className={styles.subheading}>
                    {t("chartsHeading")}
                  </h3>
                  <div className={styles.charts}>
                    {analysis.summary.charts.map((spec) => (
                      <ChartPreview key={spec.id} spec={spec} table={analysis.summary.table} />
                    ))}
                  </div>
                </section>
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
