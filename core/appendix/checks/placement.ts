// pillar-misplaced, pillar-name-mismatch, group-count-mismatch: does the table's structure hold?
import { getIndicator } from "../../catalog";
import { pillarByName } from "../recognize";
import { rowCheck, tableCheck } from "./context";

export const checkPlacement = rowCheck(["pillar-misplaced"], (ind, who, { table, out }) => {
  if (ind.pillarIndex === null || !ind.key) return;
  const heading = table.pillars[ind.pillarIndex];
  const pillar = getIndicator(ind.key)!.pillar;
  if (heading.n !== null && heading.n !== pillar) out.add("pillar-misplaced", ind.nameCell ?? ind.codeCell, who, { code: who.code, pillar, heading: heading.n });
});

/** Group headings that declare how many indicators they hold ("I. NHÓM … (06)"). */
export const checkGroupCounts = tableCheck(["group-count-mismatch"], ({ table, out }) => {
  table.groups.forEach((g, i) => {
    if (g.declared === null) return;
    const count = table.indicators.filter((x) => x.groupIndex === i).length;
    if (count !== g.declared) out.add("group-count-mismatch", g.cell, null, { declared: g.declared, count });
  });
});

/** Pillar headings with the wrong name; the expected name is worded per language from the pillar's number. */
export const checkPillarNames = tableCheck(["pillar-name-mismatch"], ({ table, out }) => {
  for (const p of table.pillars) {
    if (p.n === null) continue;
    if (pillarByName(p.name) !== p.n) out.add("pillar-name-mismatch", p.nameCell, null, { n: p.n, stated: p.name });
  }
});
