/**
 * From a function's result to what Excel receives: the value, or a thrown error made by `makeError`
 * (CustomFunctions.Error in the add-in) — #N/A for not meaningful, #VALUE! for a bad argument — carrying the
 * plain reason Excel shows beside the cell.
 */
import type { FnResult } from "./result";

/** Excel shows at most this many characters of a custom function's error message. */
export const MAX_ERROR_MESSAGE = 255;

export type MakeError = (code: "na" | "value", message: string) => unknown;

export function unwrap<T>(result: FnResult<T>, makeError: MakeError): T {
  if (result.ok) return result.value;
  const message =
    result.message.length > MAX_ERROR_MESSAGE
      ? `${result.message.slice(0, MAX_ERROR_MESSAGE - 1)}…`
      : result.message;
  throw makeError(result.error, message);
}
