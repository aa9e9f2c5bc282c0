// target-plan-mismatch: the appendix's target against the target the plan's own body states for the same year.
import { codeForKey, resolveIndicator } from "../../catalog";
import { CellError } from "../../errors";
import { extractPlanTargets } from "../plan";
import { cellFor, comparable, readTargetCell, tableCheck, targetColumns } from "./context";

export const checkAgainstPlan = tableCheck(["target-plan-mismatch"], ({ options, seen, edition, out }) => {
  if (!options.planText) return;
  const said = new Set<string>();
  for (const pt of extractPlanTargets(options.planText, [...seen.keys()])) {
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
    out.add("target-plan-mismatch", cell, { code, key: pt.key }, { code, year: pt.year, target: cell.text, plan: pt.target.text, sentence: pt.sentence.slice(0, 300) });
  }
});
