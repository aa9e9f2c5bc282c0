// A scoring table's three checks: stated maxima (max-mismatch), target points within the maximum
// (target-points-over-max), and totals that add up (total-mismatch).
import { codeForKey, getEdition, type EditionId } from "../../catalog";
import { round2 } from "../../scoring";
import type { ColumnRole } from "../columns";
import type { Cell, IndicatorRow, ParsedTable } from "../table";
import { cellFor, parseNumberCell, pointsOf, tableCheck } from "./context";

/** The maximum column that follows this edition: of the table's maxima columns, the one whose numbers agree with it most. */
export function maximaColumn(table: ParsedTable, edition: EditionId): ColumnRole | undefined {
  const ed = getEdition(edition);
  let best: ColumnRole | undefined;
  let bestAgree = -1;
  for (const c of table.columns.filter((x) => x.role === "max")) {
    const agree = table.indicators.filter((ind) => ind.key && parseNumberCell(cellFor(ind, c)) === ed.maxima[ind.key]).length;
    if (agree > bestAgree) {
      bestAgree = agree;
      best = c;
    }
  }
  return best;
}

/** The column of points: target points, or (beside a maxima column) the points column of the year. */
function pointsColumn(table: ParsedTable): ColumnRole | undefined {
  const cols = table.columns;
  return cols.find((c) => c.role === "targetPoints") ?? (cols.some((c) => c.role === "max") ? cols.find((c) => c.role === "score" && c.year === null) : undefined);
}

const whoIn = (edition: EditionId) => (ind: IndicatorRow) => ({ code: ind.key ? codeForKey(edition, ind.key) ?? ind.code : ind.code, key: ind.key });

/** Stated maxima of indicators, pillars and the table against the edition's. */
export const checkMaxima = tableCheck(["max-mismatch"], ({ table, edition, out }) => {
  const ed = getEdition(edition);
  const maxCol = maximaColumn(table, edition);
  if (!maxCol) return;
  const who = whoIn(edition);
  for (const ind of table.indicators) {
    const cell = cellFor(ind, maxCol);
    const v = parseNumberCell(cell);
    if (!ind.key || v === null) continue;
    const max = ed.maxima[ind.key];
    if (max !== undefined && v !== max) out.add("max-mismatch", cell!, who(ind), { stated: v, max, code: who(ind).code, edition }, "max-mismatch-indicator");
  }
  for (const p of table.pillars) {
    const cell = p.cells[`max:${maxCol.col}`];
    const v = parseNumberCell(cell);
    if (p.n !== null && v !== null && v !== ed.pillarMaxima[p.n]) out.add("max-mismatch", cell!, null, { stated: v, max: ed.pillarMaxima[p.n], pillar: p.n, edition }, "max-mismatch-pillar");
  }
  for (const t of table.totals) {
    const cell = t.cells[`max:${maxCol.col}`];
    const v = parseNumberCell(cell);
    if (v !== null && v !== 1000) out.add("max-mismatch", cell!, null, { stated: v, max: 1000, edition }, "max-mismatch-table");
  }
});

/** Target points ("20/30") within the indicator's maximum, on its scale. */
export const checkTargetPoints = tableCheck(["target-points-over-max", "max-mismatch"], ({ table, edition, out }) => {
  const ed = getEdition(edition);
  const col = pointsColumn(table);
  if (col?.role !== "targetPoints") return;
  const who = whoIn(edition);
  for (const ind of table.indicators) {
    const cell = cellFor(ind, col);
    const p = pointsOf(cell);
    if (!ind.key || !p) continue;
    const max = ed.maxima[ind.key];
    if (max === undefined) continue;
    if (p.points > max + 1e-9 || (p.scale !== null && p.scale > max)) {
      const overScale = p.points <= max + 1e-9;
      out.add("target-points-over-max", cell!, who(ind), { code: who(ind).code, text: cell!.text, points: p.points, scale: p.scale, max, edition }, overScale ? "target-points-scale" : undefined);
    } else if (p.scale !== null && p.scale !== max) {
      out.add("max-mismatch", cell!, who(ind), { stated: p.scale, max, code: who(ind).code, edition }, "max-mismatch-indicator");
    }
  }
});

const sum2 = (vals: readonly (number | null)[]) => round2(vals.reduce((s: number, v) => s + (v as number), 0));

/** Totals of points in pillar rows and total rows (the maxima's pillar rows are checked against the pillar maxima instead). */
export const checkTotals = tableCheck(["total-mismatch"], ({ table, out }) => {
  const col = pointsColumn(table);
  if (!col) return;
  const key = col.role === "score" ? `score:` : col.role;
  const value = (c: Cell | undefined) => (col.role === "targetPoints" ? pointsOf(c)?.points ?? null : parseNumberCell(c));
  const pillarSums: number[] = [];
  table.pillars.forEach((p, i) => {
    const vals = table.indicators.filter((x) => x.pillarIndex === i).map((x) => value(x.cells[key]));
    if (vals.some((v) => v === null)) return;
    const cell = p.cells[key];
    const stated = parseNumberCell(cell);
    if (stated === null) return;
    pillarSums.push(stated);
    const sum = sum2(vals);
    if (Math.abs(stated - sum) > 0.005) out.add("total-mismatch", cell!, null, { stated, sum, pillar: p.n });
  });
  for (const t of table.totals) {
    const cell = t.cells[key];
    const stated = parseNumberCell(cell);
    if (stated === null) continue;
    const vals = table.indicators.map((x) => value(x.cells[key]));
    if (vals.some((v) => v === null)) continue;
    const sum = sum2(vals);
    if (Math.abs(stated - sum) > 0.005) out.add("total-mismatch", cell!, null, { stated, sum, pillarsSum: table.pillars.length ? sum2(pillarSums) : null }, "total-mismatch-grand");
  }
});
