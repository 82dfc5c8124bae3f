/**
 * A small XML scanner for the manifest: enough to read elements, attributes and text with their
 * line numbers. Structure validity is the XSD's job; this only feeds the project's own checks.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Text directly inside the element, trimmed. */
  text: string;
  readonly line: number;
  /** Names of the enclosing elements, outermost first. */
  readonly ancestors: readonly string[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ent: string) => {
    if (ent.startsWith("#x") || ent.startsWith("#X"))
      return String.fromCodePoint(parseInt(ent.slice(2), 16));
    if (ent.startsWith("#")) return String.fromCodePoint(parseInt(ent.slice(1), 10));
    return ENTITIES[ent] ?? whole;
  });
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

function parseAttributes(body: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of body.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const [, key, dq, sq] = m;
    if (key) attributes[key] = decode(dq ?? sq ?? "");
  }
  return attributes;
}

/** Lists every element of the document in document order (comments and declarations skipped). */
export function scanXml(source: string): XmlElement[] {
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  const tag =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([\w:.-]+)([^>]*?)(\/?)>/g;
  let last = 0;
  for (const m of source.matchAll(tag)) {
    const index = m.index ?? 0;
    const between = source.slice(last, index).trim();
    const current = open[open.length - 1];
    if (current && between) current.text += decode(between);
    if (current && m[1] !== undefined) current.text += m[1];
    last = index + m[0].length;
    const [, , closing, name, body, selfClosing] = m;
    if (!name) continue;
    if (closing) {
      open.pop();
      continue;
    }
    const element: XmlElement = {
      name,
      attributes: parseAttributes(body ?? ""),
      text: "",
      line: lineAt(source, index),
      ancestors: open.map((e) => e.name),
    };
    elements.push(element);
    if (!selfClosing) open.push(element);
  }
  for (const e of elements) e.text = e.text.trim();
  return elements;
}
