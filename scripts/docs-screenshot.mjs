// Renders the README's picture of the desk summary: sample workbooks → dti check --summary → LibreOffice (PDF) → PNG.
// Needs LibreOffice (libreoffice-calc) and pdftoppm (poppler-utils) from Debian's packages.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "dti-docs-"));
const folder = join(dir, "Nộp về Sở");
mkdirSync(folder);
const files = [
  ["dong-nai-phu-luc-2026-2030.xlsx", "Tỉnh Đồng Nai - phụ lục.xlsx"],
  ["dai-phuoc-phu-luc-xa.xlsx", "Xã Đại Phước - phụ lục.xlsx"],
  ["gia-lai-bang-diem.xlsx", "Tỉnh Gia Lai - bảng điểm.xlsx"],
  ["yen-hung-chi-tieu-2025.xlsx", "Xã Yên Hùng - chỉ tiêu 2025.xlsx"],
];
for (const [from, to] of files) copyFileSync(`samples/${from}`, join(folder, to));
const summary = join(dir, "tong-hop.xlsx");
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  return r.status;
};
run(process.execPath, ["dist/cli/dti.cjs", "check", folder, "--summary", summary]);
run("soffice", [`-env:UserInstallation=file://${join(dir, "lo")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, summary]);
// Cropped to the table at the top of the page.
run("pdftoppm", ["-png", "-r", "130", "-f", "1", "-l", "1", "-x", "75", "-y", "95", "-W", "1380", "-H", "90", join(dir, "tong-hop.pdf"), join(dir, "summary")]);
// The chart sheet comes last.
const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [join(dir, "tong-hop.pdf")], { encoding: "utf8" }).stdout)?.[1] ?? 1);
run("pdftoppm", ["-png", "-r", "90", "-f", String(pages), "-l", String(pages), "-x", "40", "-y", "50", "-W", "900", "-H", "300", join(dir, "tong-hop.pdf"), join(dir, "chart")]);
mkdirSync("docs", { recursive: true });
for (const [prefix, out] of [["summary", "docs/tong-hop.png"], ["chart", "docs/tong-hop-bieu-do.png"]]) {
  const png = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith(".png"));
  renameSync(join(dir, png), out);
  console.log(`docs: ${out}`);
}
