// What is true of any scored table, whatever its framework: a score within its own row's maximum, a
// verified score not above the self-assessed one, pillar and table totals that add up.
import { round2 } from "../../scoring";
import { roleKey, type ColumnRole, type Role } from "../columns";
import type { Cell, ParsedTable } from "../table";
import type { Collector } from "./collector";
import { cellFor, parseNumberCell, tableCheck } from "./context";
import type { RuleId } from "./rules";

export const ARITHMETIC_RULES: readonly RuleId[] = ["score-over-max", "verified-above-self", "total-mismatch"];

const column = (table: ParsedTable, role: Role) => table.columns.find((c) => c.role === role);

/** Each criterion's scores against its own maximum, and the verified score against the self-assessed one. */
function checkRows(table: ParsedTable, out: Collector): void {
  const max = column(table, "max");
  const self = column(table, "self");
  const verified = column(table, "verified");
  for (const ind of table.indicators) {
    const stated = max ? parseNumberCell(cellFor(ind, max)) : null;
    const who = { code: ind.code, key: ind.key };
    for (const c of [self, verified]) {
      if (!c || stated === null) continue;
      const cell = cellFor(ind, c);
      const v = parseNumberCell(cell);
      if (v !== null && v > stated + 1e-9) out.add("score-over-max", cell!, who, { stated: v, max: stated, column: c.header });
    }
    const s = self ? parseNumberCell(cellFor(ind, self)) : null;
    const vCell = verified ? cellFor(ind, verified) : undefined;
    const v = parseNumberCell(vCell);
    if (s !== null && v !== null && v > s + 1e-9) out.add("verified-above-self", vCell!, who, { verified: v, self: s });
  }
}

const sum2 = (vals: readonly number[]) => round2(vals.reduce((s, v) => s + v, 0));

/** Pillar rows and total rows of one column against the sum of their criteria. */
function checkColumnTotals(table: ParsedTable, c: ColumnRole, out: Collector): void {
  const value = (cell: Cell | undefined) => parseNumberCell(cell);
  const at = (cells: Partial<Record<string, Cell>>) => cells[roleKey(c)];
  table.pillars.forEach((p, i) => {
    const members = table.indicators.filter((x) => x.pillarIndex === i);
    // Only where the rows are read as the table numbers them (each "2.1" under heading 2): a total is not judged on a guess.
    if (members.some((x) => x.code && p.n !== null && Number(x.code.split(".")[0]) !== p.n)) return;
    const vals = members.map((x) => value(cellFor(x, c)));
    const cell = at(p.cells);
    const stated = value(cell);
    if (stated === null || !vals.length || vals.some((v) => v === null)) return;
    const sum = sum2(vals as number[]);
    if (Math.abs(stated - sum) > 0.005) out.add("total-mismatch", cell!, null, { stated, sum, pillar: p.n });
  });
  for (const t of table.totals) {
    const cell = at(t.cells);
    const stated = value(cell);
    const vals = table.indicators.map((x) => value(cellFor(x, c)));
    if (stated === null || !vals.length || vals.some((v) => v === null)) continue;
    const sum = sum2(vals as number[]);
    if (Math.abs(stated - sum) > 0.005) out.add("total-mismatch", cell!, null, { stated, sum, pillarsSum: null }, "total-mismatch-grand");
  }
}

/** In a DTI table: the self-assessed and verified columns (its maxima are the edition's, checked apart). */
export const checkScoreColumns = tableCheck(ARITHMETIC_RULES, ({ table, out }) => {
  checkRows(table, out);
  for (const c of table.columns.filter((x) => x.role === "self" || x.role === "verified")) checkColumnTotals(table, c, out);
});

/** In a table of its own framework: the same, and its own maxima add up too. */
export function checkOwnArithmetic(table: ParsedTable, out: Collector): void {
  checkRows(table, out);
  for (const c of table.columns.filter((x) => x.role === "max" || x.role === "self" || x.role === "verified")) checkColumnTotals(table, c, out);
}
