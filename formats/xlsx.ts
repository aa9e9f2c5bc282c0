// An .xlsx/.xlsm package read into grids — only what a check or a fill needs: each sheet's cells
// (values and cached results of formulas), formulas, merged areas; shared strings; date formats.
// Host-free: bytes in, grids out. Cells far beyond the data and merges past it are left out.
import { columnIndex, parseArea, type Area, type Grid } from "../core/grid";
import { Refusal } from "../core/errors";
import type { Raw } from "../core/values";
import { all, attr, find, isNode, kids, local, ownText, parseXml, type TNode } from "./xml";
import { LIMITS, ZipPackage, type Inflater } from "./zip";

export interface Book {
  sheets: Grid[];
  /** The package holds macros (vbaProject): its output must stay .xlsm. */
  macro: boolean;
}

const MACRO = /application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml/;
// Built-in number formats that are dates or times (as spreadsheet programs and ExcelJS read them).
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The elements of a part that a reader needs, cut out before parsing (fonts, borders, views are skipped unread). */
function sections(xml: string, names: readonly string[]): string {
  let out = "";
  for (const name of names) {
    const open = new RegExp(`<(?:\\w+:)?${name}\\b`).exec(xml);
    if (!open) continue;
    const close = new RegExp(`</(?:\\w+:)?${name}>`, "g");
    close.lastIndex = open.index;
    const end = close.exec(xml);
    // A self-closed element, or one never closed: from its start to the end of its tag.
    const stop = end ? end.index + end[0].length : xml.indexOf(">", open.index) + 1;
    out += xml.slice(open.index, stop);
  }
  return out;
}

/** Which cell styles show numbers as dates, by style index. */
function dateStyles(pkg: ZipPackage, file: string): boolean[] {
  const xml = pkg.text("xl/styles.xml", LIMITS.sheetBytes, "unpacksTooBig");
  if (!xml) return [];
  const doc = parseXml(sections(xml, ["numFmts", "cellXfs"]), file);
  const custom = new Map<number, string>();
  for (const f of all(doc, "numFmt")) custom.set(Number(attr(f, "numFmtId")), attr(f, "formatCode") ?? "");
  const xfs = find(doc, "cellXfs");
  return (xfs ? kids(xfs, "xf") : []).map((xf) => {
    const id = Number(attr(xf, "numFmtId") ?? 0);
    if (!id) return false;
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : DATE_IDS.has(id);
  });
}

/** The text of a string item: plain, or its rich-text runs joined (phonetic guides left out). */
function itemText(si: TNode): string {
  let s = "";
  for (const c of si.children) {
    if (!isNode(c)) continue;
    const n = local(c.tagName);
    if (n === "t") s += ownText(c);
    else if (n === "r") for (const t of kids(c, "t")) s += ownText(t);
  }
  return s;
}

function sharedStrings(pkg: ZipPackage, file: string): string[] {
  const xml = pkg.text("xl/sharedStrings.xml", LIMITS.sheetBytes, "sheetTooBig");
  if (!xml) return [];
  return all(parseXml(xml, file), "si").map(itemText);
}

/** Excel's serial day number as a date (1900 or 1904 system). */
function serialDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

interface RawCell {
  row: number;
  col: number;
  value: Raw;
  formula: string | null;
}

interface SheetContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/** One `<c>`: its value as the cell shows it (a formula's cached result), and its formula; null when empty. */
function readCell(c: TNode, row: number, col: number, ctx: SheetContext): RawCell | null {
  const t = attr(c, "t") ?? "n";
  let v: string | null = null;
  let f: TNode | null = null;
  let inline: TNode | null = null;
  for (const k of c.children) {
    if (!isNode(k)) continue;
    const n = local(k.tagName);
    if (n === "v") v = ownText(k);
    else if (n === "f") f = k;
    else if (n === "is") inline = k;
  }
  const date = ctx.dates[Number(attr(c, "s") ?? 0)] === true;
  const typed = (text: string): Raw => {
    if (t === "s") return ctx.strings[parseInt(text, 10)] ?? "";
    if (t === "str" || t === "inlineStr") return text;
    if (t === "b") return parseInt(text, 10) !== 0;
    if (t === "e") return text;
    if (t === "d") return new Date(text);
    const n = parseFloat(text);
    return date ? serialDate(n, ctx.date1904) : n;
  };
  if (f) {
    // A shared formula's dependents carry no text of their own: their value is what the sheet shows.
    const text = ownText(f);
    return { row, col, value: v ? typed(v) : null, formula: text ? `=${text}` : null };
  }
  if (inline) return { row, col, value: itemText(inline), formula: null };
  if (v === null) return null;
  return { row, col, value: typed(v), formula: null };
}

/** The last index of a run of sorted numbers before a gap wider than `gap` (the rest is far away, not the table). */
function edge(sorted: number[], gap: number): number {
  for (let i = 1; i < sorted.length; i++) if (sorted[i] - sorted[i - 1] > gap) return sorted[i - 1];
  return sorted[sorted.length - 1] ?? 0;
}

const overlaps = (a: Area, b: Area) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Cells and merges bounded to the data: a lone value at XFD1048576 or a merge over the whole sheet costs nothing. */
function bound(cells: RawCell[], merges: Area[]): { cells: RawCell[]; merges: Area[] } {
  const rows = cells.map((c) => c.row).sort((a, b) => a - b);
  const cols = cells.map((c) => c.col).sort((a, b) => a - b);
  const maxRow = Math.max(0, edge(rows, LIMITS.rowGap));
  const maxCol = Math.max(0, edge(cols, LIMITS.colGap));
  const kept = cells.filter((c) => c.row <= maxRow && c.col <= maxCol);
  const clipped = merges.map((m) => ({ m, area: { top: m.top, left: m.left, bottom: Math.min(m.bottom, maxRow), right: Math.min(m.right, maxCol) } }));
  const out: Area[] = [];
  for (const x of clipped) {
    const changed = x.area.bottom !== x.m.bottom || x.area.right !== x.m.right;
    if (!changed) {
      out.push(x.m);
      continue;
    }
    const { top, left, bottom, right } = x.area;
    const gone = top > bottom || left > right || (top === bottom && left === right) || clipped.some((o) => o !== x && overlaps(x.area, o.area));
    if (!gone) out.push(x.area);
  }
  return { cells: kept, merges: out };
}

/** One worksheet's XML as a grid, laid out as the operations expect: rows of values, formulas, merges. */
export function readSheet(xml: string, name: string, ctx: SheetContext, file: string): Grid {
  const doc = parseXml(sections(xml, ["sheetData", "mergeCells"]), file);
  const data = find(doc, "sheetData");
  const cells: RawCell[] = [];
  let r = -1;
  for (const row of data ? kids(data, "row") : []) {
    const rAttr = attr(row, "r");
    r = rAttr ? Number(rAttr) - 1 : r + 1;
    let c = -1;
    for (const cell of kids(row, "c")) {
      const ref = attr(cell, "r");
      const m = ref ? /^([A-Za-z]{1,3})(\d+)$/.exec(ref) : null;
      c = m ? columnIndex(m[1]) : c + 1;
      const read = readCell(cell, m ? Number(m[2]) - 1 : r, c, ctx);
      if (read) cells.push(read);
    }
  }
  const merges = all(doc, "mergeCell").map((m) => parseArea(attr(m, "ref") ?? "")).filter((a): a is Area => a !== null);
  const b = bound(cells, merges);
  // A merged area shows its top-left cell; the others' values are not part of the table.
  const covered = new Set<number>();
  for (const m of b.merges) for (let y = m.top; y <= m.bottom; y++) for (let x = m.left; x <= m.right; x++) if (y !== m.top || x !== m.left) covered.add(y * 16384 + x);
  const values: Raw[][] = [];
  const formulas: (string | null)[][] = [];
  for (const cell of b.cells) {
    if (covered.has(cell.row * 16384 + cell.col)) continue;
    const vs = (values[cell.row] ??= []);
    const fs = (formulas[cell.row] ??= []);
    vs[cell.col] = cell.value;
    fs[cell.col] = cell.formula;
  }
  for (let y = 0; y < values.length; y++) {
    values[y] = Array.from(values[y] ?? [], (v) => (v === undefined ? null : v));
    formulas[y] = Array.from(formulas[y] ?? [], (f) => f ?? null);
  }
  return { name, values, formulas, merges: b.merges };
}

/** The workbook's worksheets in order, each with its part's path (chart sheets have none to read). */
function sheetParts(pkg: ZipPackage, file: string): { name: string; path: string }[] {
  const wb = pkg.text("xl/workbook.xml", LIMITS.sheetBytes, "unpacksTooBig");
  const rels = pkg.text("xl/_rels/workbook.xml.rels", LIMITS.sheetBytes, "unpacksTooBig");
  if (!wb || !rels) throw new Refusal("notOoxml", { file });
  const targets = new Map<string, { target: string; type: string }>();
  for (const r of all(parseXml(rels, file), "Relationship")) targets.set(attr(r, "Id") ?? "", { target: attr(r, "Target") ?? "", type: attr(r, "Type") ?? "" });
  const out: { name: string; path: string }[] = [];
  for (const s of all(parseXml(wb, file), "sheet")) {
    const rel = targets.get(attr(s, "id") ?? "");
    if (!rel || !/\/worksheet$/.test(rel.type)) continue;
    const path = rel.target.startsWith("/") ? rel.target.slice(1) : `xl/${rel.target}`.replace(/\/\.\//g, "/");
    out.push({ name: attr(s, "name") ?? "", path });
  }
  return out;
}

/** Reads a workbook package into grids; refuses what is not one, or is too big, in one sentence. */
export function readXlsx(bytes: Uint8Array, file: string, inflater?: Inflater): Book {
  const pkg = new ZipPackage(bytes, file, inflater);
  if (!pkg.has("[Content_Types].xml") || !pkg.has("xl/workbook.xml")) throw new Refusal("notOoxml", { file });
  const macro = MACRO.test(pkg.text("[Content_Types].xml", LIMITS.sheetBytes, "unpacksTooBig") ?? "");
  const wbXml = pkg.text("xl/workbook.xml", LIMITS.sheetBytes, "unpacksTooBig") ?? "";
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(1|true)"/.test(wbXml);
  const ctx: SheetContext = { strings: sharedStrings(pkg, file), dates: dateStyles(pkg, file), date1904 };
  const sheets = sheetParts(pkg, file).map(({ name, path }) => {
    const xml = pkg.text(path, LIMITS.sheetBytes, "sheetTooBig");
    return xml === null ? { name, values: [], formulas: [], merges: [] } : readSheet(xml, name, ctx, file);
  });
  return { sheets, macro };
}
