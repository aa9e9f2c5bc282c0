// target-unit-mismatch on rows outside the catalog: the row's own wording states a unit ("/100 dân", "Mb/s",
// "số hộ") and its target is written in another ("90%").
import { cellFor, targetColumns } from "./context";
import type { Collector, Who } from "./collector";
import type { RuleId } from "./rules";
import type { IndicatorRow } from "../table";
import { parseTarget } from "../../targets";
import { foldText } from "../../values";

const UNITS: [RegExp, string][] = [
  [/\/\s*(100|1\.000|1000|10\.000)\s*(dan|nguoi)\b/, "/1.000 dân"],
  [/\b(mb\/s|mbps|gb\/s|gbps)\b/, "Mb/s"],
  [/^(so|so luong|tong so)\s+(ho|doanh nghiep|nguoi|thon|ap|diem|tram|camera|buoi|lop|tai khoan)\b/, "số lượng"],
];

/** The unit a row's wording measures in, or null when it measures a share (or says nothing). */
export function rowUnit(name: string): string | null {
  const f = foldText(name);
  if (/^ty le\b|\bphan tram\b|%/.test(f)) return null;
  for (const [re, unit] of UNITS) if (re.test(f)) return unit;
  return null;
}

/** A row outside the catalog is still held to its own unit ("số hộ" against "90%"). */
export const OWN_UNIT_RULES: readonly RuleId[] = ["target-unit-mismatch"];

export function checkOwnUnits(ind: IndicatorRow, who: Who, out: Collector): void {
  const unit = rowUnit(ind.name);
  if (!unit) return;
  for (const col of targetColumns(ind.columns)) {
    const cell = cellFor(ind, col);
    if (!cell || cell.text === "") continue;
    const t = parseTarget(cell.text);
    if (t?.kind === "percent") out.add("target-unit-mismatch", cell, who, { code: who?.code ?? ind.code, year: col.year, target: cell.text, targetUnit: "%", rowUnit: unit }, "target-unit-mismatch-own");
  }
}
