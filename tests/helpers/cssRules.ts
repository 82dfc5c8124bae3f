/**
 * Whether a CSS rule can change what a test in jsdom sees. jsdom lays nothing out, so of the computed styles only
 * those that hide an element (display: none, visibility: hidden or collapse) count for role queries, accessible
 * names and user events.
 */
export function hidesElements(rule: string): boolean {
  return /\b(display\s*:\s*none|visibility\s*:\s*(hidden|collapse))\b/i.test(rule);
}
