import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { t } from "../../strings";
import { MessageArea } from "../MessageArea/MessageArea";
import type { ExportViewProps } from "./ExportView.types";
import { useExportViewStyles } from "./useExportViewStyles.styles";

/** Export: the summary as its own workbook, the KPI table as CSV, the highlights to the clipboard. */
export function ExportView(props: ExportViewProps): React.JSX.Element {
  const { ready, busy, message } = props;
  const styles = useExportViewStyles();
  return (
    <section className={styles.root} aria-labelledby="qd-export-heading">
      <h2 id="qd-export-heading" className={styles.heading}>
        {t("exportHeading")}
      </h2>
      <MessageArea message={message} onDismiss={props.onDismiss} />
      {!ready ? <Text className={styles.muted}>{t("exportNeedsRefresh")}</Text> : null}
      <div className={styles.actions}>
        <Button onClick={props.onExportWorkbook} disabled={!ready || busy}>
          {t("exportWorkbook")}
        </Button>
        <Button onClick={props.onExportCsv} disabled={!ready || busy}>
          {t("exportCsv")}
        </Button>
        <Button onClick={props.onCopyHighlights} disabled={!ready || busy}>
          {t("copyHighlights")}
        </Button>
      </div>
    </section>
  );
}
