// indicator-missing: indicators the edition has and the table does not (an error for a province; a list elsewhere).
import { listIndicators, nameIn } from "../../catalog";
import type { Params } from "./collector";
import { tableCheck } from "./context";

export const checkCoverage = tableCheck(["indicator-missing"], ({ table, edition, seen, out }) => {
  if (table.indicators.length === 0) return;
  for (const r of listIndicators(edition)) {
    if (seen.has(r.indicator.key)) continue;
    // Whether a missing indicator fails the table depends on its level: say what decided it when signals disagreed.
    const params: Params = { code: r.code, name: nameIn(edition, r.indicator) };
    if (table.levelDisagree) params.levelFrom = table.levelFrom;
    out.add("indicator-missing", null, { code: r.code, key: r.indicator.key }, params);
  }
});
