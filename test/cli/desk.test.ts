// The province desk: a folder of submitted workbooks → one summary workbook, the same whatever --jobs, with progress on a terminal only.
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI, ensureBuilt, runCli } from "../fixtures/cli";

const run = (args: string[]) => runCli(args);
const tmp = mkdtempSync(join(tmpdir(), "dti-desk-"));
const folder = join(tmp, "Nộp về Sở");
const SAMPLES = ["dai-phuoc-phu-luc-xa.xlsx", "dong-nai-phu-luc-2026-2030.xlsx", "gia-lai-bang-diem.xlsx", "yen-hung-chi-tieu-2025.xlsx"];
const names: string[] = [];

beforeAll(() => {
  ensureBuilt();
  mkdirSync(join(folder, "Đợt 2"), { recursive: true });
  const units = ["Xã Đại Phước", "Phường Bà Rịa", "Xã Yên Hùng", "Sở Y tế", "Xã Long Phước", "Phường Tam Hiệp", "Xã Ngãi Giao", "Sở Nội vụ", "Xã Hòa Bình", "Phường Long Khánh", "Xã Xuân Lộc"];
  units.forEach((u, i) => {
    const name = `${String(i + 1).padStart(2, "0")} - ${u} - phụ lục DTI.xlsx`;
    copyFileSync(`samples/${SAMPLES[i % SAMPLES.length]}`, join(folder, name));
    names.push(name);
  });
  writeFileSync(join(folder, "12 - Xã Bị Lỗi - tệp hỏng.xlsx"), "đây không phải bảng tính");
  names.push("12 - Xã Bị Lỗi - tệp hỏng.xlsx");
  copyFileSync("samples/dai-phuoc-phu-luc-xa.xlsx", join(folder, "Đợt 2", "Xã nộp bổ sung.xlsx"));
  writeFileSync(join(folder, "ghi chú.txt"), "không phải bảng tính");
});

async function sheetValues(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("dti check FOLDER --summary", () => {
  let json: { file: string; unit: string | null; findings: { severity: string }[]; indicators: { key: string | null }[]; projection: Record<string, { total: number; pillars: Record<string, number | null> }> }[];
  let errLines: string[];
  beforeAll(() => {
    const r = run(["check", folder, "--summary", join(tmp, "tong-hop.xlsx"), "--json"]);
    expect(r.status).toBe(2); // one file could not be read
    json = JSON.parse(r.out);
    errLines = r.err.trim().split("\n");
  });

  it("reads every .xlsx of the folder by name (not subfolders, not other files); the broken one is said why, the others still checked", () => {
    expect(json.map((j) => j.file)).toEqual(names.filter((n) => !n.includes("hỏng")));
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toContain("12 - Xã Bị Lỗi - tệp hỏng.xlsx");
  });

  it("Tổng hợp: one row per file with the same counts and totals as --json; the broken file's row says why", async () => {
    const rows = await sheetValues(join(tmp, "tong-hop.xlsx"), "Tổng hợp");
    expect(rows[0].slice(0, 3)).toEqual(["Tệp", "Trang tính", "Đơn vị"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(names);
    for (const j of json) {
      const row = rows.find((r) => r[0] === j.file)!;
      const count = (s: string) => j.findings.filter((f) => f.severity === s).length;
      expect(row.slice(5, 9), j.file).toEqual([j.indicators.filter((i) => i.key).length, count("error"), count("warning"), count("info")]);
      const p = j.projection["2026"];
      expect(row.slice(9, 15)).toEqual(p ? ["1", "2", "3", "4", "5", "6"].map((k) => p.pillars[k] ?? undefined) : [undefined, undefined, undefined, undefined, undefined, undefined]);
      expect(row[15]).toBe(p?.total);
      expect(row[17]).toBe("Đã kiểm tra");
      expect(row[2]).toBe(j.unit ?? undefined);
    }
    const broken = rows.find((r) => String(r[0]).includes("hỏng"))!;
    expect(broken[17]).toBe(errLines[0]);
  });

  it("Phát hiện: every finding of every file; Biểu đồ: projected totals, sorted, with a chart part", async () => {
    const findings = await sheetValues(join(tmp, "tong-hop.xlsx"), "Phát hiện");
    expect(findings.length - 1).toBe(json.reduce((s, j) => s + j.findings.length, 0));
    const chart = await sheetValues(join(tmp, "tong-hop.xlsx"), "Biểu đồ");
    const totals = chart.slice(1).map((r) => r[1] as number);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(totals).toHaveLength(json.filter((j) => j.projection["2026"]).length);
    const zip = readFileSync(join(tmp, "tong-hop.xlsx"));
    expect(zip.includes(Buffer.from("xl/charts/chartDti.xml"))).toBe(true);
  });

  it("--jobs 1 and the default give the same summary and the same JSON; --recursive takes subfolders", async () => {
    const one = run(["check", folder, "--summary", join(tmp, "jobs1.xlsx"), "--json", "--jobs", "1"]);
    // Workers start from 1 000 files; here from the first, so that the threaded path is the one compared.
    const many = runCli(["check", folder, "--summary", join(tmp, "jobs4.xlsx"), "--json", "--jobs", "4"], { env: { DTI_WORKERS_FROM: "1" } });
    expect(one.out).toBe(many.out);
    expect(one.err).toBe(many.err);
    for (const sheet of ["Tổng hợp", "Phát hiện", "Biểu đồ"]) expect(await sheetValues(join(tmp, "jobs1.xlsx"), sheet)).toEqual(await sheetValues(join(tmp, "jobs4.xlsx"), sheet));
    const rec = JSON.parse(run(["check", folder, "--recursive", "--json"]).out);
    expect(rec.map((j: { file: string }) => j.file)).toContain(join("Đợt 2", "Xã nộp bổ sung.xlsx"));
  });

  it("LibreOffice opens the summary", () => {
    const r = spawnSync("soffice", [`-env:UserInstallation=file://${join(tmp, "lo")}`, "--headless", "--convert-to", "pdf", "--outdir", join(tmp, "pdf"), join(tmp, "tong-hop.xlsx")], { encoding: "utf8", timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(tmp, "pdf", "tong-hop.pdf"))).toBe(true);
  });

  it("the HTML report gains the sortable per-unit table, its script allowed by hash", () => {
    run(["check", folder, "--html", join(tmp, "r.html")]);
    const html = readFileSync(join(tmp, "r.html"), "utf8");
    const table = /<table class="sortable">[\s\S]*?<\/table>/.exec(html)![0];
    expect(table.match(/<tr>/g)).toHaveLength(names.length + 1);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    expect(html).toContain(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
  });
});

describe("progress", () => {
  it("shows done/total, the file and time left on a terminal (stderr), nothing when piped; stdout never carries it", () => {
    const tty = spawnSync("script", ["-qec", `${process.execPath} ${CLI} check '${folder}' --json --jobs 2 2>&1 >/dev/null`, "/dev/null"], { encoding: "utf8" });
    expect(tty.stdout).toMatch(/\[\d+\/12\] .*\.xlsx — còn khoảng/);
    const piped = run(["check", folder, "--json", "--jobs", "2"]);
    expect(piped.err).not.toMatch(/\[\d+\/12\]/);
    expect(piped.out).not.toMatch(/\[\d+\/12\]/);
  });
});
