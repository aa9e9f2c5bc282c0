// The validator on seeds 000, 001 and 003, a correct appendix, and planted defects: rule ids, cells, numbers.
import { beforeAll, describe, expect, it } from "vitest";
import { validateAppendix, validateSheets, type CheckReport, type Finding } from "../../../core/appendix/validate";
import type { Grid } from "../../../core/grid";
import { DONG_NAI_ROWS } from "../../../scripts/samples/dong-nai";
import { correctDraftAppendix, dongNaiGrid, sampleGrid } from "../../fixtures/grids";

/** Sheet row of a seed-000 row in `dongNaiGrid` (three rows of title and header above). */
const rowOf = (code: string) => DONG_NAI_ROWS.findIndex((r) => r[0] === code) + 4;

const has = (r: CheckReport, rule: string, code: string | null, cell?: string) =>
  r.findings.some((f) => f.rule === rule && f.code === code && (cell === undefined || f.cell === cell));
const rules = (r: CheckReport, severity?: Finding["severity"]) =>
  r.findings.filter((f) => !severity || f.severity === severity).map((f) => `${f.rule}@${f.code}`);

describe("seed 000 — Đồng Nai province appendix", () => {
  let r: CheckReport;
  beforeAll(async () => {
    r = validateAppendix(await sampleGrid("dong-nai-phu-luc-2026-2030.xlsx"));
  });

  it("recognises all 29 rows in qd405-29 at province level, with no identity errors", () => {
    expect(r.edition).toBe("qd405-29");
    expect(r.level).toBe("province");
    expect(r.indicators).toHaveLength(29);
    expect(r.indicators.every((i) => i.key !== null)).toBe(true);
    expect(r.findings.filter((f) => ["indicator-unknown", "indicator-duplicate", "code-name-mismatch", "indicator-missing"].includes(f.rule))).toEqual([]);
  });

  it.each<[string, string, string]>([
    ["lead-multiple", "4.1", "C23"],
    ["lead-also-coordinator", "4.1", "C23"],
    ["lead-also-coordinator", "4.4", "C26"],
    ["lead-also-coordinator", "6.5", "C40"],
    ["lead-collective", "2.1", "C14"],
    ["lead-collective", "2.2", "C15"],
    ["lead-collective", "4.3", "C25"],
    ["lead-collective", "4.4", "C26"],
    ["lead-collective", "4.5", "C27"],
    ["lead-collective", "4.6", "C28"],
    ["lead-collective", "6.5", "C40"],
    ["basis-missing", "4.7", "G29"],
    ["target-below-full-points", "1.1", "E7"],
    ["target-below-full-points", "1.3", "E9"],
    ["target-below-full-points", "4.4", "E26"],
    ["target-below-full-points", "4.5", "E27"],
    ["target-below-full-points", "5.1", "E31"],
    ["target-below-full-points", "5.3", "E33"],
    ["target-below-full-points", "5.4", "E34"],
    ["target-below-full-points", "6.2", "E37"],
    ["target-below-full-points", "6.3", "E38"],
    ["target-below-full-points", "6.5", "E40"],
    ["target-below-full-points", "1.3", "F9"],
    ["target-qualitative", "1.4", "E10"],
    ["target-qualitative", "1.6", "E12"],
  ])("finds %s on %s at %s", (rule, code, cell) => {
    expect(has(r, rule, code, cell)).toBe(true);
  });

  it("flags exactly the listed targets below full points, with the points forgone", () => {
    const below = r.findings.filter((f) => f.rule === "target-below-full-points");
    expect(below.map((f) => `${f.code}@${f.params.year}`).sort()).toEqual(
      ["1.1@2026", "1.3@2026", "1.3@2030", "4.4@2026", "4.5@2026", "5.1@2026", "5.3@2026", "5.4@2026", "6.2@2026", "6.3@2026", "6.5@2026"].sort(),
    );
    const forgone = Object.fromEntries(below.map((f) => [`${f.code}@${f.params.year}`, f.params.forgone]));
    expect(forgone).toMatchObject({ "1.1@2026": 1, "1.3@2026": 2, "1.3@2030": 0.2, "5.1@2026": 16.67, "5.3@2026": 25, "5.4@2026": 10, "6.2@2026": 6.32, "6.3@2026": 22.86, "6.5@2026": 5 });
    // Pillar 4 has no published maxima in qd405-29: the share of the maximum is given instead.
    expect(forgone["4.4@2026"]).toBeNull();
    expect(below.find((f) => f.code === "4.5")!.params.forgoneShare).toBe(0.69);
  });

  it("projects the 2026 score per pillar; pillars 3 and 4 cannot be scored in qd405-29", () => {
    const p = r.projection["2026"];
    expect(p.pillars).toEqual({ "1": 137, "2": 100, "3": null, "4": null, "5": 148.33, "6": 165.82 });
    expect(p.total).toBe(551.15);
    expect(p.unscored.filter((u) => u.reason === "qualitative").map((u) => u.code)).toEqual(["1.4", "1.6"]);
    expect(p.unscored.filter((u) => u.reason === "rule-not-published").map((u) => u.code)).toEqual(["3.2", "4.3"]);
    expect(r.projection["2030"].pillars).toEqual({ "1": 199.8, "2": 100, "3": null, "4": null, "5": 200, "6": 200 });
  });
});

describe("seed 001 — Đại Phước commune appendix", () => {
  let r: CheckReport;
  beforeAll(async () => {
    r = validateAppendix(await sampleGrid("dai-phuoc-phu-luc-xa.xlsx"));
  });

  it("recognises all 19 rows by name (wrapped rows joined), commune level, qd405-29", () => {
    expect(r.level).toBe("commune");
    expect(r.edition).toBe("qd405-29");
    expect(r.indicators).toHaveLength(19);
    expect(r.indicators.map((i) => i.code)).toEqual([
      "2.1", "2.2", "4.4", "4.5", "4.6", "6.5", "1.4", "1.5", "1.6", "2.3", "2.4", "3.1", "3.2", "3.3", "4.7", "5.1", "6.1", "6.3", "6.4",
    ]);
    expect(r.findings.filter((f) => ["indicator-unknown", "indicator-duplicate", "code-name-mismatch", "group-count-mismatch"].includes(f.rule))).toEqual([]);
  });

  it("finds the two leads of I.06 and lists the 10 unassigned indicators as info", () => {
    expect(has(r, "lead-multiple", "6.5", "C13")).toBe(true);
    const missing = r.findings.filter((f) => f.rule === "indicator-missing");
    expect(missing.every((f) => f.severity === "info")).toBe(true);
    expect(missing.map((f) => f.code)).toEqual(["1.1", "1.2", "1.3", "4.1", "4.2", "4.3", "5.2", "5.3", "5.4", "6.2"]);
  });

  it("checks the declared group counts", async () => {
    const g = await sampleGrid("dai-phuoc-phu-luc-xa.xlsx");
    const row = g.values.findIndex((v) => typeof v[0] === "string" && v[0].startsWith("II."));
    g.values[row][0] = String(g.values[row][0]).replace("(13)", "(12)");
    const r2 = validateAppendix(g);
    const f = r2.findings.filter((x) => x.rule === "group-count-mismatch");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: `A${row + 1}`, params: { declared: 12, count: 13 } });
  });
});

describe("seed 003 — Gia Lai scoring table", () => {
  let r: CheckReport;
  beforeAll(async () => {
    r = validateAppendix(await sampleGrid("gia-lai-bang-diem.xlsx"));
  });

  it("reads 27 indicators in draft-2025", () => {
    expect(r.edition).toBe("draft-2025");
    expect(r.indicators).toHaveLength(27);
  });

  it("finds every listed defect and nothing else", () => {
    expect(rules(r).sort()).toEqual(
      [
        "code-name-mismatch@4.4",
        "pillar-name-mismatch@null",
        "target-points-over-max@1.4",
        "target-points-over-max@6.1",
        "target-points-over-max@6.3",
        "target-points-over-max@6.5",
        "total-mismatch@null",
        "total-mismatch@null",
        "total-mismatch@null",
      ].sort(),
    );
    const totals = r.findings.filter((f) => f.rule === "total-mismatch").map((f) => [f.cell, f.params.stated, f.params.sum]);
    expect(totals).toEqual([
      ["F5", 194, 196],
      ["F32", 180, 170],
      ["F38", 912, 914],
    ]);
    expect(r.findings.find((f) => f.cell === "F38")!.params.pillarsSum).toBe(922);
    expect(r.findings.find((f) => f.rule === "code-name-mismatch")).toMatchObject({ cell: "B24", params: { nameKey: "full-online-services" } });
    expect(r.findings.find((f) => f.rule === "pillar-name-mismatch")).toMatchObject({ cell: "B5", params: { n: 1 } });
  });

  it("reports a stated maximum that differs from the edition's", async () => {
    const g = await sampleGrid("gia-lai-bang-diem.xlsx");
    const row = g.values.findIndex((v) => v[0] === "5.2");
    g.values[row][4] = 30;
    const r2 = validateAppendix(g);
    expect(r2.findings.filter((f) => f.rule === "max-mismatch").map((f) => [f.cell, f.code, f.params.stated, f.params.max])).toEqual([[`E${row + 1}`, "5.2", 30, 50]]);
    // The pillar row still states the pillar's own maximum (200): reported once, on the wrong cell only.
    expect(r2.findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["F5", "F32", "F38"]);
    const pillarRow = g.values.findIndex((v) => v[0] === "5");
    g.values[pillarRow][4] = 150;
    expect(validateAppendix(g).findings.filter((f) => f.rule === "max-mismatch").map((f) => [f.cell, f.params.stated, f.params.max])).toContainEqual([`E${pillarRow + 1}`, 150, 200]);
  });
});

describe("a correct appendix raises no error and no warning", () => {
  it("draft-2025, reworded headers, two-row merged header, codes as numbers", () => {
    const r = validateAppendix(correctDraftAppendix());
    expect(r.edition).toBe("draft-2025");
    expect(r.indicators).toHaveLength(27);
    expect(rules(r, "error")).toEqual([]);
    expect(rules(r, "warning")).toEqual([]);
    expect(r.projection["2026"].total).toBe(1000);
    expect(r.projection["2030"].total).toBe(1000);
  });

  it("seed 000 with its defects mended", () => {
    const mended: Grid = dongNaiGrid((row) => {
      if (row.length === 2) return row;
      const [code] = row as string[];
      row[2] = code === "4.1" ? "Văn phòng UBND tỉnh" : code.startsWith("6") ? "Sở Y tế" : "Sở KH&CN";
      row[3] = "Sở Nội vụ";
      if (code === "5.2") {
        row[4] = "01 doanh nghiệp/1.000 dân";
      } else if (code === "4.7") row[4] = "Đạt trên 1%";
      else if (code === "2.2") row[4] = "10%";
      else row[4] = "100%";
      if (code !== "5.2" && code !== "4.7" && code !== "2.2") row[5] = "100%";
      row[6] = row[6] || "Kế hoạch chuyển đổi số của tỉnh";
      return row;
    });
    const r = validateAppendix(mended);
    expect(r.indicators).toHaveLength(29);
    expect(rules(r, "error")).toEqual([]);
    expect(rules(r, "warning")).toEqual([]);
  });
});

describe("planted defects", () => {
  const variant = (edit: (row: unknown[]) => unknown[] | null) => validateAppendix(dongNaiGrid(edit as never));

  it("an unknown row, a duplicate, a code that names another indicator, a misplaced indicator", () => {
    const r = variant((row) => {
      if (row[0] === "1.2") return ["1.2", "Tỷ lệ cán bộ đi công tác nước ngoài", "Sở Ngoại vụ", "", "10%", "20%", "x", "y"];
      if (row[0] === "5.4") return ["5.4", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ...row.slice(2)];
      if (row[0] === "5.3") return ["5.3", "Tỷ lệ hồ sơ trực tuyến toàn trình", ...row.slice(2)];
      if (row[0] === "6.1") return ["2.5", "Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử sử dụng được cho các giao dịch điện tử", ...row.slice(2)];
      return row;
    });
    expect(r.findings.find((f) => f.rule === "code-name-mismatch" && f.code === "1.2")).toMatchObject({ cell: `B${rowOf("1.2")}`, params: { nameKey: null } });
    expect(has(r, "code-name-mismatch", "5.3")).toBe(true);
    expect(has(r, "code-name-mismatch", "6.1")).toBe(true);
  });

  it("the same indicator twice, and one under the wrong pillar", () => {
    const r = variant((row) => (row[0] === "6.4" ? ["6.3", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ...row.slice(2)] : row));
    expect(r.findings.find((f) => f.rule === "indicator-duplicate")).toMatchObject({ code: "6.3", cell: `B${rowOf("6.4")}`, params: { firstRow: rowOf("6.3") } });
    expect(has(r, "indicator-missing", "6.4")).toBe(true);
    const moved = validateAppendix(dongNaiGrid((row) => (row[0] === 2 ? null : row)));
    expect(moved.findings.filter((f) => f.rule === "pillar-misplaced").map((f) => f.code)).toEqual(["2.1", "2.2", "2.3", "2.4"]);
  });

  it("missing lead and target, a target over 100 %, a 2030 target below 2026, empty tasks", () => {
    const r = variant((row) => {
      if (row[0] === "1.1") return ["1.1", row[1], "", row[3], "", "100%", row[6], ""];
      if (row[0] === "2.3") return ["2.3", row[1], row[2], row[3], "120%", "100%", row[6], row[7]];
      if (row[0] === "6.1") return ["6.1", row[1], row[2], row[3], "100%", "90%", row[6], row[7]];
      return row;
    });
    expect(has(r, "lead-missing", "1.1", `C${rowOf("1.1")}`)).toBe(true);
    expect(has(r, "target-missing", "1.1", `E${rowOf("1.1")}`)).toBe(true);
    expect(has(r, "tasks-missing", "1.1", `H${rowOf("1.1")}`)).toBe(true);
    expect(has(r, "target-over-100", "2.3")).toBe(true);
    expect(has(r, "target-regression", "6.1")).toBe(true);
    expect(r.findings.find((f) => f.rule === "target-regression")!.params).toMatchObject({ year: 2030, prevYear: 2026 });
  });

  it("a pillar heading with the wrong name", () => {
    const r = variant((row) => (row[0] === 3 ? [3, "An ninh quốc phòng"] : row));
    expect(r.findings.filter((f) => f.rule === "pillar-name-mismatch").map((f) => f.params.n)).toEqual([3]);
  });

  it("a row that names no indicator and has no code", () => {
    const r = variant((row) => (row[0] === "5.4" ? ["", "Tỷ lệ cán bộ đi công tác nước ngoài", "Sở Ngoại vụ", "", "10%", "20%", "x", "y"] : row));
    expect(r.findings.filter((f) => f.rule === "indicator-unknown").map((f) => f.cell)).toEqual([`B${rowOf("5.4")}`]);
  });

  it("no table at all", () => {
    const r = validateAppendix({ name: "Trống", values: [["Báo cáo"], ["Nội dung tự do"]] });
    expect(r.findings.map((f) => f.rule)).toEqual(["header-not-found"]);
  });

  it("messages come in English on request, findings unchanged", async () => {
    const g = await sampleGrid("gia-lai-bang-diem.xlsx");
    const vi = validateAppendix(g);
    const en = validateAppendix(g, { lang: "en" });
    expect(en.findings.map((f) => [f.rule, f.cell])).toEqual(vi.findings.map((f) => [f.rule, f.cell]));
    expect(en.findings[0].message).not.toBe(vi.findings[0].message);
  });
});

describe("validateSheets", () => {
  it("reports on the sheet whose table has the most indicators", async () => {
    const notes: Grid = { name: "Ghi chú", values: [["Báo cáo tháng 11"]] };
    const r = validateSheets([notes, await sampleGrid("gia-lai-bang-diem.xlsx")]);
    expect([r.sheet, r.indicators.length]).toEqual(["Mục tiêu", 27]);
    expect(validateSheets([notes]).findings.map((f) => f.rule)).toEqual(["header-not-found"]);
  });
});
