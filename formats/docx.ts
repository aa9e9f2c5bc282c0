// A Word document (.docx) read into what a check needs, in any host: every table as a grid (merged cells
// from gridSpan and vMerge, a cell's paragraphs as lines), each with the paragraphs standing right above
// it as its title, and the document's own text (its paragraphs outside tables) as the plan body.
import type { Area, Grid } from "../core/grid";
import { Refusal } from "../core/errors";
import { registerMessages } from "../core/i18n";
import type { Raw } from "../core/values";
import { attr, isNode, kids, local, ownText, parseXml, type TNode } from "./xml";
import { LIMITS, ZipPackage, type Inflater } from "./zip";

registerMessages("vi", {
  notDocx: "Tệp {file} là tệp nén nhưng không phải văn bản Word (.docx): không có word/document.xml",
  docTableName: "Bảng {n}",
});
registerMessages("en", {
  notDocx: "File {file} is a zip archive but not a Word document (.docx): it has no word/document.xml",
  docTableName: "Table {n}",
});

export interface WordDocument {
  /** Every table, in document order: "Bảng 1", "Bảng 2" …, its title paragraphs above row 1. */
  tables: Grid[];
  /** The paragraphs outside tables, one per line: the plan's own text. */
  text: string;
}

/** How many paragraphs above a table are read as its title ("PHỤ LỤC", what it is attached to …). */
const TITLE_LINES = 6;

/** A paragraph's text: runs, tabs and line breaks as written. */
function paragraphText(p: TNode): string {
  let s = "";
  const walk = (n: TNode) => {
    for (const c of n.children) {
      if (!isNode(c)) continue;
      const name = local(c.tagName);
      if (name === "t") s += ownText(c);
      else if (name === "tab") s += "\t";
      else if (name === "br" || name === "cr") s += "\n";
      else if (name === "delText" || name === "instrText" || name === "pPr" || name === "rPr") continue;
      else walk(c);
    }
  };
  walk(p);
  return s;
}

/** Content controls and custom XML wrap rows, cells and paragraphs: their content counts as if unwrapped. */
function unwrap(nodes: readonly (TNode | string)[]): TNode[] {
  const out: TNode[] = [];
  for (const n of nodes) {
    if (!isNode(n)) continue;
    const name = local(n.tagName);
    if (name === "sdt") {
      const content = kids(n, "sdtContent")[0];
      if (content) out.push(...unwrap(content.children));
    } else if (name === "customXml" || name === "smartTag") out.push(...unwrap(n.children));
    else out.push(n);
  }
  return out;
}

/** A cell's paragraphs as lines (a nested table's text included, row by row). */
function cellText(tc: TNode): string {
  const lines: string[] = [];
  for (const n of unwrap(tc.children)) {
    const name = local(n.tagName);
    if (name === "p") lines.push(paragraphText(n));
    else if (name === "tbl") for (const tr of unwrap(n.children).filter((x) => local(x.tagName) === "tr")) lines.push(unwrap(tr.children).filter((x) => local(x.tagName) === "tc").map(cellText).join("\t"));
  }
  // Trailing empty paragraphs are layout, not content.
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n");
}

const propOf = (tc: TNode, name: string): TNode | null => {
  const pr = kids(tc, "tcPr")[0];
  return pr ? kids(pr, name)[0] ?? null : null;
};

/** A Word table as rows of values and merged areas (in table coordinates). */
function tableGrid(tbl: TNode): { values: Raw[][]; merges: Area[] } {
  const values: Raw[][] = [];
  const merges: Area[] = [];
  // Open vertical merges by column: the area being extended downwards.
  const open = new Map<number, Area>();
  const rows = unwrap(tbl.children).filter((n) => local(n.tagName) === "tr");
  rows.forEach((tr, r) => {
    const row: Raw[] = [];
    const trPr = kids(tr, "trPr")[0];
    let col = Number((trPr && kids(trPr, "gridBefore")[0] && attr(kids(trPr, "gridBefore")[0], "val")) || 0);
    const seen = new Set<number>();
    for (const tc of unwrap(tr.children).filter((n) => local(n.tagName) === "tc")) {
      const span = Math.max(1, Math.min(64, Number(attr(propOf(tc, "gridSpan") ?? tc, "val") ?? 1) || 1));
      const vm = propOf(tc, "vMerge");
      const vmVal = vm ? attr(vm, "val") : null;
      if (vm && vmVal !== "restart" && open.has(col)) {
        // A continued cell: the area above grows by a row; the cell's own text is not shown.
        open.get(col)!.bottom = r;
      } else {
        const text = cellText(tc);
        row[col] = text === "" ? null : text;
        const area = { top: r, left: col, bottom: r, right: col + span - 1 };
        if (vm) open.set(col, area);
        else open.delete(col);
        if (span > 1 || vm) merges.push(area);
      }
      for (let k = 0; k < span; k++) seen.add(col + k);
      col += span;
    }
    // A column this row does not reach closes the area above it.
    for (const c of [...open.keys()]) if (!seen.has(c)) open.delete(c);
    values.push(Array.from(row, (v) => (v === undefined ? null : v)));
  });
  // Areas of one cell are not merges.
  return { values, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left) };
}

/** Reads a .docx package: its tables as grids (each titled by the paragraphs above it) and its own text. */
export function readDocx(bytes: Uint8Array, file: string, inflater?: Inflater, tableName: (n: number) => string = (n) => `Bảng ${n}`): WordDocument {
  const pkg = new ZipPackage(bytes, file, inflater);
  const xml = pkg.text("word/document.xml", LIMITS.sheetBytes, "sheetTooBig");
  if (xml === null) throw new Refusal("notDocx", { file });
  const doc = parseXml(xml, file);
  const body = findBody(doc);
  if (!body) throw new Refusal("notDocx", { file });
  const tables: Grid[] = [];
  const text: string[] = [];
  let recent: string[] = [];
  for (const n of unwrap(body.children)) {
    const name = local(n.tagName);
    if (name === "p") {
      const t = paragraphText(n);
      text.push(t);
      if (t.trim()) recent.push(t);
    } else if (name === "tbl") {
      const { values, merges } = tableGrid(n);
      const title = recent.slice(-TITLE_LINES).map((t) => [t] as Raw[]);
      // The title stands above the table's row 1: findings count rows and columns of the table itself.
      const k = title.length;
      tables.push({ name: tableName(tables.length + 1), values: [...title, ...values], merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })), origin: { row: -k, col: 0 } });
      recent = [];
    }
  }
  // A document without a table is its text: each paragraph a row, for the check to say what it is.
  if (!tables.length) tables.push({ name: tableName(1), values: text.filter((t) => t.trim()).map((t) => [t] as Raw[]) });
  return { tables, text: text.join("\n") };
}

function findBody(nodes: readonly (TNode | string)[]): TNode | null {
  for (const n of nodes) {
    if (!isNode(n)) continue;
    if (local(n.tagName) === "body") return n;
    const inner = findBody(n.children);
    if (inner) return inner;
  }
  return null;
}
