// The main job on the bundled samples: check the three appendices, write an HTML report, fill the input table.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";

const cli = "dist/cli/dti.cjs";
mkdirSync("out", { recursive: true });
const run = (args) => {
  console.log(`\n$ dti ${args.join(" ")}`);
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" });
  // check exits 1 when a workbook has errors, which the real documents do: that is a result, not a failure.
  if (r.status !== 0 && !(args[0] === "check" && r.status === 1)) process.exit(r.status ?? 2);
};

run(["check", "samples/dong-nai-phu-luc-2026-2030.xlsx", "samples/dai-phuoc-phu-luc-xa.xlsx", "samples/gia-lai-bang-diem.xlsx", "--html", "out/bao-cao-kiem-tra.html"]);
run(["check", "samples/dong-nai-phu-luc-2026-2030.xlsx", "--plan", "samples/dong-nai-ke-hoach-2026-2030.txt"]);
run(["fill", "samples/so-lieu-cham-diem-2026.xlsx", "-o", "out/so-lieu-da-cham-diem.xlsx"]);
run(["score", "6.3", "350.000", "1.000.000"]);
run(["target", "Trên 80%", "0,81"]);
console.log("\nKết quả: out/bao-cao-kiem-tra.html, out/so-lieu-da-cham-diem.xlsx");
