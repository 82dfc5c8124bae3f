/**
 * The adapter's failure: a message a user understands, plus the host's error code when there was one.
 * The port's promises reject with it; the use cases in src/app turn it into a value.
 */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly code: string = "workbook"
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** The Office.js error code of a failure (`ItemNotFound`, `ResponsePayloadSizeLimitExceeded` …), or "". */
export function errorCode(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "";
}

export { reasonOf } from "../reason";

export function isPayloadTooLarge(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit"
  );
}
