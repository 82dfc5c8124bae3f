/**
 * One refresh at a time per workbook: the refresh use case under the workbook's refresh lock (src/workbook/lock.ts
 * says why and how the lock is kept).
 */
import type { StoredSettings, WorkbookPort } from "../workbook/port";
import { reasonOf } from "../workbook/reason";
import type { LockAttempt, LockHolder, RefreshLock, RefreshLockPort } from "../workbook/lock";
import { refresh, type RefreshOptions, type RefreshResult } from "./refresh";

export type { LockHolder } from "../workbook/lock";

const HOLDER_NAMES: Record<LockHolder, string> = {
  pane: "the QuarterDeck pane",
  ribbon: "the ribbon's Refresh KPIs",
};

export const lockMessages = {
  busy: (lock: RefreshLock, now: Date) => {
    const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(lock.since)) / 60_000));
    return `A refresh started by ${HOLDER_NAMES[lock.holder]} is still running (${minutes === 0 ? "less than a minute" : `${minutes} min`} ago). Try again when it has finished.`;
  },
  lockUnavailable: (reason: string) =>
    `The summary could not be reserved for this refresh: ${reason}`,
} as const;

function hasLock(port: WorkbookPort): port is WorkbookPort & RefreshLockPort {
  const p = port as Partial<RefreshLockPort>;
  return typeof p.acquireRefreshLock === "function" && typeof p.releaseRefreshLock === "function";
}

/**
 * The refresh use case under the workbook's refresh lock: refused with a plain message while another runtime
 * refreshes; the lock released whatever happens (a failed release leaves it to go stale).
 */
export async function refreshLocked(
  port: WorkbookPort,
  stored: StoredSettings,
  holder: LockHolder,
  opts: RefreshOptions & { keepSavedChoices?: boolean } = {}
): Promise<RefreshResult> {
  if (!hasLock(port)) return refresh(port, stored, opts);
  const now = opts.now ?? new Date();
  let attempt: LockAttempt;
  try {
    attempt = await port.acquireRefreshLock(holder, now);
  } catch (error) {
    return { ok: false, stage: "reading", message: lockMessages.lockUnavailable(reasonOf(error)) };
  }
  if (!attempt.ok)
    return { ok: false, stage: "reading", message: lockMessages.busy(attempt.heldBy, now) };
  try {
    return await refresh(port, stored, opts);
  } finally {
    try {
      await port.releaseRefreshLock(attempt.token);
    } catch {
      // Left to go stale: the next refresh after LOCK_STALE_MS takes it over.
    }
  }
}
