// What kind of table a sheet holds, decided before it is judged: a DTI table of a known edition, a table
// of another DTI-family framework, or no DTI table at all — from the evidence the sheet holds.
import { keyForCode, type EditionId } from "../catalog";
import { GridReader, type Grid } from "../grid";
import { foldText } from "../values";
import { getEdition } from "../catalog";
import { cellFor, parseNumberCell } from "./checks/context";
import { maximaColumn } from "./checks/scoring";
import { pillarByName, recognizeName } from "./recognize";
import { isBullet, isNumberedHeading } from "./rows";
import { isSubCode, nameFit, type ParsedTable } from "./table";

export type NotDtiKind = "ranking" | "results" | "other-index" | "plan-text" | "targets" | "other";

export type TableClass =
  | { kind: "dti"; edition: EditionId }
  | { kind: "framework-other"; framework: string | null; evidence: Evidence }
  | { kind: "not-dti"; what: NotDtiKind; evidence: Evidence }
  | { kind: "none" };

export interface Evidence {
  rows: number;
  /** Rows whose wording (or code and wording together) means a catalog indicator. */
  agreeing: number;
  /** The title words that decided, folded ("922/qd-btttt", "xep hang"). */
  because: string | null;
  /** A set of its own with points: its criteria, those that are DTI indicators, and its maxima's sum. */
  set?: { criteria: number; matched: number; maxTotal: number | null };
}

/** The text above the table (or the sheet's first rows when there is no table): titles say what a table is. */
export function sheetTitle(grid: Grid, table: ParsedTable | null): string {
  if (table) return table.title;
  const reader = new GridReader(grid);
  const out: string[] = [];
  for (let r = 0; r < Math.min(reader.rowCount, 12); r++) out.push(...reader.rowTexts(r).map((t) => t.text));
  return out.join(" ");
}

const FRAMEWORK_922 = /\b922\s*\/\s*qd|\bqd\s*(so\s*)?922\b|quyet dinh (so )?922\b/;
const RANKING = /\b(bang )?xep hang\b|\bthu hang\b|\bket qua (danh gia|xep hang)\b/;
const OTHER_INDEX = /\bict index\b|san sang cho phat trien va ung dung|chi so cai cach hanh chinh|\bpar index\b|\bsipas\b|\bpapi\b|\bpci\b|moi truong rung|chi tra dich vu|chi so hai long|chi so nang luc canh tranh|chi so doi moi sang tao|\bpii\b/;
const DTI_WORDS = /\bchuyen doi so\b|\bdti\b|\bcds\b/;
const OWN_INDEX = /\b(bo chi so|bo tieu chi|tieu chi danh gia|chi so danh gia)\b/;

/** Rows that are criteria of their own (parts of an indicator, "4.22.1", are not counted apart). */
const criteriaOf = (table: ParsedTable) => table.indicators.filter((i) => !isSubCode(i.code));

/** Rows that mean a catalog indicator: by wording, or by a code whose indicator the wording fits. */
function agreeing(table: ParsedTable): number {
  let n = 0;
  for (const ind of criteriaOf(table)) {
    if (!ind.key) continue;
    if (ind.nameMatch && ind.nameMatch.score >= 0.55 && ind.nameMatch.key === ind.key) {
      n++;
      continue;
    }
    const codeKey = ind.code ? keyForCode(table.edition, ind.code) : undefined;
    if (codeKey && codeKey === ind.key && (!ind.name || nameFit(ind.name, codeKey) >= 0.35)) n++;
  }
  return n;
}

/** A sheet of numbered headings and sentences, one text per row: a plan's body, not a table. */
function looksLikePlanText(grid: Grid): boolean {
  const reader = new GridReader(grid);
  let headings = 0;
  let sentences = 0;
  let rows = 0;
  for (let r = 0; r < Math.min(reader.rowCount, 400); r++) {
    const texts = reader.rowTexts(r);
    if (!texts.length) continue;
    rows++;
    if (texts.length > 2) continue;
    const t = texts[0].text;
    if (isNumberedHeading(t)) headings++;
    else if (isBullet(t) || t.length > 60) sentences++;
  }
  return rows >= 5 && headings >= 2 && headings + sentences >= rows * 0.6;
}

/**
 * Classifies a sheet. A table whose rows mostly mean catalog indicators is a DTI table (its edition as
 * detected); otherwise the title and the rows decide between another framework, a ranking or results
 * table, another index, or plan text. `forced` (the user's --edition) makes any table a DTI table.
 */
export function classifyTable(grid: Grid, table: ParsedTable | null, forced?: EditionId): TableClass {
  const title = foldText(sheetTitle(grid, table));
  if (table && forced) return { kind: "dti", edition: forced };
  const rows = table ? criteriaOf(table).length : 0;
  const agree = table ? agreeing(table) : 0;
  const set = table ? ownSet(table, agree) : undefined;
  const evidence = (because: string | null): Evidence => ({ rows, agreeing: agree, because, ...(set ? { set } : {}) });
  // Its own maxima, not the edition's: a set of its own, however many of its criteria are DTI indicators.
  if (table && set && ownMaxima(table)) return { kind: "framework-other", framework: null, evidence: evidence("diem toi da") };
  // Mostly catalog indicators: a DTI table, whatever its title says (an appendix quotes its own plan's title).
  if (table && agree >= 3 && agree >= rows * 0.5) return { kind: "dti", edition: table.edition };
  if (FRAMEWORK_922.test(title)) return { kind: "framework-other", framework: "922/QĐ-BTTTT", evidence: evidence("922/qd-btttt") };
  const headerText = table ? foldText(table.columns.map((c) => c.header).join(" ")) : "";
  const ranking = RANKING.exec(title) ?? RANKING.exec(headerText) ?? (table ? null : rankingHeader(grid));
  if (ranking) return { kind: "not-dti", what: "ranking", evidence: evidence(ranking[0]) };
  const other = OTHER_INDEX.exec(title);
  if (other) return { kind: "not-dti", what: "other-index", evidence: evidence(other[0]) };
  if (!table) {
    if (looksLikePlanText(grid)) return { kind: "not-dti", what: "plan-text", evidence: evidence(null) };
    // A table under a header of other words, none of its rows a catalog indicator: not a DTI table we failed to read.
    const other = otherTable(grid);
    return other ? { kind: "not-dti", what: other, evidence: evidence(null) } : { kind: "none" };
  }
  // Scored criteria under the DTI's own pillar headings: a set of its own built on the DTI's frame.
  const scored = table.columns.some((c) => c.role === "max" || c.role === "self" || c.role === "verified");
  if (scored && table.pillars.filter((p) => pillarByName(p.name) !== null).length >= 3) return { kind: "framework-other", framework: null, evidence: evidence("tru cot dti") };
  const dti = DTI_WORDS.exec(title);
  if (dti) {
    const own = OWN_INDEX.exec(title);
    // A local index ("bộ chỉ số … của các sở, ngành") or another DTI-family table: no published framework to name.
    return { kind: "framework-other", framework: null, evidence: evidence(own?.[0] ?? dti[0]) };
  }
  // A few rows that happen to fit, under a title that never speaks of digital transformation.
  if (agree >= 3 && agree >= rows * 0.3) return { kind: "dti", edition: table.edition };
  const roles = new Set(table.columns.map((c) => c.role));
  const what: NotDtiKind = roles.has("target") ? "targets" : ["result", "score", "ratio", "self", "verified"].some((r) => roles.has(r as never)) ? "results" : "other";
  return { kind: "not-dti", what, evidence: evidence(null) };
}

/** A table with maxima of its own: its criteria, how many are DTI indicators, and the sum of its maxima. */
function ownSet(table: ParsedTable, matched: number): Evidence["set"] {
  const max = maximaColumn(table, table.edition);
  if (!max) return undefined;
  const criteria = criteriaOf(table);
  const maxima = criteria.map((i) => parseNumberCell(cellFor(i, max))).filter((v): v is number => v !== null);
  return { criteria: criteria.length, matched, maxTotal: maxima.length ? Math.round(maxima.reduce((s, v) => s + v, 0) * 100) / 100 : null };
}

/** Most criteria that are catalog indicators carry a maximum other than the edition's. */
function ownMaxima(table: ParsedTable): boolean {
  // Of several maxima columns (an old decision's and the draft's), the one closest to the edition.
  const max = maximaColumn(table, table.edition);
  if (!max) return false;
  const ed = getEdition(table.edition);
  let stated = 0;
  let same = 0;
  for (const i of criteriaOf(table)) {
    const v = parseNumberCell(cellFor(i, max));
    if (!i.key || v === null || ed.maxima[i.key] === undefined) continue;
    stated++;
    if (v === ed.maxima[i.key]) same++;
  }
  return stated >= 3 && same < stated * 0.5;
}

/** A sheet whose rows make a table (three or more rows of three or more cells) with no catalog indicator among them. */
function otherTable(grid: Grid): NotDtiKind | null {
  const reader = new GridReader(grid);
  let tableRows = 0;
  let indicators = 0;
  let targets = false;
  for (let r = 0; r < Math.min(reader.rowCount, 400); r++) {
    const texts = reader.rowTexts(r);
    if (texts.length >= 3) tableRows++;
    for (const t of texts) {
      if (t.text.length >= 20 && recognizeName(t.text)) indicators++;
      if (/(muc tieu|chi tieu)/.test(foldText(t.text)) && t.text.length < 60) targets = true;
    }
  }
  if (tableRows < 3 || indicators >= 3) return null;
  return targets ? "targets" : "other";
}

/** A header row naming ranks and the units ranked, in the sheet's first rows. */
function rankingHeader(grid: Grid): RegExpExecArray | null {
  const reader = new GridReader(grid);
  for (let r = 0; r < Math.min(reader.rowCount, 30); r++) {
    const texts = reader.rowTexts(r).map((t) => foldText(t.text));
    if (texts.length < 2) continue;
    const rank = texts.map((t) => /^(xep hang|thu hang|hang)\b/.exec(t)).find(Boolean);
    if (rank && texts.some((t) => /\b(tinh|thanh pho|don vi|dia phuong|xa|huyen|so|nganh)\b/.test(t))) return rank;
  }
  return null;
}
