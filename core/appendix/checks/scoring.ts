// max-mismatch, target-points-over-max, total-mismatch: a scoring table's stated maxima, target points and totals.
import { codeForKey, getEdition } from "../../catalog";
import { round2 } from "../../scoring";
import type { ColumnRole } from "../columns";
import type { Cell, IndicatorRow } from "../table";
import { cellFor, parseNumberCell, pointsOf, type TableCheck } from "./context";

export const checkScoring: TableCheck = ({ table, edition, out }) => {
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
        out.add("target-points-over-max", cell!, who(ind), { code: who(ind).code, text: cell!.text, points: p.points, scale: p.scale, max, edition }, overScale ? "target-points-scale" : undefined);
      } else if (p.scale !== null && p.scale !== max) {
        out.add("max-mismatch", cell!, who(ind), { stated: p.scale, max, code: who(ind).code, edition }, "max-mismatch-indicator");
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
        if (Math.abs(stated - sum) > 0.005) out.add("total-mismatch", cell!, null, { stated, sum, pillar: p.n });
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
        out.add("total-mismatch", cell!, null, { stated, sum, pillarsSum: table.pillars.length ? pillarsSum : null }, "total-mismatch-grand");
      }
    }
  }
};
