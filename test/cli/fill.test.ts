// `dti fill` and `dti template`: the points dti score gives, totals LibreOffice recalculates alike, typed cells kept.
import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { INPUT_ROWS } from "../../scripts/samples/inputs";
import { ensureBuilt, libreOfficeAvailable, recalcCsv, runCli, tempDir } from "../fixtures/cli";

const run = (args: string[], input?: string) => runCli(args, { input });
const tmp = tempDir("dti-fill-");
const recalcAvailable = libreOfficeAvailable;

beforeAll(ensureBuilt);

describe("dti fill", () => {
  const out = join(tmp, "filled.xlsx");
  let plan: { rows: { row: number; code: string; points: number }[]; pillars: Record<string, number>; total: number };
  beforeAll(() => {
    const r = run(["fill", "samples/so-lieu-cham-diem-2026.xlsx", "-o", out, "--json"]);
    expect(r.status).toBe(0);
    plan = JSON.parse(r.out);
  });

  it("writes the same points as dti score, row by row", async () => {
    const lines = INPUT_ROWS.filter((r) => typeof r[0] === "string").map((r) => [r[0], ...r.slice(2, 6)].map((v) => (v === null || v === undefined ? "" : String(v))).join("\t"));
    const scored = run(["score", "-"], lines.join("\n") + "\n").out.trim().split("\n");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(plan.rows).toHaveLength(27);
    plan.rows.forEach((row, i) => {
      expect(ws.getCell(`G${row.row}`).value).toBe(Number(scored[i]));
      expect(row.points).toBe(Number(scored[i]));
    });
    expect(ws.getCell("G5").value).toMatchObject({ formula: "SUM(G6:G11)", result: plan.pillars["1"] });
    expect(ws.getCell("G39").value).toMatchObject({ formula: "SUM(G5,G12,G17,G20,G27,G32)", result: plan.total });
    expect(ws.getCell("B39").value).toBe("Tổng điểm");
  });

  it("LibreOffice recalculates the totals to the same values", async () => {
    // `npm test` installs LibreOffice first where it can (scripts/ensure-tools.sh); without it this fails, not skips.
    expect(recalcAvailable(), "LibreOffice (Debian package libreoffice-calc) is needed: run bash scripts/ensure-tools.sh").toBe(true);
    // Poison the cached results so a passing check proves LibreOffice recalculated them.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    for (const a of ["G5", "G12", "G17", "G20", "G27", "G32", "G39", "G40"]) {
      const v = ws.getCell(a).value as { formula: string };
      ws.getCell(a).value = { formula: v.formula, result: 12345 } as ExcelJS.CellFormulaValue;
    }
    const poisoned = join(tmp, "poisoned.xlsx");
    await wb.xlsx.writeFile(poisoned);
    const rows = recalcCsv_(poisoned);
    const at = (a: string) => Number(rows[Number(a.slice(1)) - 1][6]);
    expect(at("G5")).toBeCloseTo(plan.pillars["1"], 6);
    expect(at("G12")).toBeCloseTo(plan.pillars["2"], 6);
    expect(at("G17")).toBeCloseTo(plan.pillars["3"], 6);
    expect(at("G20")).toBeCloseTo(plan.pillars["4"], 6);
    expect(at("G27")).toBeCloseTo(plan.pillars["5"], 6);
    expect(at("G32")).toBeCloseTo(plan.pillars["6"], 6);
    expect(at("G39")).toBeCloseTo(plan.total, 6);
    expect(Number(rows[39][6])).toBeCloseTo(plan.total / 1000, 4);
  });

  it("refuses to overwrite cells the user typed unless --force, and never the input file", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile("samples/so-lieu-cham-diem-2026.xlsx");
    wb.worksheets[0].getCell("G8").value = "đang xác minh";
    const src = join(tmp, "typed.xlsx");
    await wb.xlsx.writeFile(src);
    const r = run(["fill", src, "-o", join(tmp, "typed-out.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.err).toContain("G8");
    expect(existsSync(join(tmp, "typed-out.xlsx"))).toBe(false);
    expect(run(["fill", src, "-o", join(tmp, "typed-out.xlsx"), "--force"]).status).toBe(0);
    expect(run(["fill", src, "-o", src]).status).toBe(2);
  });

  it("a template filled with the sample's inputs scores the same total", async () => {
    const tpl = join(tmp, "mau.xlsx");
    expect(run(["template", "-o", tpl]).status).toBe(0);
    expect(run(["template", "-o", tpl]).status).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tpl);
    const ws = wb.worksheets[0];
    const byCode = new Map(INPUT_ROWS.filter((r) => typeof r[0] === "string").map((r) => [r[0], r.slice(2, 6)]));
    ws.eachRow((row) => {
      const inputs = byCode.get(String(row.getCell(1).value));
      inputs?.forEach((v, i) => {
        if (v !== null && v !== undefined) row.getCell(4 + i).value = v as ExcelJS.CellValue;
      });
    });
    await wb.xlsx.writeFile(tpl);
    const r = run(["fill", tpl, "-o", join(tmp, "mau-cham.xlsx"), "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).total).toBe(plan.total);
  });

  it("--values writes numbers only", async () => {
    const f = join(tmp, "values.xlsx");
    expect(run(["fill", "samples/so-lieu-cham-diem-2026.xlsx", "-o", f, "--values"]).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    expect(wb.worksheets[0].getCell("G39").value).toBe(plan.total);
  });
});

function recalcCsv_(file: string): string[][] {
  return recalcCsv(file, tmp);
}
