// XML parts as small trees (txml), entities decoded once by hand: only the five predefined and numeric
// references, so a DOCTYPE's own entities are never expanded.
import { parse, type TNode } from "txml/txml";
import { Refusal } from "../core/errors";

export type { TNode };

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text with the XML predefined and numeric character references resolved; any other `&name;` stays as written. */
export function decode(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (m, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** The document's nodes; whitespace kept (a cell's text is its own). Malformed XML is a damaged file. */
export function parseXml(xml: string, file: string): (TNode | string)[] {
  try {
    return parse(xml, { keepWhitespace: true, decodeEntities: false });
  } catch {
    throw new Refusal("corrupt", { file });
  }
}

/** "x:row" and "row" are the same element: prefixes differ between writers. */
export const local = (tag: string) => {
  const i = tag.indexOf(":");
  return i < 0 ? tag : tag.slice(i + 1);
};

export function isNode(n: TNode | string): n is TNode {
  return typeof n !== "string";
}

/** The first element named `name` at any depth (document order). */
export function find(nodes: readonly (TNode | string)[], name: string): TNode | null {
  for (const n of nodes) {
    if (!isNode(n)) continue;
    if (local(n.tagName) === name) return n;
    const inner = find(n.children, name);
    if (inner) return inner;
  }
  return null;
}

/** Direct children named `name`. */
export function kids(node: TNode, name: string): TNode[] {
  const out: TNode[] = [];
  for (const c of node.children) if (isNode(c) && local(c.tagName) === name) out.push(c);
  return out;
}

/** Every element named `name` at any depth, in document order, not descending into one found. */
export function all(nodes: readonly (TNode | string)[], name: string, out: TNode[] = []): TNode[] {
  for (const n of nodes) {
    if (!isNode(n)) continue;
    if (local(n.tagName) === name) out.push(n);
    else all(n.children, name, out);
  }
  return out;
}

/** The text directly inside a node, decoded. */
export function ownText(node: TNode): string {
  let s = "";
  for (const c of node.children) if (typeof c === "string") s += c;
  return decode(s);
}

/** An attribute, decoded ("r:id" found as "r:id" or by its local name). */
export function attr(node: TNode, name: string): string | null {
  const v = node.attributes[name];
  if (v !== undefined) return v === null ? "" : decode(v);
  for (const [k, val] of Object.entries(node.attributes)) if (local(k) === name) return val === null ? "" : decode(val);
  return null;
}
