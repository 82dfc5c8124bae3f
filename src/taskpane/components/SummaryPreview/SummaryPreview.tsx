import * as React from "react";
import { Text, mergeClasses } from "@fluentui/react-components";
import { t } from "../../strings";
import type { SummaryPreviewProps } from "./SummaryPreview.types";
import { cellAt } from "../../../core/summarise/cell";
import { compactSummaryCell } from "./compactCell";
import { useScrollToLatest } from "./useScrollToLatest";
import { useSummaryPreviewStyles } from "./useSummaryPreviewStyles.styles";

/**
 * A row's unit beside its label; "%" is left out, as every figure of such a row carries its own sign, and so is a
 * unit the label already names ("share change (pp)").
 */
function unitShown(label: string, unit: string): boolean {
  return unit !== "" && unit !== "%" && !label.endsWith(`(${unit})`);
}

/**
 * Preview mode: the summary sheet's KPI table as an HTML table, made for a 320 px pane. The KPI labels (with their
 * unit) stay on the left while the periods scroll sideways in a focusable region; it opens on the latest periods.
 * The pane scrolls vertically, the table does not.
 */
export function SummaryPreview({ summary }: SummaryPreviewProps): React.JSX.Element {
  const styles = useSummaryPreviewStyles();
  const { table } = summary;
  const last = table.periods.length - 1;
  const scrollRef = useScrollToLatest<HTMLDivElement>(table.periods.join("\u0000"));
  return (
    <section className={styles.root} aria-labelledby="qd-summary-heading">
      <h2 id="qd-summary-heading" className={styles.heading}>
        {summary.title}
      </h2>
      <Text className={styles.subtitle}>{summary.subtitle}</Text>
      <div
        ref={scrollRef}
        className={styles.scroll}
        tabIndex={0}
        role="region"
        aria-label={t("summaryTableRegion")}
      >
        <table className={styles.table}>
          <caption className={styles.caption}>{t("summaryTableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.th, styles.label, styles.corner)}>
                {t("csvHeaders").kpi}
              </th>
              {table.periods.map((p, i) => (
                <th
                  key={`${p}-${i}`}
                  scope="col"
                  className={mergeClasses(styles.th, i === last && styles.latest)}
                >
                  {p}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={`${row.metric}-${row.kpi}-${r}`}>
                <th scope="row" className={mergeClasses(styles.label, styles.rowHeader)}>
                  {row.label}
                  {unitShown(row.label, row.unit) ? (
                    <>
                      {" "}
                      <span className={styles.unit}>{row.unit}</span>
                    </>
                  ) : null}
                </th>
                {table.periods.map((_, c) => {
                  const cell = cellAt(row, c);
                  const shown = compactSummaryCell(cell);
                  return (
                    <td
                      key={c}
                      className={mergeClasses(
                        styles.td,
                        typeof cell?.value === "string" && styles.nm
                      )}
                    >
                      {shown.full === undefined ? (
                        shown.text
                      ) : (
                        <abbr className={styles.abbr} title={shown.full}>
                          {shown.text}
                        </abbr>
                      )}
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
