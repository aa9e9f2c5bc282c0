// The ready input template: every indicator, readable by the table finder and the fill plan.
import { describe, expect, it } from "vitest";
import { findTable } from "../../core/appendix/table";
import { validateAppendix } from "../../core/appendix/validate";
import { isFillFailure, planFill } from "../../core/fill";
import { buildTemplate, planTemplateSheet } from "../../core/template";

describe("buildTemplate", () => {
  it.each([["draft-2025", 27], ["qd405-29", 29]] as const)("%s: every indicator under its pillar, with input columns the fill reads", (edition, count) => {
    const t = buildTemplate(edition);
    expect(t.indicatorRows).toHaveLength(count);
    expect(t.pillarRows).toHaveLength(6);
    const table = findTable(t.grid)!;
    expect(table.edition).toBe(edition);
    expect(table.indicators).toHaveLength(count);
    expect(table.columns.map((c) => c.role)).toEqual(["stt", "name", "a", "b", "c", "d", "max", "score"]);
    const report = validateAppendix(t.grid);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("says what a, b, c, d mean on each row, and which maxima are not published", () => {
    const t = buildTemplate("qd405-29");
    const row = (code: string) => t.grid.values.find((v) => v[0] === code)!;
    expect(String(row("4.5")[2])).toMatch(/^a = Tổng số hồ sơ.*\nb = Số hồ sơ trực tuyến toàn trình$/);
    expect(row("4.5")[7]).toBe("chưa công bố");
    expect(row("6.3")[7]).toBe(40);
    expect(row("3.2")[2]).toBe("chưa công bố");
  });

  it("a filled-in template scores like any input table", () => {
    const t = buildTemplate("draft-2025");
    const row = t.grid.values.find((v) => v[0] === "6.3")!;
    row[3] = "350.000";
    row[4] = "1.000.000";
    const plan = planFill(t.grid, { host: "xlsx" });
    if (isFillFailure(plan)) throw new Error(plan.message);
    expect(plan.rows.find((r) => r.code === "6.3")!.points).toBe(20);
    expect(plan.rows.find((r) => r.code === "1.1")!.error!.code).toBe("#N/A");
  });
});

describe("the template as a new sheet", () => {
  it.each(["vi", "en"] as const)("in %s: live SCORE formulas on every indicator row, in both hosts", (lang) => {
    for (const host of ["excel", "sheets"] as const) {
      const sheet = planTemplateSheet("draft-2025", host, lang);
      const scores = sheet.cells.filter((c) => c.formula && /DTI[._]SCORE/.test(c.formula));
      expect(scores).toHaveLength(27);
      expect(scores[0].formula).toContain(host === "excel" ? "DTI.SCORE" : "DTI_SCORE");
    }
  });
});
