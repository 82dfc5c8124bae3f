/**
 * The refresh lock in the workbook's settings (ExcelApi 1.4, the manifest's minimum), under a key of its own so
 * taking or giving it back never touches the saved record. Taking it is a read and a write in two syncs: Excel
 * runs one runtime's batch at a time, so two refreshes clash only when both read "free" before either writes —
 * a window of one sync, where the later writer wins and the earlier one runs too (what the lock cannot close
 * without a compare-and-set, which settings do not offer).
 */
import {
  lockBlocks,
  parseLock,
  type LockAttempt,
  type LockHolder,
  type RefreshLock,
} from "../lock";

export const LOCK_KEY = "QuarterDeck.refreshLock";

async function readLock(context: Excel.RequestContext): Promise<RefreshLock | null> {
  const item = context.workbook.settings.getItemOrNullObject(LOCK_KEY);
  item.load("value");
  await context.sync();
  return item.isNullObject ? null : parseLock(item.value);
}

export async function acquireLock(
  context: Excel.RequestContext,
  holder: LockHolder,
  now: Date,
  token: string,
  staleMs?: number
): Promise<LockAttempt> {
  const current = await readLock(context);
  if (current && current.token !== token && lockBlocks(current, now, staleMs))
    return { ok: false, heldBy: current };
  const lock: RefreshLock = { holder, token, since: now.toISOString() };
  context.workbook.settings.add(LOCK_KEY, JSON.stringify(lock));
  await context.sync();
  return { ok: true, token };
}

/** Give the lock back if it is still ours (a stale one may have been taken over meanwhile). */
export async function releaseLock(context: Excel.RequestContext, token: string): Promise<void> {
  const current = await readLock(context);
  if (current?.token !== token) return;
  context.workbook.settings.add(LOCK_KEY, "");
  await context.sync();
}
