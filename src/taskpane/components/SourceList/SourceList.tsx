import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { describeSource } from "../../model/sources";
import { t } from "../../strings";
import type { SourceListProps } from "./SourceList.types";
import { useSourceListStyles } from "./useSourceListStyles.styles";

/** The sources read, in order, each removable (one is always kept); add the selection, or detect in the workbook. */
export function SourceList(props: SourceListProps): React.JSX.Element {
  const { sources, busy, hasWorkbook } = props;
  const styles = useSourceListStyles();
  const text = {
    sourceSelection: t("sourceSelection"),
    sourceName: t("sourceName"),
    sourceTable: t("sourceTable"),
  };
  return (
    <>
      <ul className={styles.list} aria-label={t("sourcesListLabel")}>
        {sources.map((source, i) => {
          const where = describeSource(source, text);
          return (
            <li key={`${i}-${where}`} className={styles.item}>
              <Text className={styles.where}>{where}</Text>
              <Button
                size="small"
                appearance="subtle"
                aria-label={t("sourceRemove")(where)}
                title={t("sourceRemove")(where)}
                disabled={busy || sources.length <= 1}
                onClick={() => props.onRemove(i)}
              >
                ✕
              </Button>
            </li>
          );
        })}
      </ul>
      <div className={styles.row}>
        <Button onClick={props.onAddSelection} disabled={busy || !hasWorkbook}>
          {t("addSelection")}
        </Button>
        <Button onClick={props.onDetectWorkbook} disabled={busy || !hasWorkbook}>
          {t("detectWorkbook")}
        </Button>
      </div>
    </>
  );
}
