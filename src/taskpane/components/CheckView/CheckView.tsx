import * as React from "react";
import { Button, CounterBadge, Spinner, Text } from "@fluentui/react-components";
import type { KpiValue } from "../../../core/compute/types";
import type { KpiList } from "../../../core/compute/kpi-set";
import type { Issue } from "../../../core/issue";
import { affectedKpis, groupBySeverity } from "../../model/issues";
import type { FigureRef } from "../../model/kpiFormula";
import { t } from "../../strings";
import { MessageArea } from "../MessageArea/MessageArea";
import type { CheckViewProps } from "./CheckView.types";
import { useCheckViewStyles } from "./useCheckViewStyles.styles";

const BADGE_COLOR = { error: "danger", warning: "important", info: "informative" } as const;

function kpiName(k: KpiValue): string {
  const kind = t("kpiKinds")[k.kpi];
  return [k.label.trim(), kind, k.period].filter((s) => s !== "").join(" ");
}

function IssueItem({
  issue,
  kpis,
  onSelectCell,
  onInsertFormula,
}: {
  issue: Issue;
  kpis: KpiList;
  onSelectCell: (cell: string) => void;
  onInsertFormula?: (figure: FigureRef) => void;
}) {
  const styles = useCheckViewStyles();
  const affected = issue.severity === "error" ? affectedKpis(issue, kpis) : [];
  const content = (
    <>
      {issue.cell ? <span className={styles.cell}>{issue.cell}</span> : null}
      <span>{issue.message}</span>
    </>
  );
  return (
    <li className={styles.item}>
      {issue.cell ? (
        <Button
          appearance="subtle"
          className={styles.issueButton}
          onClick={() => onSelectCell(issue.cell ?? "")}
        >
          {content}
        </Button>
      ) : (
        <Text>{content}</Text>
      )}
      {issue.severity === "error" ? (
        <Text className={styles.affected}>
          {affected.length > 0
            ? t("affectedKpis")(affected.map(kpiName).join(", "))
            : t("noAffectedKpis")}
        </Text>
      ) : null}
      {onInsertFormula && affected.length > 0 ? (
        <div className={styles.formulas}>
          {affected.map((k) => (
            <Button
              key={`${k.metric}-${k.kpi}-${k.period}`}
              size="small"
              appearance="subtle"
              aria-label={t("insertFormulaFor")(kpiName(k))}
              onClick={() => onInsertFormula({ metric: k.metric, kind: k.kpi, period: k.period })}
            >
              {`${t("insertFormula")}: ${kpiName(k)}`}
            </Button>
          ))}
        </div>
      ) : null}
    </li>
  );
}

/** Check: validation issues grouped by severity; each names its cell and selects it when pressed. */
export function CheckView(props: CheckViewProps): React.JSX.Element {
  const { issues, kpis, busy, hasWorkbook, message } = props;
  const styles = useCheckViewStyles();
  const groups = issues ? groupBySeverity(issues) : [];
  const hasErrors = groups.some((g) => g.severity === "error");
  return (
    <section className={styles.root} aria-labelledby="qd-check-heading" aria-busy={busy}>
      <div className={styles.header}>
        <h2 id="qd-check-heading" className={styles.heading}>
          {t("checkHeading")}
        </h2>
        <Button onClick={props.onRecheck} disabled={busy || !hasWorkbook}>
          {t("recheck")}
        </Button>
      </div>
      <MessageArea message={message} onDismiss={props.onDismiss} />
      {busy ? <Spinner size="tiny" label={t("checking")} /> : null}
      {issues !== null && groups.length === 0 && !busy ? <Text>{t("noIssues")}</Text> : null}
      {hasErrors ? <Text className={styles.note}>{t("errorsDontBlock")}</Text> : null}
      {groups.map((group) => (
        <section key={group.severity} aria-labelledby={`qd-issues-${group.severity}`}>
          <h3 id={`qd-issues-${group.severity}`} className={styles.groupHeading}>
            {t("severityTitle")[group.severity]}
            <CounterBadge
              count={group.issues.length}
              color={BADGE_COLOR[group.severity]}
              size="small"
              aria-hidden
            />
            <span className={styles.visuallyHidden}>({group.issues.length})</span>
          </h3>
          <ul className={styles.list}>
            {group.issues.map((issue, i) => (
              <IssueItem
                key={`${issue.code}-${issue.cell ?? ""}-${i}`}
                issue={issue}
                kpis={kpis}
                onSelectCell={props.onSelectCell}
                onInsertFormula={props.onInsertFormula}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
