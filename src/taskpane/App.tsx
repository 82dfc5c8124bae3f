import * as React from "react";
import { Button, Tab, TabList } from "@fluentui/react-components";
import type { AppProps } from "./App.types";
import { CheckView } from "./components/CheckView/CheckView";
import { Diagnostics } from "./components/Diagnostics/Diagnostics";
import { ExportView } from "./components/ExportView/ExportView";
import { OpenWorkbook } from "./components/OpenWorkbook/OpenWorkbook";
import { RefreshView } from "./components/RefreshView/RefreshView";
import { SetupView } from "./components/SetupView/SetupView";
import { usePane } from "./hooks/usePane";
import type { PaneTab } from "./hooks/usePane.types";
import { understand } from "./model/understanding";
import { readEnvironment } from "./platform/officeInfo";
import { createDefaultServices } from "./services/defaultServices";
import { localeOf, setLocale, t } from "./strings";
import { useAppStyles } from "./useAppStyles.styles";

export type { AppProps } from "./App.types";

const TABS: { value: PaneTab; key: "tabSetup" | "tabCheck" | "tabRefresh" | "tabExport" }[] = [
  { value: "setup", key: "tabSetup" },
  { value: "check", key: "tabCheck" },
  { value: "refresh", key: "tabRefresh" },
  { value: "export", key: "tabExport" },
];

/** Office's display language inside Excel, else the browser's. */
function displayLanguage(): string | undefined {
  try {
    if (typeof Office !== "undefined" && Office.context?.displayLanguage)
      return Office.context.displayLanguage;
  } catch {
    // Office.context is not usable outside a host.
  }
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

/** The QuarterDeck task pane: set up, check, refresh and export; in a browser, on a workbook file. */
export function App({ host, services: given }: AppProps): React.JSX.Element {
  const [locale] = React.useState(() => {
    const chosen = localeOf(displayLanguage());
    setLocale(chosen);
    return chosen;
  });
  const styles = useAppStyles();
  const services = React.useMemo(() => given ?? createDefaultServices(host), [given, host]);
  const { state, actions } = usePane(host, services);
  const understanding = React.useMemo(
    () => (state.analysis ? understand(state.analysis.dataset) : null),
    [state.analysis]
  );
  const hasWorkbook = state.port !== null;
  const busy = state.busy !== null;

  return (
    <main className={styles.root} lang={locale}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("appTitle")}</h1>
        <Button
          appearance="primary"
          onClick={() => void actions.refresh()}
          disabled={state.busy === "refresh"}
        >
          {t("refreshKpis")}
        </Button>
      </header>

      {host === null ? (
        <OpenWorkbook
          busy={state.busy === "open"}
          workbookName={state.workbookName}
          message={state.messages.open}
          onOpenFile={(f) => void actions.openFile(f)}
          onOpenSample={() => void actions.openSample()}
          onDismiss={() => actions.dismiss("open")}
        />
      ) : null}

      <TabList
        className={styles.tabs}
        aria-label={t("tabsLabel")}
        selectedValue={state.tab}
        onTabSelect={(_, data) => actions.setTab(data.value as PaneTab)}
        size="small"
      >
        {TABS.map((tab) => (
          <Tab
            key={tab.value}
            value={tab.value}
            id={`qd-tab-${tab.value}`}
            aria-controls={state.tab === tab.value ? `qd-panel-${tab.value}` : undefined}
          >
            {t(tab.key)}
          </Tab>
        ))}
      </TabList>

      <div
        role="tabpanel"
        id={`qd-panel-${state.tab}`}
        aria-labelledby={`qd-tab-${state.tab}`}
        className={styles.panel}
      >
        {state.tab === "setup" ? (
          <SetupView
            stored={state.stored}
            sources={state.sources}
            understanding={understanding}
            busy={busy}
            hasWorkbook={hasWorkbook}
            message={state.messages.setup}
            onUseSelection={() => void actions.setSource({ kind: "selection" })}
            onChooseSource={(s) => void actions.setSource(s)}
            onDetect={() => void actions.detect()}
            detected={state.detected}
            onAddSelection={() => void actions.addSelection()}
            onRemoveSource={(i) => void actions.removeSource(i)}
            onDetectWorkbook={() => void actions.detectWorkbook()}
            onKeepSources={(s) => void actions.keepSources(s)}
            onCloseDetected={actions.closeDetected}
            onChange={actions.updateSettings}
            onSave={() => void actions.save()}
            onDismiss={() => actions.dismiss("setup")}
          />
        ) : null}
        {state.tab === "setup" ? (
          <Diagnostics
            environment={services.environment ?? readEnvironment}
            now={() => services.now()}
            {...(services.roundTrip ? { roundTrip: services.roundTrip } : {})}
          />
        ) : null}
        {state.tab === "check" ? (
          <CheckView
            issues={state.analysis?.issues ?? null}
            kpis={state.analysis?.kpiList ?? []}
            busy={state.busy === "check"}
            hasWorkbook={hasWorkbook}
            message={state.messages.check}
            onSelectCell={(c) => void actions.selectCell(c)}
            onInsertFormula={(f) => void actions.insertFormula("check", f)}
            onRecheck={() => void actions.recheck()}
            onDismiss={() => actions.dismiss("check")}
          />
        ) : null}
        {state.tab === "refresh" ? (
          <RefreshView
            analysis={state.refreshed?.analysis ?? null}
            refreshed={state.refreshed !== null}
            busy={state.busy === "refresh"}
            progress={state.progress}
            lastRefreshed={state.lastRefreshed}
            showSummary={host === null}
            message={state.messages.refresh}
            onCopyHighlights={() => void actions.copyHighlights()}
            onInsertFormula={(f) => void actions.insertFormula("refresh", f)}
            onDismiss={() => actions.dismiss("refresh")}
          />
        ) : null}
        {state.tab === "export" ? (
          <ExportView
            ready={state.refreshed !== null}
            busy={busy}
            message={state.messages.export}
            onExportWorkbook={() => void actions.exportWorkbook()}
            onExportCsv={() => void actions.exportCsv()}
            onCopyHighlights={() => void actions.copyHighlights()}
            onDismiss={() => actions.dismiss("export")}
          />
        ) : null}
      </div>
    </main>
  );
}

export default App;
