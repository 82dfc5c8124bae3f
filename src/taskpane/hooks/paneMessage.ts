import type { PaneMessage } from "./usePane.types";

/** A failure as the pane shows it: what went wrong, then what to do about it. */
export function errorMessage(title: string, body: string, hint: string): PaneMessage {
  return { intent: "error", title, body: `${body} ${hint}`.trim() };
}
