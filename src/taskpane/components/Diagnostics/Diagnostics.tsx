import * as React from "react";
import { Button, Text, Textarea } from "@fluentui/react-components";
import type { RoundTrip } from "../../../workbook/office/roundTrip";
import { diagnosticsReport, type PaneEnvironment } from "../../model/diagnostics";
import { copyText } from "../../platform/clipboard";
import { t } from "../../strings";
import { useDiagnosticsStyles } from "./useDiagnosticsStyles.styles";

export interface DiagnosticsProps {
  /** Where the pane runs, read when the section opens. */
  environment: () => PaneEnvironment;
  /** The scratch-sheet round trip; absent outside Excel. */
  roundTrip?: () => Promise<RoundTrip>;
  now: () => Date;
}

/** A collapsible section: the diagnostics report as text to copy, and a button for the timed round trip. */
export function Diagnostics({ environment, roundTrip, now }: DiagnosticsProps): React.JSX.Element {
  const styles = useDiagnosticsStyles();
  const [open, setOpen] = React.useState(false);
  const [env, setEnv] = React.useState<PaneEnvironment | null>(null);
  const [trip, setTrip] = React.useState<RoundTrip | null>(null);
  const [running, setRunning] = React.useState(false);
  const [copied, setCopied] = React.useState<boolean | null>(null);
  const [at, setAt] = React.useState<Date>(() => now());

  const toggle = (): void => {
    if (!open) {
      setEnv(environment());
      setAt(now());
      setCopied(null);
    }
    setOpen(!open);
  };

  const run = async (): Promise<void> => {
    if (!roundTrip) return;
    setRunning(true);
    setCopied(null);
    try {
      setTrip(await roundTrip());
    } finally {
      setAt(now());
      setRunning(false);
    }
  };

  const report = env ? diagnosticsReport(env, trip, at) : "";

  return (
    <section className={styles.root} aria-labelledby="qd-diagnostics-heading">
      <h2 id="qd-diagnostics-heading" className={styles.heading}>
        <Button
          appearance="subtle"
          aria-expanded={open}
          aria-controls="qd-diagnostics-body"
          onClick={toggle}
        >
          <span aria-hidden="true">{open ? "▾" : "▸"}</span>&nbsp;{t("diagnosticsHeading")}
        </Button>
      </h2>
      {open ? (
        <div id="qd-diagnostics-body" className={styles.body}>
          <Text size={200}>{t("diagnosticsIntro")}</Text>
          <Textarea
            aria-label={t("diagnosticsReport")}
            value={report}
            readOnly
            resize="vertical"
            rows={8}
            textarea={{ className: styles.report }}
          />
          <div className={styles.row}>
            {roundTrip ? (
              <Button onClick={() => void run()} disabled={running}>
                {running ? t("diagnosticsRunning") : t("diagnosticsRun")}
              </Button>
            ) : null}
            <Button
              onClick={() => void copyText(report).then((ok) => setCopied(ok))}
              disabled={running}
            >
              {t("diagnosticsCopy")}
            </Button>
          </div>
          <div role="status">
            {copied === null ? null : <Text>{copied ? t("copied") : t("copyFailed")}</Text>}
          </div>
        </div>
      ) : null}
    </section>
  );
}
