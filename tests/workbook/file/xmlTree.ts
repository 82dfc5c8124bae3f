/** A strict XML parse (saxes) into a small element tree, for checking parts are well-formed and ordered. */
import { SaxesParser } from "saxes";

export interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

export function parseXml(xml: string): El {
  const parser = new SaxesParser();
  const root: El = { name: "#root", attrs: {}, children: [], text: "" };
  const stack: El[] = [root];
  parser.on("opentag", (tag) => {
    const el: El = {
      name: tag.name,
      attrs: tag.attributes as Record<string, string>,
      children: [],
      text: "",
    };
    stack[stack.length - 1]?.children.push(el);
    stack.push(el);
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
  const [first] = root.children;
  if (!first) throw new Error("no root element");
  return first;
}

export function all(el: El, name: string): El[] {
  const out: El[] = [];
  const walk = (e: El): void => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}

/** True when the children's names appear in the order of `schemaOrder` (names not listed fail). */
export function inSchemaOrder(el: El, schemaOrder: string[]): boolean {
  let last = -1;
  for (const child of el.children) {
    const i = schemaOrder.indexOf(child.name);
    if (i < 0 || i < last) return false;
    last = i;
  }
  return true;
}
