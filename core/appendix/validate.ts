// Checks an appendix or scoring table: findings as data (rule, severity, cell, indicator) and the projected score.
import { codeForKey, resolveIndicator, type EditionId } from "../catalog";
import { CellError } from "../errors";
import { GridReader, sheetRow, type Grid } from "../grid";
import { round2 } from "../scoring";
import { targetScore } from "../targets";
import { findTrackingList, trackingRule, type TrackingList, type TrackingRow } from "./tracking";
import { foldText } from "../values";
import { checkAgencies } from "./checks/agencies";
import { ARITHMETIC_RULES, checkOwnArithmetic, checkScoreColumns } from "./checks/arithmetic";
import { Collector, type Finding, type Params } from "./checks/collector";
import { checkRequiredColumns } from "./checks/columns";
import { cellFor, readTargetCell, targetColumns, type CheckOptions, type Context, type RowCheck, type TableCheck } from "./checks/context";
import { checkCoverage } from "./checks/coverage";
import { checkIdentity } from "./checks/identity";
import { checkAgainstPlan } from "./checks/plan";
import { checkGroupCounts, checkPillarNames, checkPlacement } from "./checks/placement";
import { checkMaxima, checkTargetPoints, checkTotals } from "./checks/scoring";
import { checkTargets } from "./checks/targets";
import { checkOwnUnits, OWN_UNIT_RULES } from "./checks/units";
import { classifyTable, sheetTitle, type TableClass } from "./classify";
import "./messages";
import { decideLevel, levelFromTitle } from "./level";
import { findTable, type Cell, type Level, type ParsedTable } from "./table";
import { unitFromTitle } from "./unit";

import type { RuleId } from "./checks/rules";
export type { RuleId, Severity } from "./checks/rules";
export type { Finding } from "./checks/collector";
export type { CheckOptions } from "./checks/context";

export interface UnscoredIndicator {
  code: string;
  key: string;
  row: number;
  reason: "qualitative" | "max-not-published" | "rule-not-published" | "missing" | "unit-mismatch";
}

export interface Projection {
  /** Points per pillar if every target is met exactly; null where no indicator of the pillar can be scored. */
  pillars: Record<string, number | null>;
  total: number;
  unscored: UnscoredIndicator[];
}

export interface CheckReport {
  sheet: string | null;
  /** The unit the table belongs to, when its title names one ("Xã Đại Phước", "Sở Y tế"). */
  unit?: string | null;
  /** The edition the table follows; null when it follows neither (another framework, or no DTI table). */
  edition: EditionId | null;
  level: Level;
  indicators: { row: number; code: string | null; key: string | null; name: string }[];
  findings: Finding[];
  projection: Record<string, Projection>;
  /** A tracking list's rows (commitments with their targets and results), when the sheet holds one. */
  tracking?: TrackingRow[];
  /** Rows read as indicators, those recognised (with a key), and the rest. */
  summary?: { rows: number; recognised: number; unrecognised: number };
}

// The checks, in the order their findings are listed: per row, then over the table.
export const ROW_CHECKS: readonly RowCheck[] = [checkIdentity, checkPlacement, checkAgencies, checkTargets, checkRequiredColumns];
export const TABLE_CHECKS: readonly TableCheck[] = [checkGroupCounts, checkPillarNames, checkCoverage, checkMaxima, checkTargetPoints, checkTotals, checkScoreColumns, checkAgainstPlan];
/** Rules raised here rather than by a check: a sheet without a table, a table of another kind, a tracking list's rows. */
export const REPORT_RULES: readonly RuleId[] = ["header-not-found", "framework-other", "table-not-dti", "target-not-met", "result-missing", "result-unreadable", "target-unreadable"];
/** Every rule some part of the checker may raise, as declared. */
export const DECLARED_RULES: ReadonlySet<RuleId> = new Set([...ROW_CHECKS, ...TABLE_CHECKS].flatMap((c) => c.rules).concat(OWN_UNIT_RULES, REPORT_RULES, ARITHMETIC_RULES));

/** Checks one sheet. Never throws on odd content: what it cannot read becomes a finding. */
export function validateAppendix(grid: Grid, options: CheckOptions = {}): CheckReport {
  const lang = options.lang ?? "vi";
  const list = findTrackingList(grid);
  if (list) return checkTracking(grid, list, options);
  const table = findTable(grid, { edition: options.edition, level: options.level });
  const kind = classifyTable(grid, table, options.edition);
  if (kind.kind === "framework-other" || kind.kind === "not-dti") return describeOther(grid, table, kind, options);
  if (!table) {
    const out = new Collector(lang, options.level ?? "province");
    out.add("header-not-found", null, null);
    // No DTI table was found: no edition is claimed (unless the user named one).
    return { sheet: grid.name ?? null, unit: null, edition: options.edition ?? null, level: options.level ?? "province", indicators: [], findings: out.findings, projection: {} };
  }
  const edition = table.edition;
  const codeOf = (key: string | null, fallback: string | null) => (key ? codeForKey(edition, key) ?? fallback : fallback);
  const ctx: Context = { grid, table, edition, options, lang, out: new Collector(lang, table.level), seen: new Map() };
  for (const ind of table.indicators) {
    const who = { code: codeOf(ind.key, ind.code), key: ind.key };
    for (const check of ROW_CHECKS) {
      if (ctx.out.within(check.rules, () => check.run(ind, who, ctx)) === "stop") break;
    }
    // A row outside the catalog is still held to its own unit.
    if (!ind.key) ctx.out.within(OWN_UNIT_RULES, () => checkOwnUnits(ind, null, ctx.out));
  }
  for (const check of TABLE_CHECKS) ctx.out.within(check.rules, () => check.run(ctx));
  const out = ctx.out;

  const projection: Record<string, Projection> = {};
  for (const c of targetColumns(table.columns)) projection[String(c.year ?? "target")] = project(table, edition, c.year);
  for (const g of table.groups) for (const c of targetColumns(g.columns)) projection[String(c.year ?? "target")] ??= project(table, edition, c.year);

  return {
    sheet: grid.name ?? null,
    unit: unitFromTitle(table.title),
    edition,
    level: table.level,
    indicators: table.indicators.map((i) => ({ row: sheetRow(grid, i.row), code: codeOf(i.key, i.code), key: i.key, name: i.name })),
    findings: out.findings,
    projection,
    summary: counted(table.indicators.map((i) => i.key)),
  };

}

function counted(keys: readonly (string | null)[]): NonNullable<CheckReport["summary"]> {
  const recognised = keys.filter((k) => k).length;
  return { rows: keys.length, recognised, unrecognised: keys.length - recognised };
}

/**
 * A table of another framework, or no DTI table: described, not failed. No catalog finding is raised;
 * a row names an indicator only where its wording means it (a colliding code alone does not).
 */
function describeOther(grid: Grid, table: ParsedTable | null, kind: Extract<TableClass, { kind: "framework-other" | "not-dti" }>, options: CheckOptions): CheckReport {
  const out = new Collector(options.lang ?? "vi");
  const title = sheetTitle(grid, table);
  // The title, the rows' wording and the leads say the level here; numbering says nothing of another framework's table.
  const level = decideLevel({ ...(table?.levelSignals ?? { title, rows: [], leads: [], groups: false, headers: [] }), option: options.level, anyCode: true });
  const { agreeing, because, set } = kind.evidence;
  const params: Params = { rows: kind.evidence.rows, agreeing, because };
  if (level.disagree) params.levelFrom = level.from;
  if (kind.kind === "framework-other") {
    const own = { matched: set?.matched ?? agreeing, criteria: set?.criteria ?? kind.evidence.rows, maxTotal: set?.maxTotal ?? null };
    out.add("framework-other", null, null, { ...params, framework: kind.framework, ...own }, kind.framework ? "framework-other" : set?.maxTotal != null ? "framework-other-set" : "framework-other-own");
    // What is true of any scored table still holds: scores within their own maxima, totals that add up.
    if (table) out.within(ARITHMETIC_RULES, () => checkOwnArithmetic(table, out));
  } else out.add("table-not-dti", null, null, { ...params, kind: kind.what }, `table-not-dti-${kind.what}`);
  const rows = (table?.indicators ?? []).map((i) => {
    // Wording that means an indicator: a strong match on a row of some words (a short heading matches too easily).
    const key = i.nameMatch && i.nameMatch.score >= 0.7 && i.name.split(/\s+/).length >= 4 ? i.nameMatch.key : null;
    return { row: sheetRow(grid, i.row), code: i.code, key, name: i.name };
  });
  return {
    sheet: grid.name ?? null,
    unit: unitFromTitle(title),
    edition: null,
    level: level.level,
    indicators: rows,
    findings: out.findings,
    projection: {},
    summary: counted(rows.map((r) => r.key)),
  };
}

/**
 * A tracking list: one finding per commitment that is not met, has no result yet, has a result that
 * cannot be read, or states no measurable target.
 */
function checkTracking(grid: Grid, list: TrackingList, options: CheckOptions): CheckReport {
  const out = new Collector(options.lang ?? "vi");
  const at = (address: string) => ({ address }) as Cell;
  for (const r of list.rows) {
    const rule = trackingRule(r);
    if (rule === "target-met") continue;
    const who = r.indicator ? { code: r.indicator.codes[options.edition ?? "draft-2025"] ?? Object.values(r.indicator.codes)[0] ?? null, key: r.indicator.key } : null;
    const cell = at(rule === "target-unreadable" ? r.textCell : r.resultCell);
    const target = r.targetValue && r.targetValue.kind !== "qualitative" ? r.targetValue.value : null;
    out.add(rule, cell, who, rule === "target-unreadable" ? { text: r.text } : { target: r.target, result: r.result, targetValue: target, resultValue: r.resultValue });
  }
  const reader = new GridReader(grid);
  const title = reader.textAbove(list.headerRow - sheetRow(grid, 0));
  const level = options.level ?? levelFromTitle(title) ?? (/^\s*(xa|phuong)\b/.test(foldText(title)) ? "commune" : "province");
  return { sheet: grid.name ?? null, unit: unitFromTitle(title), edition: options.edition ?? "draft-2025", level, indicators: [], findings: out.findings, projection: {}, tracking: list.rows };
}

/** How much of a DTI table a report found: recognised indicators, or a tracking list's rows. */
const weight = (r: CheckReport) => r.indicators.length + (r.tracking?.length ?? 0);

/** Checks every sheet and keeps the one whose table has the most recognised indicators (the first on a tie). */
export function validateSheets(grids: readonly Grid[], options: CheckOptions = {}): CheckReport {
  let best: CheckReport | null = null;
  for (const g of grids) {
    const r = validateAppendix(g, options);
    if (!best || weight(r) > weight(best)) best = r;
  }
  return best ?? validateAppendix({ values: [] }, options);
}

/** Points per pillar and in total if every target of a year is met exactly. */
function project(table: ParsedTable, edition: EditionId, year: number | null): Projection {
  const sums = new Map<number, number>();
  const scoredPillars = new Set<number>();
  const present = new Set<number>();
  const unscored: UnscoredIndicator[] = [];
  const done = new Set<string>();
  for (const ind of table.indicators) {
    if (!ind.key || done.has(ind.key)) continue;
    done.add(ind.key);
    const r = resolveIndicator(ind.key, edition);
    if (r instanceof CellError) continue;
    const pillar = r.indicator.pillar;
    present.add(pillar);
    const base = { code: r.code, key: ind.key, row: table.reader.sheetRow(ind.row) };
    const col = targetColumns(ind.columns).find((c) => c.year === year);
    const cell = col ? cellFor(ind, col) : undefined;
    if (!r.indicator.rule) {
      unscored.push({ ...base, reason: "rule-not-published" });
      continue;
    }
    if (r.max === null) {
      unscored.push({ ...base, reason: "max-not-published" });
      continue;
    }
    if (!cell || cell.text === "") {
      unscored.push({ ...base, reason: "missing" });
      scoredPillars.add(pillar);
      continue;
    }
    const t = readTargetCell(cell, r);
    if (!t || t.kind === "qualitative") {
      unscored.push({ ...base, reason: "qualitative" });
      scoredPillars.add(pillar);
      continue;
    }
    const points = targetScore(t, r, year);
    if (points instanceof CellError) {
      unscored.push({ ...base, reason: "unit-mismatch" });
      scoredPillars.add(pillar);
      continue;
    }
    sums.set(pillar, (sums.get(pillar) ?? 0) + points);
    scoredPillars.add(pillar);
  }
  const pillars: Record<string, number | null> = {};
  let total = 0;
  for (const n of [1, 2, 3, 4, 5, 6]) {
    if (!present.has(n)) continue;
    const v = scoredPillars.has(n) ? round2(sums.get(n) ?? 0) : null;
    pillars[String(n)] = v;
    if (v !== null) total += v;
  }
  return { pillars, total: round2(total), unscored };
}

