import * as React from "react";
import { defaultStored } from "../model/stored";
import type { PaneArea, PaneMessage, PaneState } from "./usePane.types";

/** The pane's state, shared by the hooks of each job. */
export interface PaneStore {
  state: PaneState;
  /** The latest state, also between renders (actions read it after awaiting). */
  ref: React.MutableRefObject<PaneState>;
  patch(p: Partial<PaneState> | ((s: PaneState) => Partial<PaneState>)): void;
  /** Show a message in an area of the pane, or clear it (undefined). */
  say(area: PaneArea, message: PaneMessage | undefined): void;
}

function initialState(): PaneState {
  return {
    tab: "setup",
    port: null,
    workbookName: null,
    capabilities: null,
    stored: defaultStored(),
    sources: null,
    analysis: null,
    busy: null,
    progress: null,
    refreshed: null,
    lastRefreshed: null,
    messages: {},
    detected: null,
  };
}

export function usePaneStore(): PaneStore {
  const [state, setState] = React.useState<PaneState>(initialState);
  const ref = React.useRef(state);
  ref.current = state;

  const patch = React.useCallback<PaneStore["patch"]>((p) => {
    setState((s) => {
      const next = { ...s, ...(typeof p === "function" ? p(s) : p) };
      ref.current = next;
      return next;
    });
  }, []);
  const say = React.useCallback<PaneStore["say"]>(
    (area, message) => patch((s) => ({ messages: { ...s.messages, [area]: message } })),
    [patch]
  );
  return { state, ref, patch, say };
}
