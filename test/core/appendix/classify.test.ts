// Knowing what a table is before judging it: other frameworks and non-DTI tables are described, never failed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateAppendix, type RuleId } from "../../../core/appendix/validate";
import { levelFromTitle } from "../../../core/appendix/level";
import type { Grid } from "../../../core/grid";
import type { Raw } from "../../../core/values";
import { cityDepartmentIndex, communePlanText, districtCriteria, dtiRanking, forestPayments, framework922, ictIndex } from "../../fixtures/other-tables";
import { correctDraftAppendix, sampleGrid } from "../../fixtures/grids";

const CATALOG: RuleId[] = ["indicator-missing", "pillar-name-mismatch", "pillar-misplaced", "code-name-mismatch", "indicator-unknown", "max-mismatch"];
const catalogFindings = (g: Grid) => validateAppendix(g).findings.filter((f) => CATALOG.includes(f.rule));

describe("what is this table?", () => {
  it.each([
    ["the published DTI ranking", dtiRanking, "table-not-dti", { kind: "ranking" }, "province"],
    ["the 2022 structure of 922/QĐ-BTTTT", framework922, "framework-other", { framework: "922/QĐ-BTTTT" }, "province"],
    ["a district's criteria for its communes", districtCriteria, "framework-other", { framework: null }, "district"],
    ["Hà Nội's index for its departments", cityDepartmentIndex, "framework-other", { framework: null }, "province"],
    ["a commune's model-plan text", communePlanText, "table-not-dti", { kind: "plan-text" }, "commune"],
    ["the ICT readiness index", ictIndex, "table-not-dti", { kind: "other-index" }, "province"],
    ["forest service payments", forestPayments, "table-not-dti", { kind: "other-index" }, "province"],
  ] as const)("%s: described (edition null), no error, no catalog finding", (_label, make, rule, params, level) => {
    const r = validateAppendix(make());
    expect(r.edition).toBeNull();
    expect(r.level).toBe(level);
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([[rule, "info"]]);
    expect(r.findings[0].params).toMatchObject(params);
    expect(r.projection).toEqual({});
  });

  it("--edition still forces an edition when the user says so", () => {
    const r = validateAppendix(framework922(), { edition: "draft-2025" });
    expect(r.edition).toBe("draft-2025");
    expect(r.findings.some((f) => f.rule === "indicator-missing")).toBe(true);
  });

  it("the real appendices keep their editions and findings", async () => {
    expect(validateAppendix(await sampleGrid("dong-nai-phu-luc-2026-2030.xlsx")).edition).toBe("qd405-29");
    expect(validateAppendix(await sampleGrid("dai-phuoc-phu-luc-xa.xlsx"))).toMatchObject({ edition: "qd405-29", level: "commune" });
    expect(validateAppendix(await sampleGrid("gia-lai-bang-diem.xlsx")).edition).toBe("draft-2025");
    const clean = validateAppendix(correctDraftAppendix());
    expect(clean.edition).toBe("draft-2025");
    expect(clean.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("rows as the document numbers them; honest recognition", () => {
  it("keeps a district's numbered criteria as rows; a colliding code names no indicator without the wording", () => {
    const r = validateAppendix(districtCriteria());
    expect(r.indicators.filter((i) => i.code).map((i) => i.code)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2"]);
    // "thôn được phủ sóng di động" is village coverage, not 5G population coverage (1.2).
    expect(r.indicators.find((i) => i.code === "1.1")!.key).toBeNull();
    expect(r.summary).toEqual({ rows: r.indicators.length, recognised: 0, unrecognised: r.indicators.length });
  });

  it("numbered rows with their own data are rows, not pillar headings", () => {
    const r = validateAppendix(cityDepartmentIndex());
    expect(r.indicators.map((i) => i.row)).toEqual([5, 6, 7, 8, 9]);
  });

  it("counts recognised rows only when they have a key", async () => {
    const r = validateAppendix(await sampleGrid("dong-nai-phu-luc-2026-2030.xlsx"));
    expect(r.summary).toEqual({ rows: 29, recognised: 29, unrecognised: 0 });
  });
});

describe("levels", () => {
  it.each([
    ["UBND tỉnh Đồng Nai", "province"],
    ["ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "province"],
    ["UBND thành phố Biên Hòa", "district"],
    ["Ủy ban nhân dân huyện Định Quán", "district"],
    ["UBND thị xã Long Khánh", "district"],
    ["Phòng Văn hóa và Thông tin huyện Xuân Lộc", "district"],
    ["UBND xã Đại Phước", "commune"],
    ["Ủy ban nhân dân phường Bà Rịa", "commune"],
    ["Kế hoạch chuyển đổi số", null],
  ] as const)("%s → %s", (title, level) => {
    expect(levelFromTitle(title)).toBe(level);
  });
});

/** A non-DTI table laid out as officers lay them out: title rows, merged titles, bullets, wrapped names. */
function relayout(g: Grid, o: { titleRows: number; blankRows: number; bullets: boolean; wrap: boolean; merged: boolean }): Grid {
  const header = g.values.findIndex((r) => r.filter((v) => v !== null && v !== "").length >= 3);
  const title = g.values.slice(0, header).filter((r) => r.length);
  const body = g.values.slice(header);
  const values: Raw[][] = [];
  for (let i = 0; i < o.titleRows; i++) values.push(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
  values.push(...title, ...Array.from({ length: o.blankRows }, () => [] as Raw[]));
  const headerAt = values.length;
  values.push(body[0]);
  for (const row of body.slice(1)) {
    const r = [...row];
    if (o.bullets && typeof r[1] === "string" && !/^[A-ZĐ ]+$/.test(r[1])) r[1] = `- ${r[1]}`;
    if (o.wrap && typeof r[1] === "string" && r[1].length > 30) {
      const cut = r[1].lastIndexOf(" ", 25);
      values.push([r[0], r[1].slice(0, cut), ...r.slice(2)]);
      values.push([null, r[1].slice(cut + 1)]);
    } else values.push(r);
  }
  const merges = o.merged ? title.map((_, i) => ({ top: o.titleRows + i, left: 0, bottom: o.titleRows + i, right: Math.max(1, body[0].length - 1) })) : [];
  return { values, merges: headerAt >= 0 ? merges : [] };
}

describe("property: re-laying a non-DTI table never produces a catalog finding", () => {
  it("over rankings, the 922 framework, district and city indices, other indices", () => {
    const tables = [dtiRanking(), framework922(), districtCriteria(), cityDepartmentIndex(), ictIndex(), forestPayments()];
    fc.assert(
      fc.property(
        fc.constantFrom(...tables.keys()),
        fc.record({ titleRows: fc.integer({ min: 0, max: 3 }), blankRows: fc.integer({ min: 0, max: 2 }), bullets: fc.boolean(), wrap: fc.boolean(), merged: fc.boolean() }),
        (i, o) => {
          const g = relayout(tables[i], o);
          expect(catalogFindings(g)).toEqual([]);
          expect(validateAppendix(g).edition).toBeNull();
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe("rows as numbered in a DTI table", () => {
  const commune = (): Grid => ({
    values: [
      ["PHỤ LỤC PHÂN CÔNG THỰC HIỆN CHỈ TIÊU DTI CỦA UBND XÃ AN PHƯỚC"],
      ["STT", "Chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp", "Năm 2026", "Đến năm 2030"],
      ["1.1. Mục tiêu chung"],
      ["01", "Tỷ lệ người dân có Sổ sức khỏe điện tử", "Trạm Y tế xã", "Các ấp", "90%", "100%"],
      [null, "a) Cách tính: số người có sổ trên tổng dân số của xã", null, null, null, null],
      [null, "- Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", null, null, "95%", "100%"],
      ["02", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "Công an xã", "Các ấp", "70%", "80%"],
    ],
  });

  it("a bullet with its own target is its own row; an 'a)' line continues the row above; a plan heading is neither", () => {
    const r = validateAppendix(commune());
    expect(r.indicators.map((i) => [i.row, i.key !== null])).toEqual([[4, true], [6, true], [7, true]]);
    expect(r.indicators[0].name).toContain("Cách tính");
    expect(r.indicators.some((i) => /Mục tiêu chung/.test(i.name))).toBe(false);
    expect(r.summary).toEqual({ rows: 3, recognised: 3, unrecognised: 0 });
  });
});
