import * as React from "react";
import { Button, Spinner, Text, mergeClasses } from "@fluentui/react-components";
import { t } from "../../strings";
import { MessageArea } from "../MessageArea/MessageArea";
import type { OpenWorkbookProps } from "./OpenWorkbook.types";
import { useOpenWorkbookStyles } from "./useOpenWorkbookStyles.styles";

/** Preview mode: open a workbook or CSV by drag-and-drop or the file picker, or the bundled sample. */
export function OpenWorkbook(props: OpenWorkbookProps): React.JSX.Element {
  const { busy, workbookName, message, onOpenFile, onOpenSample, onDismiss } = props;
  const styles = useOpenWorkbookStyles();
  const inputRef = React.useRef<HTMLInputElement>(null);
  const inputId = React.useId();
  const [dragging, setDragging] = React.useState(false);

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) onOpenFile(file);
  };

  return (
    <section
      aria-labelledby={`${inputId}-heading`}
      className={mergeClasses(styles.root, dragging && styles.dragging)}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id={`${inputId}-heading`} className={styles.heading}>
        {t("previewTitle")}
      </h2>
      <Text>{workbookName ? t("opened")(workbookName) : t("previewIntro")}</Text>
      <Text size={200}>{t("dropHere")}</Text>
      <div className={styles.actions}>
        <Button appearance="secondary" onClick={onOpenSample} disabled={busy}>
          {t("openSample")}
        </Button>
        <Button appearance="secondary" onClick={() => inputRef.current?.click()} disabled={busy}>
          {t("chooseFile")}
        </Button>
        {busy ? <Spinner size="tiny" /> : null}
      </div>
      <label htmlFor={inputId} className={styles.hiddenInput}>
        {t("fileInputLabel")}
      </label>
      <input
        id={inputId}
        ref={inputRef}
        className={styles.hiddenInput}
        type="file"
        tabIndex={-1}
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onOpenFile(file);
          e.target.value = "";
        }}
      />
      <MessageArea message={message} onDismiss={onDismiss} />
    </section>
  );
}
