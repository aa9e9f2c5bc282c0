// Checks an appendix or scoring table: findings as data (rule, severity, cell, indicator) and the projected score.
import { codeForKey, getEdition, getIndicator, getPillar, keyForCode, listIndicators, nameIn, resolveIndicator, type EditionId, type Resolved } from "../catalog";
import { CellError } from "../errors";
import { GridReader, type Grid } from "../grid";
import { formatMessage, formatNumber, formatPercent, type Lang } from "../i18n";
import { round2, scoreRatio, thresholdFor } from "../scoring";
import { parseTarget, readTargetValue, targetRatio, targetScore, type Target } from "../targets";
import { foldText, toNumber, type Raw } from "../values";
import { splitAgencies } from "./agencies";
import type { ColumnRole } from "./columns";
import "./messages";
import { extractPlanTargets } from "./plan";
import { pillarByName } from "./recognize";
import { findTable, levelFromTitle, nameFit, type Cell, type IndicatorRow, type Level, type ParsedTable } from "./table";
import { unitFromTitle } from "./unit";
import { classifyTable, sheetTitle, type TableClass } from "./classify";
import { findTrackingList, trackingRule, type TrackingList, type TrackingRow } from "../tracking";

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "header-not-found" | "indicator-unknown" | "code-name-mismatch" | "indicator-duplicate" | "indicator-missing"
  | "group-count-mismatch" | "pillar-misplaced" | "pillar-name-mismatch" | "lead-missing" | "lead-multiple"
  | "lead-collective" | "lead-also-coordinator" | "target-missing" | "target-qualitative" | "target-unit-mismatch"
  | "target-over-100" | "target-regression" | "target-below-full-points" | "basis-missing" | "tasks-missing"
  | "max-mismatch" | "target-points-over-max" | "total-mismatch" | "target-plan-mismatch"
  | "target-not-met" | "result-missing" | "result-unreadable" | "target-unreadable"
  | "framework-other" | "table-not-dti";

type Params = Record<string, string | number | null>;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** A1 address, or null when the finding is about the table as a whole (a missing indicator). */
  cell: string | null;
  /** 1-based sheet row, or null. */
  row: number | null;
  /** The indicator's code in the table's edition (or as written, when unrecognised). */
  code: string | null;
  key: string | null;
  message: string;
  /** The numbers behind the message (stated, sum, forgone points …), for tests and machines. */
  params: Params;
}

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

export interface CheckOptions {
  edition?: EditionId;
  level?: Level;
  lang?: Lang;
  /** The plan's own text (its body), to compare the targets it states with the appendix's. */
  planText?: string;
}

class Collector {
  readonly findings: Finding[] = [];
  constructor(private readonly lang: Lang) {}

  add(rule: RuleId, severity: Severity, cell: Cell | null, ind: { code: string | null; key: string | null } | null, params: Params = {}, messageKey?: string): void {
    const row = cell ? Number(/\d+$/.exec(cell.address)![0]) : null;
    this.findings.push({
      rule,
      severity,
      cell: cell?.address ?? null,
      row,
      code: ind?.code ?? null,
      key: ind?.key ?? null,
      message: formatMessage(messageKey ?? rule, params, this.lang),
      params,
    });
  }
}

function parseNumberCell(c: Cell | undefined): number | null {
  if (!c) return null;
  const v = toNumber(c.value as Raw);
  if (typeof v === "number") return v;
  const t = toNumber(c.text);
  return typeof t === "number" ? t : null;
}

/** "20/30" → 20 (the points); plain numbers as they are. */
function pointsOf(c: Cell | undefined): { points: number; scale: number | null } | null {
  if (!c || c.text === "") return null;
  if (typeof c.value === "number") return { points: c.value, scale: null };
  const t = parseTarget(c.text, "points");
  if (t && t.kind === "points") return { points: t.value, scale: Number.isFinite(t.scale) ? t.scale : null };
  return null;
}

function targetColumns(cols: readonly ColumnRole[]): ColumnRole[] {
  return cols.filter((c) => c.role === "target").sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
}

function cellFor(ind: IndicatorRow, c: ColumnRole): Cell | undefined {
  const k = c.role === "target" || c.role === "score" || c.role === "result" ? `${c.role}:${c.year ?? ""}` : c.role === "max" ? `max:${c.col}` : c.role;
  return ind.cells[k];
}

function readTargetCell(c: Cell, r: Resolved | null): Target | null {
  return readTargetValue(typeof c.value === "number" ? c.value : c.text, r?.indicator.ratio?.share === false);
}

function comparable(t: Target | null): number | null {
  if (!t) return null;
  if (t.kind === "percent" || t.kind === "rate") return t.value;
  if (t.kind === "count") return t.value / t.total;
  if (t.kind === "rank") return -t.value;
  return null;
}

/** Checks one sheet. Never throws on odd content: what it cannot read becomes a finding. */
export function validateAppendix(grid: Grid, options: CheckOptions = {}): CheckReport {
  const lang = options.lang ?? "vi";
  const list = findTrackingList(grid);
  if (list) return checkTracking(grid, list, options);
  const table = findTable(grid, { edition: options.edition, level: options.level });
  const out = new Collector(lang);
  const kind = classifyTable(grid, table, options.edition);
  if (kind.kind === "framework-other" || kind.kind === "not-dti") return describeOther(grid, table, kind, options);
  if (!table) {
    out.add("header-not-found", "error", null, null);
    return { sheet: grid.name ?? null, unit: null, edition: options.edition ?? "draft-2025", level: options.level ?? "province", indicators: [], findings: out.findings, projection: {} };
  }
  const edition = table.edition;
  const codeOf = (key: string | null, fallback: string | null) => (key ? codeForKey(edition, key) ?? fallback : fallback);
  const seen = new Map<string, IndicatorRow>();

  for (const ind of table.indicators) {
    const code = codeOf(ind.key, ind.code);
    const who = { code, key: ind.key };
    const anchor = ind.nameCell ?? ind.codeCell;
    // Identity.
    if (!ind.key) {
      out.add("indicator-unknown", "error", anchor, { code: ind.code, key: null }, { text: ind.name || ind.code || "" });
      continue;
    }
    if (ind.code && ind.name) {
      const codeKey = keyForCode(edition, ind.code);
      const nm = ind.nameMatch;
      if (!codeKey && nm && nm.score >= 0.7) {
        out.add("code-name-mismatch", "error", ind.codeCell ?? anchor, who, { code: ind.code, edition, nameCode: codeForKey(edition, ind.key) ?? "" }, "code-unknown");
      } else if (codeKey && (!nm || nm.score < 0.5) && nameFit(ind.name, codeKey) < 0.35) {
        // The name fits no indicator, least of all the one its code names.
        out.add("code-name-mismatch", "error", anchor, who, { code: ind.code, codeName: nameIn(edition, getIndicator(codeKey)!), text: ind.name, nameCode: null, nameKey: null }, "name-not-code");
      } else if (codeKey && nm && nm.score >= 0.7 && nm.key !== codeKey && nameFit(ind.name, codeKey) < nm.score - 0.15) {
        const nameCode = codeForKey(edition, nm.key) ?? `${codeForKey(edition === "draft-2025" ? "qd405-29" : "draft-2025", nm.key) ?? "?"} (${edition === "draft-2025" ? "qd405-29" : "draft-2025"})`;
        out.add("code-name-mismatch", "error", anchor, who, { code: ind.code, codeName: nameIn(edition, getIndicator(codeKey)!), text: ind.name, nameCode, nameKey: nm.key });
      }
    }
    const first = seen.get(ind.key);
    if (first) {
      out.add("indicator-duplicate", "error", anchor, who, { code, firstRow: first.row + 1 + (grid.origin?.row ?? 0) });
      continue;
    }
    seen.set(ind.key, ind);
    const indicator = getIndicator(ind.key)!;

    // Placement under pillar headings.
    if (ind.pillarIndex !== null) {
      const heading = table.pillars[ind.pillarIndex];
      if (heading.n !== null && heading.n !== indicator.pillar) {
        out.add("pillar-misplaced", "error", anchor, who, { code, pillar: indicator.pillar, heading: heading.n });
      }
    }

    checkAgencies(ind, who, out);
    checkTargets(ind, who, edition, out);

    for (const [role, rule] of [["basis", "basis-missing"], ["tasks", "tasks-missing"]] as const) {
      const c = ind.columns.find((x) => x.role === role);
      if (c && (cellFor(ind, c)?.text ?? "") === "") out.add(rule, "warning", cellFor(ind, c) ?? null, who, { code });
    }
  }

  // Group headings that declare how many indicators they hold.
  table.groups.forEach((g, i) => {
    if (g.declared === null) return;
    const count = table.indicators.filter((x) => x.groupIndex === i).length;
    if (count !== g.declared) out.add("group-count-mismatch", "error", g.cell, null, { declared: g.declared, count });
  });

  // Pillar headings with the wrong name.
  for (const p of table.pillars) {
    if (p.n === null) continue;
    const byName = pillarByName(p.name);
    if (byName !== p.n) {
      out.add("pillar-name-mismatch", "warning", p.nameCell, null, { n: p.n, stated: p.name, expected: getPillar(p.n)!.vi });
    }
  }

  // Indicators the edition has and the table does not.
  if (table.indicators.length > 0) {
    for (const r of listIndicators(edition)) {
      if (seen.has(r.indicator.key)) continue;
      out.add("indicator-missing", table.level === "province" ? "error" : "info", null, { code: r.code, key: r.indicator.key }, { code: r.code, name: nameIn(edition, r.indicator) });
    }
  }

  checkScoringColumns(table, edition, out);
  if (options.planText) checkAgainstPlan(options.planText);

  const projection: Record<string, Projection> = {};
  for (const c of targetColumns(table.columns)) projection[String(c.year ?? "target")] = project(table, edition, c.year);
  for (const g of table.groups) for (const c of targetColumns(g.columns)) projection[String(c.year ?? "target")] ??= project(table, edition, c.year);

  return {
    sheet: grid.name ?? null,
    unit: unitFromTitle(table.title),
    edition,
    level: table.level,
    indicators: table.indicators.map((i) => ({ row: i.row + 1 + (grid.origin?.row ?? 0), code: codeOf(i.key, i.code), key: i.key, name: i.name })),
    findings: out.findings,
    projection,
    summary: counted(table.indicators.map((i) => i.key)),
  };

  function checkAgainstPlan(planText: string): void {
    const said = new Set<string>();
    for (const pt of extractPlanTargets(planText, [...seen.keys()])) {
      const ind = seen.get(pt.key)!;
      const col = targetColumns(ind.columns).find((c) => c.year === pt.year);
      const cell = col ? cellFor(ind, col) : undefined;
      if (!cell || cell.text === "") continue;
      const r = resolveIndicator(pt.key, edition);
      const t = readTargetCell(cell, r instanceof CellError ? null : r);
      const a = comparable(t);
      const b = comparable(pt.target);
      const once = `${pt.key}@${pt.year}@${b}`;
      if (!t || a === null || b === null || t.kind !== pt.target.kind || Math.abs(a - b) < 1e-9 || said.has(once)) continue;
      said.add(once);
      const code = codeForKey(edition, pt.key) ?? null;
      out.add("target-plan-mismatch", "warning", cell, { code, key: pt.key }, { code, year: pt.year, target: cell.text, plan: pt.target.text, sentence: pt.sentence.slice(0, 300) });
    }
  }

  function checkAgencies(ind: IndicatorRow, who: { code: string | null; key: string | null }, c: Collector): void {
    const leadCol = ind.columns.find((x) => x.role === "lead");
    if (!leadCol) return;
    const leadCell = cellFor(ind, leadCol)!;
    const leads = splitAgencies(leadCell.text);
    if (leads.length === 0) {
      c.add("lead-missing", "error", leadCell, who, { code: who.code });
      return;
    }
    const named = leads.filter((a) => !a.collective);
    if (named.length >= 2) c.add("lead-multiple", "error", leadCell, who, { code: who.code, count: named.length, leads: named.map((a) => a.text).join("; ") });
    const collective = leads.filter((a) => a.collective);
    if (collective.length > 0) c.add("lead-collective", "warning", leadCell, who, { code: who.code, lead: collective.map((a) => a.text).join("; ") });
    const coordCol = ind.columns.find((x) => x.role === "coord");
    if (coordCol) {
      const coords = new Set(splitAgencies(cellFor(ind, coordCol)?.text ?? "").map((a) => a.key));
      const both = leads.filter((a) => coords.has(a.key)).map((a) => a.text);
      if (both.length) c.add("lead-also-coordinator", "warning", leadCell, who, { code: who.code, agency: both.join("; ") });
    }
  }

  function checkTargets(ind: IndicatorRow, who: { code: string | null; key: string | null }, editionId: EditionId, c: Collector): void {
    const r = resolveIndicator(ind.key!, editionId);
    const resolved = r instanceof CellError ? null : r;
    let prev: { year: number | null; target: Target; text: string } | null = null;
    for (const col of targetColumns(ind.columns)) {
      const cell = cellFor(ind, col)!;
      const year = col.year;
      if (cell.text === "") {
        c.add("target-missing", "error", cell, who, { code: who.code, year });
        continue;
      }
      const t = readTargetCell(cell, resolved);
      if (!t) continue;
      if (t.kind === "qualitative") {
        c.add("target-qualitative", "info", cell, who, { code: who.code, year, target: cell.text });
        continue;
      }
      if (t.kind === "percent" && t.value > 1 + 1e-9) {
        c.add("target-over-100", "error", cell, who, { code: who.code, year, target: cell.text });
      }
      if (prev && prev.year !== year) {
        const a = comparable(prev.target);
        const b = comparable(t);
        if (a !== null && b !== null && prev.target.kind === t.kind && b < a - 1e-9) {
          c.add("target-regression", "error", cell, who, { code: who.code, year, target: cell.text, prevYear: prev.year, prevTarget: prev.text });
        }
      }
      prev = { year, target: t, text: cell.text };
      if (!resolved || !resolved.indicator.rule) continue;
      const ratio = targetRatio(t, resolved);
      if (ratio instanceof CellError) {
        if (ratio.key === "targetUnitMismatch") c.add("target-unit-mismatch", "warning", cell, who, { code: who.code, year, target: cell.text });
        continue;
      }
      const threshold = thresholdFor(resolved.indicator.rule, year);
      if (ratio < threshold - 1e-9) {
        const isRate = resolved.indicator.ratio?.share === false;
        const thresholdText = isRate ? `${formatNumber(threshold, lang)}/1.000` : formatPercent(threshold, lang);
        if (resolved.max !== null) {
          const points = scoreRatio(resolved, ratio, year) as number;
          const forgone = round2(resolved.max - points);
          c.add("target-below-full-points", "warning", cell, who, { code: who.code, year, target: cell.text, threshold: thresholdText, thresholdValue: threshold, points, max: resolved.max, forgone });
        } else {
          const share = round2(1 - ratio / threshold) ;
          c.add("target-below-full-points", "warning", cell, who, { code: who.code, year, target: cell.text, threshold: thresholdText, thresholdValue: threshold, points: null, max: null, forgone: null, share: formatPercent(share, lang), forgoneShare: share }, "target-below-full-points-unpublished");
        }
      }
    }
  }
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
  const params = { rows: kind.evidence.rows, agreeing: kind.evidence.agreeing, because: kind.evidence.because };
  if (kind.kind === "framework-other") out.add("framework-other", "info", null, null, { ...params, framework: kind.framework }, kind.framework ? "framework-other" : "framework-other-own");
  else out.add("table-not-dti", "info", null, null, { ...params, kind: kind.what }, `table-not-dti-${kind.what}`);
  const rows = (table?.indicators ?? []).map((i) => {
    // Wording that means an indicator: a strong match on a row of some words (a short heading matches too easily).
    const key = i.nameMatch && i.nameMatch.score >= 0.7 && i.name.split(/\s+/).length >= 4 ? i.nameMatch.key : null;
    return { row: i.row + 1 + (grid.origin?.row ?? 0), code: i.code, key, name: i.name };
  });
  const title = sheetTitle(grid, table);
  return {
    sheet: grid.name ?? null,
    unit: unitFromTitle(title),
    edition: null,
    // Only a title that names the unit says the level here (the row-based guesses are for DTI tables).
    level: options.level ?? levelFromTitle(title) ?? (table?.groups.length ? "commune" : "province"),
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
  const severity = { "target-unreadable": "warning", "result-unreadable": "warning", "result-missing": "info", "target-not-met": "warning" } as const;
  for (const r of list.rows) {
    const rule = trackingRule(r);
    if (rule === "target-met") continue;
    const who = r.indicator ? { code: r.indicator.codes[options.edition ?? "draft-2025"] ?? Object.values(r.indicator.codes)[0] ?? null, key: r.indicator.key } : null;
    const cell = at(rule === "target-unreadable" ? r.textCell : r.resultCell);
    const target = r.targetValue && r.targetValue.kind !== "qualitative" ? r.targetValue.value : null;
    out.add(rule, severity[rule], cell, who, rule === "target-unreadable" ? { text: r.text } : { target: r.target, result: r.result, targetValue: target, resultValue: r.resultValue });
  }
  const reader = new GridReader(grid);
  const title = Array.from({ length: list.headerRow - 1 - (grid.origin?.row ?? 0) }, (_, r) => reader.rowTexts(r).map((t) => t.text).join(" ")).join(" ");
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

/** Scoring tables (seed 003): stated maxima, target points and the totals of pillars and the table. */
function checkScoringColumns(table: ParsedTable, edition: EditionId, out: Collector): void {
  const ed = getEdition(edition);
  const cols = table.columns;
  const maxCols = cols.filter((c) => c.role === "max");
  // The maximum column that follows this edition is the one whose numbers agree with it most.
  let maxCol: ColumnRole | undefined;
  let bestAgree = -1;
  for (const c of maxCols) {
    let agree = 0;
    for (const ind of table.indicators) {
      const v = parseNumberCell(cellFor(ind, c));
      if (ind.key && v !== null && v === ed.maxima[ind.key]) agree++;
    }
    if (agree > bestAgree) {
      bestAgree = agree;
      maxCol = c;
    }
  }
  const pointsCol = cols.find((c) => c.role === "targetPoints") ?? (maxCols.length ? cols.find((c) => c.role === "score" && c.year === null) : undefined);
  const who = (ind: IndicatorRow) => ({ code: ind.key ? codeForKey(edition, ind.key) ?? ind.code : ind.code, key: ind.key });

  if (maxCol) {
    for (const ind of table.indicators) {
      const cell = cellFor(ind, maxCol);
      const v = parseNumberCell(cell);
      if (!ind.key || v === null) continue;
      const max = ed.maxima[ind.key];
      if (max !== undefined && v !== max) out.add("max-mismatch", "error", cell!, who(ind), { stated: v, max, what: `chỉ số ${who(ind).code}`, edition });
    }
    for (const p of table.pillars) {
      const cell = p.cells[`max:${maxCol.col}`];
      const v = parseNumberCell(cell);
      if (p.n !== null && v !== null && v !== ed.pillarMaxima[p.n]) out.add("max-mismatch", "error", cell!, null, { stated: v, max: ed.pillarMaxima[p.n], what: `trụ cột ${p.n}`, edition });
    }
    for (const t of table.totals) {
      const cell = t.cells[`max:${maxCol.col}`];
      const v = parseNumberCell(cell);
      if (v !== null && v !== 1000) out.add("max-mismatch", "error", cell!, null, { stated: v, max: 1000, what: "toàn bộ", edition });
    }
  }

  if (pointsCol?.role === "targetPoints") {
    for (const ind of table.indicators) {
      const cell = cellFor(ind, pointsCol);
      const p = pointsOf(cell);
      if (!ind.key || !p) continue;
      const max = ed.maxima[ind.key];
      if (max === undefined) continue;
      if (p.points > max + 1e-9 || (p.scale !== null && p.scale > max)) {
        const overScale = p.points <= max + 1e-9;
        out.add("target-points-over-max", "error", cell!, who(ind), { code: who(ind).code, text: cell!.text, points: p.points, scale: p.scale, max, edition }, overScale ? "target-points-scale" : undefined);
      } else if (p.scale !== null && p.scale !== max) {
        out.add("max-mismatch", "error", cell!, who(ind), { stated: p.scale, max, what: `chỉ số ${who(ind).code}`, edition });
      }
    }
  }

  // Totals of points (the maxima's pillar rows are checked against the pillar maxima above instead).
  for (const col of [pointsCol]) {
    if (!col) continue;
    const key = col.role === "score" ? `score:` : col.role;
    const value = (c: Cell | undefined) => (col.role === "targetPoints" ? pointsOf(c)?.points ?? null : parseNumberCell(c));
    const pillarSums: number[] = [];
    table.pillars.forEach((p, i) => {
      const rows = table.indicators.filter((x) => x.pillarIndex === i);
      const vals = rows.map((x) => value(x.cells[key]));
      if (vals.some((v) => v === null)) return;
      const sum = round2(vals.reduce((s: number, v) => s + (v as number), 0));
      const cell = p.cells[key];
      const stated = parseNumberCell(cell);
      if (stated !== null) {
        pillarSums.push(stated);
        if (Math.abs(stated - sum) > 0.005) out.add("total-mismatch", "error", cell!, null, { stated, sum, pillar: p.n });
      }
    });
    for (const t of table.totals) {
      const cell = t.cells[key];
      const stated = parseNumberCell(cell);
      if (stated === null) continue;
      const vals = table.indicators.map((x) => value(x.cells[key]));
      if (vals.some((v) => v === null)) continue;
      const sum = round2(vals.reduce((s: number, v) => s + (v as number), 0));
      const pillarsSum = round2(pillarSums.reduce((s, v) => s + v, 0));
      if (Math.abs(stated - sum) > 0.005) {
        out.add("total-mismatch", "error", cell!, null, { stated, sum, pillarsSum: table.pillars.length ? pillarsSum : null }, "total-mismatch-grand");
      }
    }
  }
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
    const base = { code: r.code, key: ind.key, row: ind.row + 1 + (table.reader.grid.origin?.row ?? 0) };
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

