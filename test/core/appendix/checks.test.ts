// One rule per check: every rule declared once with its severity and messages; messages worded from data only.
import { describe, expect, it } from "vitest";
import { FINDING_MESSAGES } from "../../../core/appendix/messages";
import { RULES } from "../../../core/appendix/checks/rules";
import { rowUnit } from "../../../core/appendix/checks/units";
import { DECLARED_RULES, ROW_CHECKS, TABLE_CHECKS, validateAppendix } from "../../../core/appendix/validate";
import { Collector } from "../../../core/appendix/checks/collector";
import type { Grid } from "../../../core/grid";
import { correctDraftAppendix, sampleGrid } from "../../fixtures/grids";

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

describe("each check declares the rules it raises", () => {
  it("every rule of the table is declared by some check (or by the report itself), and nothing else is", () => {
    expect([...DECLARED_RULES].sort()).toEqual(Object.keys(RULES).sort());
  });

  it("every check declares at least one rule, each one in the rules table", () => {
    for (const check of [...ROW_CHECKS, ...TABLE_CHECKS]) {
      expect(check.rules.length).toBeGreaterThan(0);
      for (const rule of check.rules) expect(Object.keys(RULES)).toContain(rule);
    }
  });

  it("a check raising a rule it did not declare is refused while it runs", () => {
    const out = new Collector("vi");
    expect(() => out.within(["lead-missing"], () => out.add("target-missing", null, null))).toThrow(/target-missing/);
    out.within(["lead-missing"], () => out.add("lead-missing", null, null));
    expect(out.findings.map((f) => f.rule)).toEqual(["lead-missing"]);
  });

  it("the seeds raise only declared rules (the collector would throw otherwise), and raise some", async () => {
    const rules = new Set<string>();
    for (const f of ["dong-nai-phu-luc-2026-2030.xlsx", "gia-lai-bang-diem.xlsx", "dai-phuoc-phu-luc-xa.xlsx"]) {
      for (const finding of validateAppendix(await sampleGrid(f)).findings) rules.add(finding.rule);
    }
    expect(rules.size).toBeGreaterThan(8);
  });
});

describe("the rules table", () => {
  it("declares a Vietnamese and an English message for every message key of every rule", () => {
    for (const [rule, spec] of Object.entries(RULES)) {
      expect(spec.messages.length, rule).toBeGreaterThan(0);
      for (const key of spec.messages) {
        expect((FINDING_MESSAGES.vi as Record<string, string>)[key], `${rule}: vi ${key}`).toBeTruthy();
        expect((FINDING_MESSAGES.en as Record<string, string>)[key], `${rule}: en ${key}`).toBeTruthy();
      }
    }
  });

  it("every finding on the samples carries the severity its rule declares", async () => {
    for (const f of ["dong-nai-phu-luc-2026-2030.xlsx", "dai-phuoc-phu-luc-xa.xlsx", "gia-lai-bang-diem.xlsx", "yen-hung-chi-tieu-2025.xlsx"]) {
      const r = validateAppendix(await sampleGrid(f));
      for (const x of r.findings) {
        const s = RULES[x.rule].severity;
        expect(x.severity, `${f} ${x.rule}`).toBe(typeof s === "string" ? s : s[r.level]);
      }
    }
  });

  it("an English report has no Vietnamese words but the sheet's own text and the catalog's names", async () => {
    let checked = 0;
    for (const f of ["dong-nai-phu-luc-2026-2030.xlsx", "dai-phuoc-phu-luc-xa.xlsx", "gia-lai-bang-diem.xlsx", "yen-hung-chi-tieu-2025.xlsx"]) {
      for (const x of validateAppendix(await sampleGrid(f), { lang: "en" }).findings) {
        let text = x.message;
        // What comes from the sheet or the catalog (texts, names, targets) is data, not wording.
        for (const v of Object.values(x.params)) if (typeof v === "string" && v) text = text.split(v).join("");
        expect(text, `${x.rule}: ${x.message}`).not.toMatch(VIETNAMESE);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("max-mismatch data says what it is about (indicator, pillar or table), never in words", async () => {
    const g = await sampleGrid("gia-lai-bang-diem.xlsx");
    const row = g.values.findIndex((r) => r[0] === "5.2");
    const maxCol = g.values.findIndex((r) => r.some((v) => typeof v === "string" && /tối đa/i.test(v)));
    expect(maxCol).toBeGreaterThanOrEqual(0);
    g.values[row][4] = 30;
    const f = validateAppendix(g).findings.filter((x) => x.rule === "max-mismatch");
    expect(f.map((x) => x.params)).toContainEqual(expect.objectContaining({ stated: 30, max: 50, code: "5.2" }));
    for (const x of f) expect(Object.values(x.params).filter((v) => typeof v === "string" && VIETNAMESE.test(v))).toEqual([]);
  });
});

describe("units on rows outside the catalog", () => {
  it.each([
    ["Số hộ gia đình được hỗ trợ lắp đặt cáp quang", "số lượng"],
    ["Tốc độ truy cập Internet băng rộng cố định bình quân (Mb/s)", "Mb/s"],
    ["Số doanh nghiệp công nghệ số/1.000 dân", "/1.000 dân"],
    ["Tỷ lệ hộ gia đình có cáp quang", null],
  ])("%s measures in %s", (name, unit) => {
    expect(rowUnit(name)).toBe(unit);
  });

  it("a row in its own unit with a target in % is a unit mismatch; a share row is not", () => {
    const g: Grid = correctDraftAppendix();
    g.values.push(["", "Tốc độ truy cập Internet băng rộng cố định bình quân (Mb/s)", "Sở KH&CN", "", "90%", "100", "Kế hoạch", "Triển khai"]);
    g.values.push(["", "Số hộ gia đình được hỗ trợ lắp đặt cáp quang", "Sở KH&CN", "", "1.200", "2.000", "Kế hoạch", "Triển khai"]);
    const r = validateAppendix(g);
    const own = r.findings.filter((x) => x.rule === "target-unit-mismatch");
    expect(own.map((x) => [x.cell, x.params.targetUnit, x.params.rowUnit])).toEqual([[`E${g.values.length - 1}`, "%", "Mb/s"]]);
  });
});
