/** Small XML text helpers for the DrawingML parts. */

// Matching control characters is the point here: they are what XML 1.0 forbids.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without the characters XML 1.0 forbids (control codes, lone surrogates), which no spreadsheet can open. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, "");
}

/** Text as XML character data: forbidden characters dropped, markup escaped. */
export function esc(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A number as XML text: finite only (callers drop nulls), no exponent surprises for ordinary figures. */
export function num(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  relChart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  relDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  ctChart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  ctDrawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
