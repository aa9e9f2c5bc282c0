// target-missing, target-qualitative, target-over-100, target-regression, target-unit-mismatch,
// target-below-full-points: each year's target read, compared with the last, and with the full-points threshold.
import { resolveIndicator } from "../../catalog";
import { CellError } from "../../errors";
import { round2, scoreRatio, thresholdFor } from "../../scoring";
import { targetRatio, type Target } from "../../targets";
import { cellFor, comparable, readTargetCell, rowCheck, targetColumns } from "./context";

export const checkTargets = rowCheck(["target-missing", "target-qualitative", "target-over-100", "target-regression", "target-unit-mismatch", "target-below-full-points"], (ind, who, { edition, out }) => {
  const r = resolveIndicator(ind.key!, edition);
  const resolved = r instanceof CellError ? null : r;
  let prev: { year: number | null; target: Target; text: string } | null = null;
  for (const col of targetColumns(ind.columns)) {
    const cell = cellFor(ind, col)!;
    const year = col.year;
    if (cell.text === "") {
      out.add("target-missing", cell, who, { code: who.code, year });
      continue;
    }
    const t = readTargetCell(cell, resolved);
    if (!t) continue;
    if (t.kind === "qualitative") {
      out.add("target-qualitative", cell, who, { code: who.code, year, target: cell.text });
      continue;
    }
    if (t.kind === "percent" && t.value > 1 + 1e-9) out.add("target-over-100", cell, who, { code: who.code, year, target: cell.text });
    if (prev && prev.year !== year) {
      const a = comparable(prev.target);
      const b = comparable(t);
      if (a !== null && b !== null && prev.target.kind === t.kind && b < a - 1e-9) {
        out.add("target-regression", cell, who, { code: who.code, year, target: cell.text, prevYear: prev.year, prevTarget: prev.text });
      }
    }
    prev = { year, target: t, text: cell.text };
    if (!resolved || !resolved.indicator.rule) continue;
    const ratio = targetRatio(t, resolved);
    if (ratio instanceof CellError) {
      if (ratio.key === "targetUnitMismatch") out.add("target-unit-mismatch", cell, who, { code: who.code, year, target: cell.text });
      continue;
    }
    const threshold = thresholdFor(resolved.indicator.rule, year);
    if (ratio >= threshold - 1e-9) continue;
    const rate = resolved.indicator.ratio?.share === false ? 1 : 0;
    if (resolved.max !== null) {
      const points = scoreRatio(resolved, ratio, year) as number;
      out.add("target-below-full-points", cell, who, { code: who.code, year, target: cell.text, thresholdValue: threshold, rate, points, max: resolved.max, forgone: round2(resolved.max - points) });
    } else {
      const share = round2(1 - ratio / threshold);
      out.add("target-below-full-points", cell, who, { code: who.code, year, target: cell.text, thresholdValue: threshold, rate, points: null, max: null, forgone: null, forgoneShare: share }, "target-below-full-points-unpublished");
    }
  }
});
