import * as React from "react";
import { Text, mergeClasses } from "@fluentui/react-components";
import { t } from "../../strings";
import type { SummaryPreviewProps } from "./SummaryPreview.types";
import { cellAt } from "../../../core/summarise/cell";
import { formatSummaryCell } from "./formatCell";
import { useSummaryPreviewStyles } from "./useSummaryPreviewStyles.styles";

/** Preview mode: the summary sheet's KPI table as an HTML table. */
export function SummaryPreview({ summary }: SummaryPreviewProps): React.JSX.Element {
  const styles = useSummaryPreviewStyles();
  const { table } = summary;
  return (
    <section className={styles.root} aria-labelledby="qd-summary-heading">
      <h2 id="qd-summary-heading" className={styles.heading}>
        {summary.title}
      </h2>
      <Text className={styles.subtitle}>{summary.subtitle}</Text>
      <div
        className={styles.scroll}
        tabIndex={0}
        role="region"
        aria-label={t("summaryTableCaption")}
      >
        <table className={styles.table}>
          <caption className={styles.caption}>{t("summaryTableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.th, styles.rowHeader)}>
                {t("csvHeaders").kpi}
              </th>
              <th scope="col" className={styles.th}>
                {t("csvHeaders").unit}
              </th>
              {table.periods.map((p, i) => (
                <th key={`${p}-${i}`} scope="col" className={styles.th}>
                  {p}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={`${row.metric}-${row.kpi}-${r}`}>
                <th scope="row" className={styles.rowHeader}>
                  {row.label}
                </th>
                <td className={styles.td}>{row.unit}</td>
                {table.periods.map((_, c) => {
                  const cell = cellAt(row, c);
                  return (
                    <td
                      key={c}
                      className={mergeClasses(
                        styles.td,
                        typeof cell?.value === "string" && styles.nm
                      )}
                    >
                      {formatSummaryCell(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
