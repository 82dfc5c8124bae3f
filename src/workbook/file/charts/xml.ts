/** Small XML text helpers for the DrawingML parts. */

/** Tab, line feed and carriage return are the only control characters XML 1.0 allows. */
function allowedControl(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Characters that may have to be dropped (surrogates are kept when paired); most text has none. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const MAYBE_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text without the characters XML 1.0 forbids (control codes, lone surrogates), which no spreadsheet can open. */
export function xmlSafe(text: string): string {
  if (!MAYBE_UNSAFE.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && !allowedControl(code)) continue;
    if (code === 0xfffe || code === 0xffff) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    out += text[i];
  }
  return out;
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
