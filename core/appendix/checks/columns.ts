// basis-missing, tasks-missing: columns the table has but the row leaves empty.
import { cellFor, rowCheck } from "./context";

export const checkRequiredColumns = rowCheck(["basis-missing", "tasks-missing"], (ind, who, { out }) => {
  for (const [role, rule] of [["basis", "basis-missing"], ["tasks", "tasks-missing"]] as const) {
    const c = ind.columns.find((x) => x.role === role);
    if (c && (cellFor(ind, c)?.text ?? "") === "") out.add(rule, cellFor(ind, c) ?? null, who, { code: who.code });
  }
});
