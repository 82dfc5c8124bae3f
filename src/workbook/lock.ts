/**
 * The refresh lock. The pane and the ribbon command run in separate runtimes; both write the same summary sheet,
 * table and names, so a refresh takes a lock kept in the workbook's settings (one key of its own, beside the saved
 * record) and gives it back when done. A lock older than LOCK_STALE_MS is taken over: a refresh cut off by the
 * host (the ribbon's time limit, a closed pane) never releases its lock, and nobody should have to repair the
 * workbook by hand. Only the holder of a lock releases it.
 */

export type LockHolder = "pane" | "ribbon";

/** The lock as kept in the workbook. */
export interface RefreshLock {
  holder: LockHolder;
  /** Unique per attempt: the holder checks it before it releases. */
  token: string;
  /** ISO time the lock was taken. */
  since: string;
}

/**
 * A lock older than this is left from a refresh that was cut off, and is taken over: the ribbon's after five
 * minutes (Office closes a function command's runtime by then), the pane's after ten.
 */
export const LOCK_STALE_MS: Record<LockHolder, number> = {
  ribbon: 5 * 60 * 1000,
  pane: 10 * 60 * 1000,
};

export type LockAttempt = { ok: true; token: string } | { ok: false; heldBy: RefreshLock };

/** What a workbook offers for the lock (the Office adapter; a file has one user and needs none). */
export interface RefreshLockPort {
  acquireRefreshLock(holder: LockHolder, now: Date): Promise<LockAttempt>;
  releaseRefreshLock(token: string): Promise<void>;
}

/** The lock from its stored value, or null when there is none or it was released. */
export function parseLock(value: unknown): RefreshLock | null {
  let v: unknown = value;
  if (typeof value === "string") {
    try {
      v = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof v !== "object" || v === null) return null;
  const o = v as Record<string, unknown>;
  if ((o.holder !== "pane" && o.holder !== "ribbon") || typeof o.token !== "string") return null;
  if (typeof o.since !== "string" || Number.isNaN(Date.parse(o.since))) return null;
  return { holder: o.holder, token: o.token, since: o.since };
}

/** Whether `current` keeps a new refresh out at `now`: held, and not stale. */
export function lockBlocks(current: RefreshLock | null, now: Date, staleMs?: number): boolean {
  if (!current) return false;
  staleMs ??= LOCK_STALE_MS[current.holder];
  const age = now.getTime() - Date.parse(current.since);
  // A lock dated in the future (a clock put back) counts as fresh only up to the stale age.
  return Math.abs(age) < staleMs;
}

export function newLockToken(now: Date, random: () => number = Math.random): string {
  return `${now.getTime().toString(36)}-${Math.floor(random() * 2 ** 32).toString(36)}`;
}
