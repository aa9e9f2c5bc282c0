import { loadWorkbook, sheetToGrid } from "./cli/xlsx";
import { validateAppendix } from "./core/appendix/validate";
for (const f of process.argv.slice(2)) {
  const wb = await loadWorkbook(f);
  const rep = validateAppendix(sheetToGrid(wb.worksheets[0]));
  console.log("==", f, rep.edition, rep.level, rep.indicators.length);
  for (const x of rep.findings) console.log(`  ${x.severity.padEnd(7)} ${x.rule.padEnd(26)} ${String(x.cell).padEnd(5)} ${String(x.code).padEnd(4)} ${x.message.slice(0,150)}`);
  console.log(JSON.stringify(rep.projection));
}
