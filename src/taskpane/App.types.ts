import type { PaneServices } from "./services/PaneServices.types";

export interface AppProps {
  /** "excel" inside Excel; null in a normal browser (preview mode, working on a file). */
  host: "excel" | null;
  /** The use cases the pane calls; the real ones by default, fakes in tests. */
  services?: PaneServices;
}
