import type { PaneServices } from "../services/PaneServices.types";
import { useCheck } from "./useCheck";
import { useExport } from "./useExport";
import { useInsertFormula } from "./useInsertFormula";
import { usePaneStore } from "./usePaneStore";
import { useRefresh } from "./useRefresh";
import { useSettings } from "./useSettings";
import { useSource } from "./useSource";
import { useWorkbookSources } from "./useWorkbookSources";
import type { PaneActions, PaneState } from "./usePane.types";

/**
 * The pane's state and actions, one hook per job (source, settings, check, refresh, export) over one store.
 * Holds no KPI logic: the jobs call the services (the use cases) and keep what they return for the views.
 */
export function usePane(
  host: "excel" | null,
  services: PaneServices
): { state: PaneState; actions: PaneActions } {
  const store = usePaneStore();
  const { runCheck, ...check } = useCheck(store, services);
  const source = useSource(host, store, services, { runCheck });
  const sources = useWorkbookSources(store, services, { runCheck });
  const settings = useSettings(store, { runCheck });
  const refresh = useRefresh(store, services);
  const exports = useExport(host, store, services);
  const formulas = useInsertFormula(store);

  const actions: PaneActions = {
    setTab: (tab) => store.patch({ tab }),
    dismiss: (area) => store.say(area, undefined),
    ...source,
    ...sources,
    ...settings,
    ...check,
    ...refresh,
    ...exports,
    ...formulas,
  };
  return { state: store.state, actions };
}
