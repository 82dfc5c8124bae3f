/** Stages of a refresh, reported to the UI with the fraction of the work done (0–1). */
export type RefreshStage = "reading" | "checking" | "computing" | "writing" | "done";

export type OnProgress = (stage: RefreshStage, fraction: number) => void;

/** Where each stage starts on the progress bar: reading is network-bound, writing the longest for Excel. */
export const STAGE_START: Record<RefreshStage, number> = {
  reading: 0,
  checking: 0.3,
  computing: 0.45,
  writing: 0.6,
  done: 1,
};
