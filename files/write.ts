// Writes cells into a workbook by editing only its package: the touched sheet's cells and new style
// records. Every other part (other sheets, charts, images, external links, customXml, macros) keeps its bytes.
import JSZip from "jszip";
import type { PortWrite } from "../core/host/port";
import { Refusal } from "../core/errors";
import { areaAddress, columnIndex, columnLetter } from "../core/grid";
import { registerMessages } from "../core/i18n";

registerMessages("vi", { sheetNotInPackage: "Không tìm thấy trang tính '{sheet}' trong gói của {file}" });
registerMessages("en", { sheetNotInPackage: "Sheet '{sheet}' was not found in the package of {file}" });

// A cell reference in a formula: optional sheet, optional $ on column and row; not a function's name ("LOG10(").
const REF = /(^|[^A-Za-z0-9_.!$'"])((?:'[^']+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![\w(])/g;

/**
 * A formula as it reads in a cell `dRow` rows and `dCol` columns away, as a spreadsheet copies it: relative
 * references move, absolute ($) ones stay, text in quotes is left alone.
 */
export function translateFormula(formula: string, dRow: number, dCol: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(REF, (_m, lead: string, sheet: string | undefined, colAbs: string, col: string, rowAbs: string, row: string) => {
            const c = colAbs ? col : columnLetter(Math.max(0, columnIndex(col) + dCol));
            const r = rowAbs ? row : String(Math.max(1, Number(row) + dRow));
            return `${lead}${sheet ?? ""}${colAbs}${c}${rowAbs}${r}`;
          }),
    )
    .join("");
}

/** Shared formulas whose master cell is overwritten: each dependent gets the master's formula moved to its place. */
function sharedMasters(rowsXml: readonly string[], written: ReadonlySet<string>): Map<string, { text: string; row: number; col: number }> {
  const masters = new Map<string, { text: string; row: number; col: number }>();
  for (const rowXml of rowsXml) {
    // One cell at a time: its opening tag not self-closed, nothing of the next cell crossed.
    for (const m of rowXml.matchAll(/<c\b[^>]*?\br="([A-Z]+)(\d+)"[^>]*?(?<!\/)>(?:(?!<\/c>|<c\b)[\s\S])*?<f\b([^>]*\bt="shared"[^>]*\bref="[^"]*"[^>]*)>([^<]*)<\/f>/g)) {
      if (!written.has(`${m[1]}${m[2]}`)) continue;
      const si = /\bsi="(\d+)"/.exec(m[3])?.[1];
      if (si !== undefined) masters.set(si, { text: decodeXml(m[4]), row: Number(m[2]), col: columnIndex(m[1]) });
    }
  }
  return masters;
}

const decodeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** A dependent cell of an overwritten master, given its own formula (its cached value kept). */
function ownFormula(cellXml: string, masters: ReadonlyMap<string, { text: string; row: number; col: number }>): string {
  return cellXml.replace(/<f\b([^>]*\bt="shared"[^>]*)\/>|<f\b([^>]*\bt="shared"[^>]*)>[^<]*<\/f>/, (f, a?: string, b?: string) => {
    const si = /\bsi="(\d+)"/.exec(a ?? b ?? "")?.[1];
    const master = si === undefined ? undefined : masters.get(si);
    const ref = /\br="([A-Z]+)(\d+)"/.exec(cellXml);
    if (!master || !ref) return f;
    return `<f>${esc(translateFormula(master.text, Number(ref[2]) - master.row, columnIndex(ref[1]) - master.col))}</f>`;
  });
}

/** How a written cell should look: points (0.00), the DTI value (0.0000), a bold label or total. */
export type CellLook = { format: "points" | "dti" | null; bold: boolean };

export function lookOf(w: PortWrite): CellLook {
  const bold = w.purpose === "header" || w.purpose === "label" || w.purpose === "grand-total" || w.purpose === "pillar-total";
  const format = w.purpose === "dti" ? "dti" : w.purpose && w.purpose !== "header" && w.purpose !== "label" ? "points" : null;
  return { format, bold };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** Column numbers counted from 1, as sheet XML's references are. */
const colNumber = (letters: string) => columnIndex(letters) + 1;

function cellXml(w: PortWrite, style: number | null): string {
  const s = style === null ? "" : ` s="${style}"`;
  const r = ` r="${w.address}"`;
  if (w.formula) {
    const f = `<f>${esc(w.formula.slice(1))}</f>`;
    if (w.error) return `<c${r}${s} t="e">${f}<v>${esc(w.error.code)}</v></c>`;
    if (typeof w.value === "number") return `<c${r}${s}>${f}<v>${w.value}</v></c>`;
    if (typeof w.value === "string") return `<c${r}${s} t="str">${f}<v>${esc(w.value)}</v></c>`;
    return `<c${r}${s}>${f}</c>`;
  }
  if (w.error) return `<c${r}${s} t="e"><v>${esc(w.error.code)}</v></c>`;
  const v = w.value;
  if (v === null || v === undefined || v === "") return `<c${r}${s}/>`;
  if (typeof v === "number") return `<c${r}${s}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c${r}${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c${r}${s} t="inlineStr"><is><t xml:space="preserve">${esc(String(v))}</t></is></c>`;
}

/** New style records appended to styles.xml: one per (base style, look); existing records are never changed. */
class Styles {
  private readonly made = new Map<string, number>();
  private xfs: string[];
  private fonts: string[];
  private dtiFmt: number | null = null;
  private numFmtsAdded: string[] = [];
  constructor(private xml: string) {
    this.xfs = [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    this.fonts = [...(/<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(xml)?.[1] ?? "").matchAll(/<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g)].map((m) => m[0]);
  }

  private numFmt(format: CellLook["format"]): number | null {
    if (format === "points") return 2; // built in: 0.00
    if (format !== "dti") return null;
    if (this.dtiFmt === null) {
      const ids = [...this.xml.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"/g)].map((m) => Number(m[1]));
      this.dtiFmt = Math.max(163, ...ids) + 1;
      this.numFmtsAdded.push(`<numFmt numFmtId="${this.dtiFmt}" formatCode="0.0000"/>`);
    }
    return this.dtiFmt;
  }

  styleFor(base: number, look: CellLook): number | null {
    if (!look.format && !look.bold) return null;
    const key = `${base}:${look.format}:${look.bold}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    let xf = this.xfs[base] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const fmt = this.numFmt(look.format);
    if (fmt !== null) xf = setAttr(setAttr(xf, "numFmtId", String(fmt)), "applyNumberFormat", "1");
    if (look.bold) {
      const fontId = Number(attr(xf, "fontId") ?? 0);
      const font = this.fonts[fontId] ?? "<font/>";
      const boldFont = /<b\s*\/>/.test(font) ? font : font.replace(/^<font\b([^>]*?)(\/?)>/, (_m, a: string, self: string) => (self ? `<font${a}><b/></font>` : `<font${a}><b/>`));
      this.fonts.push(boldFont);
      xf = setAttr(setAttr(xf, "fontId", String(this.fonts.length - 1)), "applyFont", "1");
    }
    this.xfs.push(xf);
    const id = this.xfs.length - 1;
    this.made.set(key, id);
    return id;
  }

  /** styles.xml with the new records appended and the counts updated; the same text when nothing was added. */
  result(): string {
    if (!this.made.size) return this.xml;
    let xml = this.xml;
    xml = xml.replace(/<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/, (m) => setAttr(m.replace(/<\/cellXfs>$/, `${this.xfs.slice(this.countOf(m, "xf")).join("")}</cellXfs>`), "count", String(this.xfs.length), true));
    xml = xml.replace(/<fonts\b[^>]*>[\s\S]*?<\/fonts>/, (m) => setAttr(m.replace(/<\/fonts>$/, `${this.fonts.slice(this.countOf(m, "font")).join("")}</fonts>`), "count", String(this.fonts.length), true));
    if (this.numFmtsAdded.length) {
      if (/<numFmts\b/.test(xml)) {
        xml = xml.replace(/<numFmts\b[^>]*>[\s\S]*?<\/numFmts>/, (m) => {
          const n = [...m.matchAll(/<numFmt\b/g)].length + this.numFmtsAdded.length;
          return setAttr(m.replace(/<\/numFmts>$/, `${this.numFmtsAdded.join("")}</numFmts>`), "count", String(n), true);
        });
      } else {
        xml = xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${this.numFmtsAdded.length}">${this.numFmtsAdded.join("")}</numFmts>`);
      }
    }
    return xml;
  }

  private countOf(block: string, tag: string): number {
    return [...block.matchAll(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, "g"))].length;
  }
}

/** Sets an attribute on the first tag of `xml` (only the opening tag when `first`). */
function setAttr(xml: string, name: string, value: string, first = true): string {
  const end = xml.indexOf(">");
  const open = xml.slice(0, end + (first ? 1 : 0));
  const rest = xml.slice(open.length);
  const re = new RegExp(`\\b${name}="[^"]*"`);
  const tag = re.test(open) ? open.replace(re, `${name}="${value}"`) : open.replace(/^(<[A-Za-z:]+)/, `$1 ${name}="${value}"`);
  return tag + rest;
}

/** Where a sheet's XML lives in the package, from workbook.xml and its relationships. */
async function sheetPath(zip: JSZip, sheet: string): Promise<string | null> {
  const wb = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!wb || !rels) return null;
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    if (decode(attr(m[0], "name") ?? "") !== sheet) continue;
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? /\bid="([^"]+)"/.exec(m[0].replace(/\bsheetId="[^"]*"/, ""))?.[1];
    const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((r) => attr(r[0], "Id") === id);
    const target = rel ? attr(rel[0], "Target") : null;
    if (!target) return null;
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, "/");
  }
  return null;
}

/**
 * The workbook with the given cells written into the named sheet and nothing else changed: other
 * cells, rows and parts keep their bytes; each written cell gets a style of its own (a copy of its old
 * style plus the number format or bold it needs), never a shared style changed under other cells.
 */
export async function writeCellsInPackage(input: Buffer, sheet: string, writes: readonly PortWrite[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(input);
  const path = await sheetPath(zip, sheet);
  const file = path ? zip.file(path) : null;
  if (!path || !file) throw new Refusal("sheetNotInPackage", { sheet });
  const xml = await file.async("string");
  const stylesFile = zip.file("xl/styles.xml");
  const styles = new Styles(stylesFile ? await stylesFile.async("string") : "");

  const byRow = new Map<number, PortWrite[]>();
  for (const w of writes) byRow.set(w.row + 1, [...(byRow.get(w.row + 1) ?? []), w]);

  const dataStart = xml.search(/<sheetData\b/);
  if (dataStart < 0) throw new Refusal("sheetNotInPackage", { sheet });
  const selfClosing = /^<sheetData\b[^>]*\/>/.exec(xml.slice(dataStart));
  const openEnd = xml.indexOf(">", dataStart) + 1;
  const closeStart = selfClosing ? openEnd : xml.indexOf("</sheetData>", openEnd);
  const body = selfClosing ? "" : xml.slice(openEnd, closeStart);
  const parsedRows = [...body.matchAll(/<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)].map((m) => m[0]);
  // A shared formula whose master is overwritten (with --force) would leave its dependents without a formula: each gets its own.
  const masters = sharedMasters(parsedRows, new Set(writes.map((w) => w.address)));
  const free = (rowXml: string) => (masters.size && /t="shared"/.test(rowXml) ? rowXml.replace(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (c) => ownFormula(c, masters)) : rowXml);
  const rows = parsedRows.map((x) => ({ xml: free(x), r: Number(attr(x, "r")) }));

  const writeRow = (rowNo: number, rowXml: string | null): string => {
    const ws = byRow.get(rowNo)!;
    const openTag = rowXml ? /^<row\b[^>]*?\/?>/.exec(rowXml)![0].replace(/\/>$/, ">") : `<row r="${rowNo}">`;
    const inner = rowXml && !/\/>$/.test(/^<row\b[^>]*?\/?>/.exec(rowXml)![0]) ? rowXml.slice(/^<row\b[^>]*>/.exec(rowXml)![0].length, -"</row>".length) : "";
    const cells = [...inner.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => ({ xml: m[0], ref: attr(m[0], "r") ?? "" }));
    const rowStyle = Number(attr(openTag, "s") ?? 0);
    for (const w of ws) {
      const i = cells.findIndex((c) => c.ref === w.address);
      const old = i >= 0 ? cells[i].xml : null;
      const base = old ? Number(attr(old, "s") ?? 0) : rowStyle;
      const own = styles.styleFor(base, lookOf(w));
      const style = own ?? (old ? (attr(old, "s") === null ? null : base) : rowStyle || null);
      const xmlCell = cellXml(w, style);
      if (i >= 0) cells[i] = { xml: xmlCell, ref: w.address };
      else {
        const col = colNumber(w.address.replace(/\d+$/, ""));
        const at = cells.findIndex((c) => colNumber(c.ref.replace(/\d+$/, "")) > col);
        cells.splice(at < 0 ? cells.length : at, 0, { xml: xmlCell, ref: w.address });
      }
    }
    // Spans are an optimisation hint; drop them on rows we change rather than state them wrong.
    return `${openTag.replace(/\s+spans="[^"]*"/, "")}${cells.map((c) => c.xml).join("")}</row>`;
  };

  const out: string[] = [];
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  let k = 0;
  for (const row of rows) {
    while (k < pending.length && pending[k] < row.r) out.push(writeRow(pending[k++], null));
    if (k < pending.length && pending[k] === row.r) {
      out.push(writeRow(pending[k++], row.xml));
    } else out.push(row.xml);
  }
  while (k < pending.length) out.push(writeRow(pending[k++], null));

  // Only rows carry meaning inside sheetData: whitespace and comments between them are not kept.
  const newBody = out.join("");
  let sheetXml = selfClosing
    ? `${xml.slice(0, dataStart)}<sheetData>${newBody}</sheetData>${xml.slice(dataStart + selfClosing[0].length)}`
    : `${xml.slice(0, openEnd)}${newBody}${xml.slice(closeStart)}`;
  sheetXml = widenDimension(sheetXml, writes);
  zip.file(path, sheetXml);
  if (stylesFile) {
    const st = styles.result();
    if (st !== (await stylesFile.async("string"))) zip.file("xl/styles.xml", st);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

function widenDimension(xml: string, writes: readonly PortWrite[]): string {
  const m = /<dimension\b[^>]*\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/.exec(xml);
  if (!m || !writes.length) return xml;
  const top = Math.min(Number(m[2]), ...writes.map((w) => w.row + 1));
  const left = Math.min(colNumber(m[1]), ...writes.map((w) => w.col + 1));
  const bottom = Math.max(Number(m[4] ?? m[2]), ...writes.map((w) => w.row + 1));
  const right = Math.max(colNumber(m[3] ?? m[1]), ...writes.map((w) => w.col + 1));
  return xml.replace(m[0], m[0].replace(/\bref="[^"]*"/, `ref="${areaAddress({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 })}"`));
}
