/** A short, user-facing reason from anything a port rejected with (adapters reject with plain-worded Errors). */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "unknown error";
}
