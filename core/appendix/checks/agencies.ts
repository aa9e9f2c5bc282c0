// lead-missing, lead-multiple, lead-collective, lead-also-coordinator: one accountable lead per indicator.
import { splitAgencies } from "../agencies";
import { cellFor, rowCheck } from "./context";

export const checkAgencies = rowCheck(["lead-missing", "lead-multiple", "lead-collective", "lead-also-coordinator"], (ind, who, { out }) => {
  const leadCol = ind.columns.find((x) => x.role === "lead");
  if (!leadCol) return;
  const leadCell = cellFor(ind, leadCol)!;
  const leads = splitAgencies(leadCell.text);
  if (leads.length === 0) {
    out.add("lead-missing", leadCell, who, { code: who.code });
    return;
  }
  const named = leads.filter((a) => !a.collective);
  if (named.length >= 2) out.add("lead-multiple", leadCell, who, { code: who.code, count: named.length, leads: named.map((a) => a.text).join("; ") });
  const collective = leads.filter((a) => a.collective);
  if (collective.length > 0) out.add("lead-collective", leadCell, who, { code: who.code, lead: collective.map((a) => a.text).join("; ") });
  const coordCol = ind.columns.find((x) => x.role === "coord");
  if (coordCol) {
    const coords = new Set(splitAgencies(cellFor(ind, coordCol)?.text ?? "").map((a) => a.key));
    const both = leads.filter((a) => coords.has(a.key)).map((a) => a.text);
    if (both.length) out.add("lead-also-coordinator", leadCell, who, { code: who.code, agency: both.join("; ") });
  }
});
