/** English strings of the task pane. */
export const en = {
  appTitle: "QuarterDeck",
  refreshKpis: "Refresh KPIs",
} as const;

export type StringKey = keyof typeof en;
