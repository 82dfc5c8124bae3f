/**
 * What a worksheet function computes before it meets Excel: a value, or an error the function shell turns
 * into an Excel error. `na` is #N/A (not meaningful: the engine's n.m. rule, with the reason); `value` is
 * #VALUE! (an argument that cannot be used, named in the message).
 */
export type FnResult<T> =
  { ok: true; value: T } | { ok: false; error: "na" | "value"; message: string };

export const ok = <T>(value: T): FnResult<T> => ({ ok: true, value });
export const notAvailable = <T>(message: string): FnResult<T> => ({
  ok: false,
  error: "na",
  message,
});
export const badArgument = <T>(message: string): FnResult<T> => ({
  ok: false,
  error: "value",
  message,
});
