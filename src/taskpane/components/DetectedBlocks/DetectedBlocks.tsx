import * as React from "react";
import { Button, Checkbox, Text } from "@fluentui/react-components";
import { keptSources } from "../../model/sources";
import { t } from "../../strings";
import type { DetectedBlocksProps } from "./DetectedBlocks.types";
import { useDetectedBlocksStyles } from "./useDetectedBlocksStyles.styles";

/** The blocks whole-workbook Detect found, each with what it holds, all kept at first; the user drops some. */
export function DetectedBlocks(props: DetectedBlocksProps): React.JSX.Element {
  const { sheets, busy } = props;
  const styles = useDetectedBlocksStyles();
  const all = React.useMemo(() => sheets.flatMap((s) => s.blocks.map((b) => b.range)), [sheets]);
  const [kept, setKept] = React.useState<ReadonlySet<string>>(() => new Set(all));
  React.useEffect(() => setKept(new Set(all)), [all]);
  const toggle = (range: string, keep: boolean) =>
    setKept((k) => {
      const next = new Set(k);
      if (keep) next.add(range);
      else next.delete(range);
      return next;
    });

  return (
    <section className={styles.root} aria-labelledby="qd-detected-heading">
      <h3 id="qd-detected-heading" className={styles.heading}>
        {t("detectedHeading")}
      </h3>
      {all.length === 0 ? <Text>{t("detectedNone")}</Text> : null}
      <ul className={styles.list}>
        {sheets.map((sheet) =>
          sheet.blocks.length === 0 ? (
            <li key={sheet.sheet} className={styles.empty}>
              <Text size={200}>{t("detectedSheetEmpty")(sheet.sheet)}</Text>
            </li>
          ) : (
            sheet.blocks.map((b) => (
              <li key={b.range}>
                <Checkbox
                  label={t("keepBlock")(b.range)}
                  checked={kept.has(b.range)}
                  disabled={busy}
                  onChange={(_, data) => toggle(b.range, data.checked === true)}
                />
                <Text size={200} className={styles.holds}>
                  {t("detectedBlock")(b.lines, b.first, b.last, b.unit)}
                  {sheet.entity !== undefined ? ` · ${t("detectedBusiness")(sheet.entity)}` : ""}
                </Text>
              </li>
            ))
          )
        )}
      </ul>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || kept.size === 0}
          onClick={() => props.onKeep(keptSources(sheets, kept))}
        >
          {t("useKeptBlocks")}
        </Button>
        <Button onClick={props.onClose} disabled={busy}>
          {t("dropDetected")}
        </Button>
      </div>
    </section>
  );
}
