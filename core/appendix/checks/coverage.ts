// indicator-missing: indicators the edition has and the table does not (an error for a province; a list elsewhere).
import { listIndicators, nameIn } from "../../catalog";
import { tableCheck } from "./context";

export const checkCoverage = tableCheck(["indicator-missing"], ({ table, edition, seen, out }) => {
  if (table.indicators.length === 0) return;
  for (const r of listIndicators(edition)) {
    if (seen.has(r.indicator.key)) continue;
    out.add("indicator-missing", null, { code: r.code, key: r.indicator.key }, { code: r.code, name: nameIn(edition, r.indicator) });
  }
});
