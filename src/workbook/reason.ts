/**
 * A short, user-facing reason from anything thrown or rejected: an Error's message, a non-empty string as it is,
 * otherwise "unknown error". Shared by the workbook adapters and the use cases that report their failures.
 */
export function reasonOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "unknown error";
}
