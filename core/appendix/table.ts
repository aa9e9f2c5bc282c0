// Finds the DTI table in a sheet: header (wrapped, merged, repeated), pillar and group headings, indicator rows.
import { EDITIONS, keyForCode, type EditionId } from "../catalog";
import { GridReader, type Grid } from "../grid";
import { extractTarget } from "./tracking";
import { foldText, type Raw } from "../values";
import { decideLevel, type Level, type LevelSignals, type LevelSource } from "./level";
import { headerScore, mapColumns, roleKey, type ColumnRole, type Role } from "./columns";
import { declaredCount, isBullet, isColumnNumbers, isExplanation, isFooter, isGroupHeading, isPlanHeading, isTotalLabel, ROMAN_PILLAR, ROMAN_VALUE } from "./rows";
import { EDITION_KEYS, looksLikePillar, matchName, pillarByName, recognizeName, type NameMatch } from "./recognize";

export type { Level } from "./level";

export interface Cell {
  col: number;
  address: string;
  /** Text as shown, continuation rows joined. */
  text: string;
  /** The first row's raw value (numbers stay numbers). */
  value: Raw;
}

export interface IndicatorRow {
  row: number;
  /** Last grid row belonging to this indicator (wrapped text continued below). */
  lastRow: number;
  code: string | null;
  codeCell: Cell | null;
  name: string;
  nameCell: Cell | null;
  /** A code written at the head of the name cell ("1.1. "), kept apart from the name. */
  namePrefix: string;
  /** What the name alone says, before the edition is known. */
  nameMatch: NameMatch | null;
  /** The identity finally decided (null: unrecognised). */
  key: string | null;
  cells: Partial<Record<string, Cell>>;
  columns: ColumnRole[];
  pillarIndex: number | null;
  groupIndex: number | null;
}

export interface PillarRow {
  row: number;
  /** The number the heading states, or the number its name implies. */
  n: number | null;
  name: string;
  nameCell: Cell;
  cells: Partial<Record<string, Cell>>;
  columns: ColumnRole[];
}

export interface GroupRow {
  row: number;
  label: string;
  declared: number | null;
  cell: Cell;
  columns: ColumnRole[];
}

export interface TotalRow {
  row: number;
  label: string;
  cells: Partial<Record<string, Cell>>;
  columns: ColumnRole[];
}

/** The rows of a table by kind, and how far it reaches. */
export interface TableBody {
  indicators: IndicatorRow[];
  pillars: PillarRow[];
  groups: GroupRow[];
  totals: TotalRow[];
  /** Last grid row that belongs to the table. */
  lastRow: number;
  /** One past the rightmost column the table uses. */
  width: number;
}

export interface ParsedTable extends TableBody {
  sheet: string | undefined;
  headerRow: number;
  headerDepth: number;
  /** Column roles of the first header (groups may bring their own). */
  columns: ColumnRole[];
  title: string;
  edition: EditionId;
  editionDetected: boolean;
  level: Level;
  /** The signal that decided the level, and whether another explicit signal named a different one. */
  levelFrom: LevelSource;
  levelDisagree: boolean;
  /** What the level was decided from, for a caller that decides again (a table of another kind). */
  levelSignals: LevelSignals;
  reader: GridReader;
}

// "1.1", "6,3", and codes of any depth ("4.22.1"): a pillar's number, then one or two more levels.
const CODE = /^(\d{1,2})\s*[.,]\s*(\d{1,3})((?:\s*\.\s*\d{1,3}){0,2})\.?$/;

/** "4.22.1" from its parts, each level without leading zeros ("1.01" is 1.1). */
function codeOf(pillar: string, second: string, deeper: string): string {
  const rest = deeper.split(".").map((x) => x.trim()).filter(Boolean).map((x) => `.${Number(x)}`).join("");
  return `${Number(pillar)}.${Number(second)}${rest}`;
}

/** Reads a code as written in an STT cell: "1.1", 1.1, "6,3", "4.22.1". Ordinals such as "01" are not codes. */
export function codeFromCell(v: Raw): string | null {
  if (typeof v === "number") {
    const s = String(Number(v.toPrecision(12)));
    const m = /^(\d)\.(\d{1,2})$/.exec(s);
    return m ? `${m[1]}.${m[2]}` : null;
  }
  if (typeof v === "string") {
    const m = CODE.exec(v.trim());
    return m ? codeOf(m[1], m[2], m[3]) : null;
  }
  return null;
}

/** A row holding one text across the sheet: a title or a group heading, never part of a header. */
function isBanner(reader: GridReader, r: number): boolean {
  const texts = reader.rowTexts(r);
  return texts.length === 1 && (reader.area(r, texts[0].col)?.right ?? texts[0].col) - texts[0].col >= 2;
}

function headerAt(reader: GridReader, r: number, depth: number): string[] {
  const cols: string[] = [];
  // Once per row, not per column: a banner test reads the whole row.
  const banner = Array.from({ length: depth }, (_, k) => r + k < reader.rowCount && isBanner(reader, r + k));
  for (let c = 0; c < reader.colCount; c++) {
    const parts: string[] = [];
    for (let k = 0; k < depth && r + k < reader.rowCount; k++) {
      if (banner[k]) continue;
      const t = reader.text(r + k, c);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    cols.push(parts.join(" "));
  }
  return cols;
}

interface HeaderHit {
  row: number;
  depth: number;
  columns: ColumnRole[];
  score: number;
}

function rowHasCode(reader: GridReader, r: number): boolean {
  for (let c = 0; c < Math.min(reader.colCount, 3); c++) if (codeFromCell(reader.value(r, c))) return true;
  return false;
}

function headerHere(reader: GridReader, r: number): HeaderHit | null {
  if (rowHasCode(reader, r) || reader.rowTexts(r).length < 2) return null;
  let best: HeaderHit | null = null;
  for (let depth = 1; depth <= 3 && r + depth <= reader.rowCount; depth++) {
    if (depth > 1 && rowHasCode(reader, r + depth - 1)) break;
    const columns = mapColumns(headerAt(reader, r, depth));
    const score = headerScore(columns);
    if (score > 0 && (!best || score > best.score)) best = { row: r, depth, columns, score };
  }
  return best;
}

// A repeated or new header row names the indicator column: a cheap test before the full header reading.
const HEADER_WORD = /^(stt|tt|số tt|s tt|mã|chỉ số|chỉ tiêu|tên chỉ|nội dung)/i;
function mayBeHeader(texts: readonly { text: string }[]): boolean {
  return texts.some((t) => t.text.length < 80 && HEADER_WORD.test(t.text.normalize("NFC")));
}

function cellOf(reader: GridReader, r: number, col: number): Cell {
  return { col, address: reader.address(r, col), text: reader.text(r, col), value: reader.value(r, col) };
}

function cellsOf(reader: GridReader, r: number, columns: readonly ColumnRole[]): Partial<Record<string, Cell>> {
  const out: Partial<Record<string, Cell>> = {};
  for (const c of columns) out[roleKey(c)] = cellOf(reader, r, c.col);
  return out;
}

function col(columns: readonly ColumnRole[], role: Role): ColumnRole | undefined {
  return columns.find((c) => c.role === role);
}

export interface FindOptions {
  edition?: EditionId;
  level?: Level;
}

/** The first header in the sheet's first 300 rows, or the better reading one or two rows lower (a wrapped header). */
function locateHeader(reader: GridReader): HeaderHit | null {
  let header: HeaderHit | null = null;
  for (let r = 0; r < Math.min(reader.rowCount, 300) && !header; r++) header = headerHere(reader, r);
  if (!header) return null;
  for (let r = header.row + 1; r <= header.row + 2; r++) {
    const h = headerHere(reader, r);
    if (h && h.score > header.score) header = h;
  }
  return header;
}

/** A group heading right above the first header ("I. NHÓM CHỈ TIÊU … (06)") opens the first group. */
function openingGroup(reader: GridReader, header: HeaderHit): GroupRow | null {
  for (let r = header.row - 1; r >= Math.max(0, header.row - 3); r--) {
    const texts = reader.rowTexts(r);
    if (texts.length === 0) continue;
    return isGroupHeading(texts, true) ? groupRow(reader, r, texts[0], header.columns) : null;
  }
  return null;
}

function groupRow(reader: GridReader, r: number, t: { col: number; text: string }, columns: ColumnRole[]): GroupRow {
  return { row: r, label: t.text, declared: declaredCount(t.text), cell: cellOf(reader, r, t.col), columns };
}

/** The table as read so far: what the reducer keeps from row to row. */
interface Scan extends TableBody {
  /** The columns of the latest header (a group may bring its own). */
  columns: ColumnRole[];
  /** The indicator a row without a number may continue. */
  prev: IndicatorRow | null;
  /** Whether the table numbers its rows (then an unnumbered row continues the one above). */
  sttUsed: boolean;
}

/** What one row of the table body is. */
type RowKind =
  | { kind: "blank" | "numbering" | "other" }
  | { kind: "end" }
  | { kind: "header"; hit: HeaderHit }
  | { kind: "pillar"; n: number | null; name: string; col: number }
  | { kind: "group"; text: { col: number; text: string } }
  | { kind: "total"; label: string }
  | { kind: "plan-heading" }
  | { kind: "continuation" }
  | { kind: "indicator"; naming: Naming };

/** How a row names itself: its number cell, its name, and a code read from either. */
interface Naming {
  texts: { col: number; text: string }[];
  sttCol: ColumnRole | undefined;
  nameCol: ColumnRole | undefined;
  sttValue: Raw;
  sttText: string;
  nameText: string;
  code: string | null;
  /** "1.1. " when the code is written at the head of the name. */
  prefix: string | null;
}

function readNaming(reader: GridReader, r: number, columns: readonly ColumnRole[], texts: { col: number; text: string }[]): Naming {
  const sttCol = col(columns, "stt");
  const nameCol = col(columns, "name");
  const sttValue = sttCol ? reader.value(r, sttCol.col) : null;
  const sttText = sttCol ? reader.text(r, sttCol.col) : "";
  let nameText = nameCol ? reader.text(r, nameCol.col) : "";
  let code = codeFromCell(sttValue) ?? (!sttCol ? codeFromCell(reader.value(r, texts[0].col)) : null);
  // "1.1. Tỷ lệ người sử dụng …": the code written at the head of the name (STT then counts rows).
  const prefixed = /^(\d)\s*[.,]\s*(\d{1,2})((?:\.\d{1,3}){0,2})\s*[.):-]?\s+(\D.*)$/.exec(nameText);
  let prefix: string | null = null;
  if (prefixed) {
    code ??= codeOf(prefixed[1], prefixed[2], prefixed[3]);
    nameText = prefixed[4];
    prefix = prefixed[0].slice(0, prefixed[0].length - prefixed[4].length);
  }
  return { texts, sttCol, nameCol, sttValue, sttText, nameText, code, prefix };
}

/** Pillars numbered in Roman ("I. HẠ TẦNG VÀ NỀN TẢNG SỐ") are pillar headings, not groups. */
function romanPillar(n: Naming): RowKind | null {
  const first = n.texts[0];
  const roman = ROMAN_PILLAR.exec(first.text);
  if (n.code || !roman || n.texts.length > 3 || /\bnhom\b/.test(foldText(first.text)) || /\(\d+\)\s*$/.test(first.text)) return null;
  if (!looksLikePillar(roman[2]) || recognizeName(roman[2])) return null;
  return { kind: "pillar", n: ROMAN_VALUE[roman[1].toUpperCase()] ?? pillarByName(roman[2]) ?? null, name: roman[2], col: first.col };
}

/** "1 | Hạ tầng và Nền tảng số", "1 Hạ tầng và Nền tảng số" in one merged cell, or a pillar's words alone. */
function numberedPillar(n: Naming): RowKind | null {
  if (n.code) return null;
  const { nameText, sttValue, sttText, texts } = n;
  const roman = ROMAN_VALUE[sttText.replace(/\.$/, "").toUpperCase()];
  const sttInt = typeof sttValue === "number" ? sttValue : /^\d+\.?$/.test(sttText) ? Number(sttText.replace(".", "")) : roman ?? NaN;
  // A numbered row is a pillar heading when it reads like one (a pillar's words, or a heading in capitals);
  // "1 | Tỷ lệ hồ sơ … | 50 | Văn phòng UBND" is a row of its own, numbered as the document numbers it.
  // A Roman number in its own cell ("I | HẠ TẦNG VÀ NỀN TẢNG SỐ") heads a pillar too, but not a group ("NHÓM … (06)").
  const group = roman !== undefined && (/\bnhom\b/.test(foldText(nameText)) || declaredCount(nameText) !== null);
  const heading = !group && (looksLikePillar(nameText) || (nameText === nameText.toUpperCase() && nameText.length <= 80));
  // A pillar's words in capitals ("CHÍNH QUYỀN SỐ") head a pillar even where they also read as an indicator's.
  const capitalPillar = nameText === nameText.toUpperCase() && looksLikePillar(nameText);
  if (Number.isInteger(sttInt) && sttInt >= 1 && sttInt <= 6 && nameText && (capitalPillar || !recognizeName(nameText)) && heading) {
    return { kind: "pillar", n: sttInt, name: nameText, col: n.nameCol?.col ?? texts[0].col };
  }
  const m = /^([1-6])\s*[.)-]?\s+(\D.*)$/.exec(texts[0].text);
  if (m && looksLikePillar(m[2]) && !recognizeName(m[2])) return { kind: "pillar", n: Number(m[1]), name: m[2], col: texts[0].col };
  // A heading known only by its words stands alone on its row ("an toàn thông tin," may be wrapped text).
  if (texts.length === 1 && !/^[a-zà-ỹđ]/.test(texts[0].text) && pillarByName(texts[0].text) && !recognizeName(texts[0].text)) {
    return { kind: "pillar", n: pillarByName(texts[0].text), name: texts[0].text, col: texts[0].col };
  }
  return null;
}

/** A row that is neither heading nor total: an indicator, the indicator above continued, a plan heading, or nothing. */
function bodyRow(reader: GridReader, r: number, n: Naming, scan: Scan): RowKind {
  const { columns, prev } = scan;
  const { nameText, sttText, code } = n;
  const filled = (c: ColumnRole) => reader.text(r, c.col) !== "" && !reader.isCovered(r, c.col);
  const hasOwnData = columns.some((c) => ["lead", "target", "targetPoints", "max", "a", "b"].includes(c.role) && filled(c));
  const nameMatch = nameText ? recognizeName(nameText) : null;
  // Once rows are numbered, a row without a number continues the one above (text wrapped or split by a page break).
  const leadCol = col(columns, "lead");
  const leadEmpty = !leadCol || reader.text(r, leadCol.col) === "";
  const startsLower = /^[a-zà-ỹđ]/.test(nameText);
  // A "-" bullet with a target of its own is a row of its own, as the document lists it; "a) …", "b) …"
  // explanation lines and method lines without a target continue the criterion above.
  const ownTarget = () => columns.some((c) => c.role === "target" && filled(c)) || extractTarget(nameText) !== null;
  // A name laid out from a fresh line (its cell starts with a line break) is listed like a bullet.
  const raw = n.nameCol ? reader.value(r, n.nameCol.col) : null;
  const freshLine = typeof raw === "string" && /^[ \t]*\r?\n/.test(raw);
  const bulletOwn = (isBullet(nameText) || freshLine) && ownTarget();
  const continues = prev !== null && n.sttCol !== undefined && sttText === "" && scan.sttUsed && !bulletOwn && (isExplanation(nameText) || nameText === "" || startsLower || leadEmpty);
  // "1.1. Mục tiêu chung": a numbered heading of a plan, not an indicator that happens to share a code.
  if (n.prefix !== null && !hasOwnData && !nameMatch && isPlanHeading(nameText)) return { kind: "plan-heading" };
  const isIndicator = !continues && (code !== null || nameMatch !== null || (nameText !== "" && (hasOwnData || !prev)));
  if (isIndicator) return { kind: "indicator", naming: n };
  return prev ? { kind: "continuation" } : { kind: "other" };
}

/** What row r of the body is, given the table read so far. */
function classifyRow(reader: GridReader, r: number, scan: Scan): RowKind {
  const texts = reader.rowTexts(r);
  if (texts.length === 0) return { kind: "blank" };
  if (isFooter(texts[0].text) && !codeFromCell(reader.value(r, texts[0].col))) return { kind: "end" };
  if (isColumnNumbers(texts)) return { kind: "numbering" };
  const again = mayBeHeader(texts) ? headerHere(reader, r) : null;
  if (again) return { kind: "header", hit: again };
  const n = readNaming(reader, r, scan.columns, texts);
  const roman = romanPillar(n);
  if (roman) return roman;
  if (!n.code && isGroupHeading(texts)) return { kind: "group", text: texts[0] };
  // Total row: "Tổng điểm", "Tổng cộng".
  const label = n.sttText || n.nameText || texts[0].text;
  if (!n.code && (isTotalLabel(foldText(label)) || isTotalLabel(n.nameText)) && !recognizeName(n.nameText)) return { kind: "total", label };
  return numberedPillar(n) ?? bodyRow(reader, r, n, scan);
}

/** Text wrapped onto the next row (or a page break) belongs to the indicator above. */
function continueRow(reader: GridReader, r: number, prev: IndicatorRow): void {
  for (const c of prev.columns) {
    const t = reader.text(r, c.col);
    if (!t || reader.isCovered(r, c.col)) continue;
    const cell = prev.cells[roleKey(c)];
    if (cell) cell.text = cell.text ? `${cell.text} ${t}` : t;
  }
  if (prev.nameCell) prev.name = prev.nameCell.text.slice(prev.namePrefix.length);
  prev.lastRow = r;
}

function indicatorRow(reader: GridReader, r: number, n: Naming, scan: Scan): IndicatorRow {
  const cells = cellsOf(reader, r, scan.columns);
  return {
    row: r,
    lastRow: r,
    code: n.code,
    codeCell: n.sttCol ? cells.stt ?? null : null,
    name: n.nameText,
    nameCell: n.nameCol ? cells.name ?? null : null,
    namePrefix: n.prefix ?? "",
    nameMatch: null,
    key: null,
    cells,
    columns: scan.columns,
    pillarIndex: scan.pillars.length ? scan.pillars.length - 1 : null,
    groupIndex: scan.groups.length ? scan.groups.length - 1 : null,
  };
}

/** Takes one classified row into the table; returns the last row it used (a header may span several). */
function applyRow(reader: GridReader, r: number, kind: RowKind, scan: Scan): number {
  const { columns } = scan;
  switch (kind.kind) {
    case "blank":
    case "numbering":
    case "other":
    case "end":
      return r;
    case "header":
      scan.columns = kind.hit.columns;
      scan.width = Math.max(scan.width, ...scan.columns.map((c) => c.col + 1));
      r += kind.hit.depth - 1;
      break;
    case "pillar":
      scan.pillars.push({ row: r, n: kind.n, name: kind.name.trim(), nameCell: cellOf(reader, r, kind.col), cells: cellsOf(reader, r, columns), columns });
      break;
    case "group":
      scan.groups.push(groupRow(reader, r, kind.text, columns));
      break;
    case "total":
      scan.totals.push({ row: r, label: kind.label, cells: cellsOf(reader, r, columns), columns });
      break;
    case "plan-heading":
      break;
    case "continuation":
      continueRow(reader, r, scan.prev!);
      scan.lastRow = r;
      return r;
    case "indicator": {
      const ind = indicatorRow(reader, r, kind.naming, scan);
      scan.indicators.push(ind);
      if (kind.naming.sttText !== "") scan.sttUsed = true;
      scan.prev = ind;
      scan.lastRow = r;
      return r;
    }
  }
  scan.prev = null;
  scan.lastRow = r;
  return r;
}

/** Finds and reads the DTI table of a sheet, or null when the sheet has none. */
export function findTable(grid: Grid, options: FindOptions = {}): ParsedTable | null {
  const reader = new GridReader(grid);
  const header = locateHeader(reader);
  if (!header) return null;
  const opening = openingGroup(reader, header);
  const scan: Scan = {
    columns: header.columns,
    indicators: [],
    pillars: [],
    groups: opening ? [opening] : [],
    totals: [],
    lastRow: header.row + header.depth - 1,
    width: Math.max(...header.columns.map((c) => c.col)) + 1,
    prev: null,
    sttUsed: false,
  };
  for (let r = header.row + header.depth; r < reader.rowCount; r++) {
    const kind = classifyRow(reader, r, scan);
    if (kind.kind === "end") break;
    r = applyRow(reader, r, kind, scan);
  }
  if (scan.indicators.length === 0) return null;
  return settle(grid, reader, header, scan, options);
}

/** What the table says of whose it is: its title, its rows' words, the agencies leading its rows (of its own level). */
function levelSignals(title: string, scan: Scan, option: Level | undefined): LevelSignals {
  const { indicators } = scan;
  const texts = (roles: readonly string[], skip = /$^/) => indicators.flatMap((ind) => ind.columns.filter((c) => roles.includes(c.role) && !skip.test(foldText(c.header))).map((c) => ind.cells[roleKey(c)]?.text ?? "")).filter(Boolean);
  return {
    option,
    title,
    rows: [...indicators.map((i) => i.name), ...texts(["target"])],
    leads: texts(["lead"], /cap tren/),
    groups: scan.groups.length > 0,
    headers: scan.columns.map((c) => c.header),
    anyCode: indicators.some((i) => i.code),
  };
}

/** The table's edition, level and each row's indicator, once every row is read. */
function settle(grid: Grid, reader: GridReader, header: HeaderHit, scan: Scan, options: FindOptions): ParsedTable {
  const { indicators, pillars, groups, totals } = scan;
  for (const ind of indicators) ind.nameMatch = ind.name ? matchName(ind.name) : null;
  const title = reader.textAbove(header.row).trim();
  const detected = options.edition ?? detectEdition(indicators);
  const signals = levelSignals(title, scan, options.level);
  const level = decideLevel(signals);
  for (const ind of indicators) ind.key = identify(ind, detected);
  let width = scan.width;
  for (const t of [...pillars, ...totals]) width = Math.max(width, ...t.columns.map((c) => c.col + 1));
  return {
    sheet: grid.name,
    headerRow: header.row,
    headerDepth: header.depth,
    columns: header.columns,
    title,
    indicators,
    pillars,
    groups,
    totals,
    lastRow: scan.lastRow,
    width,
    edition: detected,
    editionDetected: !options.edition,
    level: level.level,
    levelFrom: level.from,
    levelDisagree: level.disagree,
    levelSignals: signals,
    reader,
  };
}

const CONFIDENT = 0.55;

/** Decides the edition from codes and names: which numbering do the rows agree with? */
export function detectEdition(rows: readonly IndicatorRow[]): EditionId {
  const score: Record<string, number> = {};
  for (const e of EDITIONS) {
    let s = 0;
    for (const r of rows) {
      const m = r.nameMatch && r.nameMatch.score >= CONFIDENT ? r.nameMatch.key : null;
      const inEdition = m ? EDITION_KEYS[e.id].has(m) : false;
      if (r.code) {
        const k = keyForCode(e.id, r.code);
        if (!k) s -= 2;
        else if (m && k === m) s += 2;
        else if (m) s -= 1;
      }
      if (m) s += inEdition ? 1 : -2;
    }
    // 29 rows fit the 29-indicator structure, 27 the draft.
    if (rows.length === e.codes.length) s += 1;
    score[e.id] = s;
  }
  return score["qd405-29"] > score["draft-2025"] ? "qd405-29" : "draft-2025";
}

/** A code of three levels ("4.22.1") numbers a part of an indicator, not an indicator. */
export function isSubCode(code: string | null): boolean {
  return !!code && code.split(".").length > 2;
}

/**
 * The row's indicator, by what its wording means: the code's indicator when the wording agrees (or is
 * too short to judge), the wording's when it clearly names another indicator of this edition, none when
 * it names nothing. Without a code of this edition, this edition's wording first, then any edition's.
 */
function identify(r: IndicatorRow, edition: EditionId): string | null {
  if (isSubCode(r.code)) return null;
  const byCode = r.code ? keyForCode(edition, r.code) ?? null : null;
  if (byCode) {
    if (!r.name || r.name.split(/\s+/).length < 4) return byCode;
    const fit = nameFit(r.name, byCode);
    const nm = r.nameMatch;
    if (nm && nm.score >= 0.7 && nm.key !== byCode && EDITION_KEYS[edition].has(nm.key) && fit < nm.score - 0.15) return nm.key;
    if (fit < 0.35 && (!nm || nm.score < 0.5)) return null;
    return byCode;
  }
  if (!r.name) return null;
  return (recognizeName(r.name, EDITION_KEYS[edition]) ?? recognizeName(r.name))?.key ?? null;
}

/** How well a name fits a given indicator (0..1). */
export function nameFit(name: string, key: string): number {
  // Remembered: a table asks the same (name, indicator) pair for every copy of a row.
  const k = `${key}\u0000${name}`;
  let fit = fits.get(k);
  if (fit === undefined) {
    fit = matchName(name, new Set([key]))?.score ?? 0;
    if (fits.size > 50_000) fits.clear();
    fits.set(k, fit);
  }
  return fit;
}


const fits = new Map<string, number>();
