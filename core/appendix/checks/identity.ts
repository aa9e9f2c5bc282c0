// indicator-unknown, code-name-mismatch, indicator-duplicate: is each row one indicator, named and numbered alike, once?
import { codeForKey, getIndicator, keyForCode, nameIn } from "../../catalog";
import { isSubCode, nameFit } from "../table";
import { sheetRow } from "../../grid";
import { rowCheck } from "./context";

export const checkIdentity = rowCheck(["indicator-unknown", "code-name-mismatch", "indicator-duplicate"], (ind, who, { edition, out, seen, grid }) => {
  const anchor = ind.nameCell ?? ind.codeCell;
  if (!ind.key) {
    // A part of an indicator ("4.22.1") is listed with its code, not judged as an indicator.
    if (isSubCode(ind.code)) return "stop";
    const codeKey = ind.code ? keyForCode(edition, ind.code) : undefined;
    // The code names an indicator, the wording none: the code is not taken for what the row says.
    if (codeKey && ind.name) out.add("code-name-mismatch", anchor, { code: ind.code, key: null }, { code: ind.code, codeName: nameIn(edition, getIndicator(codeKey)!), text: ind.name, nameCode: null, nameKey: null }, "name-not-code");
    else out.add("indicator-unknown", anchor, { code: ind.code, key: null }, { text: ind.name || ind.code || "" });
    return "stop";
  }
  if (ind.code && ind.name) {
    const codeKey = keyForCode(edition, ind.code);
    const nm = ind.nameMatch;
    if (!codeKey && nm && nm.score >= 0.7) {
      out.add("code-name-mismatch", ind.codeCell ?? anchor, who, { code: ind.code, edition, nameCode: codeForKey(edition, ind.key) ?? "" }, "code-unknown");
    } else if (codeKey && (!nm || nm.score < 0.5) && nameFit(ind.name, codeKey) < 0.35) {
      // The name fits no indicator, least of all the one its code names.
      out.add("code-name-mismatch", anchor, who, { code: ind.code, codeName: nameIn(edition, getIndicator(codeKey)!), text: ind.name, nameCode: null, nameKey: null }, "name-not-code");
    } else if (codeKey && nm && nm.score >= 0.7 && nm.key !== codeKey && nameFit(ind.name, codeKey) < nm.score - 0.15) {
      const other = edition === "draft-2025" ? "qd405-29" : "draft-2025";
      const nameCode = codeForKey(edition, nm.key) ?? `${codeForKey(other, nm.key) ?? "?"} (${other})`;
      // Named by the code as written: the row's own indicator is the wording's (when this edition has it).
      out.add("code-name-mismatch", anchor, { code: ind.code, key: ind.key }, { code: ind.code, codeName: nameIn(edition, getIndicator(codeKey)!), text: ind.name, nameCode, nameKey: nm.key });
    }
  }
  const first = seen.get(ind.key);
  if (first) {
    out.add("indicator-duplicate", anchor, who, { code: who.code, firstRow: sheetRow(grid, first.row) });
    return "stop";
  }
  seen.set(ind.key, ind);
});
