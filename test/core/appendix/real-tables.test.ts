// Real tables judged as an officer would: their level from every signal, their kind, their own criteria
// sets, headers as written, keys by meaning, codes of any depth — each class re-laid many ways.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roleOf } from "../../../core/appendix/columns";
import { decideLevel, levelFromTitle } from "../../../core/appendix/level";
import { codeFromCell } from "../../../core/appendix/table";
import { validateAppendix, type CheckReport, type RuleId } from "../../../core/appendix/validate";
import type { Grid } from "../../../core/grid";
import type { Raw } from "../../../core/values";
import { communeByRows, communeInCapitals, departmentChecklist, mottoBlock, nationalTargets, provinceCommuneSet, provinceInCapitals, threeLevelCodes } from "../../fixtures/real-tables";

const CATALOG: RuleId[] = ["indicator-missing", "pillar-name-mismatch", "pillar-misplaced", "code-name-mismatch", "indicator-unknown", "max-mismatch", "indicator-duplicate", "target-points-over-max"];
const catalogFindings = (r: CheckReport) => r.findings.filter((f) => CATALOG.includes(f.rule));
const errors = (r: CheckReport) => r.findings.filter((f) => f.severity === "error");

describe("level from every signal", () => {
  it.each([
    ["XÃ ĐẠI PHƯỚC in capitals under ỦY BAN NHÂN DÂN", "commune", () => communeInCapitals("ỦY BAN NHÂN DÂN\nXÃ ĐẠI PHƯỚC")],
    ["PHƯỜNG in capitals", "commune", () => communeInCapitals("UBND PHƯỜNG TAM HIỆP")],
    ["THỊ TRẤN", "commune", () => communeInCapitals("ỦY BAN NHÂN DÂN\nTHỊ TRẤN NGÃI GIAO")],
    ["ĐẶC KHU", "commune", () => provinceInCapitals("ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC")],
    ["a central city spelt out", "province", () => provinceInCapitals("UBND THÀNH PHỐ HÀ NỘI")],
    ["a central city as TP.", "province", () => provinceInCapitals("ỦY BAN NHÂN DÂN\nTP. HỒ CHÍ MINH")],
    ["Huế, a central city since 2025", "province", () => provinceInCapitals("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ")],
    ["a city of a province", "district", () => provinceInCapitals("UBND THÀNH PHỐ BIÊN HÒA")],
    ["a district", "district", () => provinceInCapitals("UBND HUYỆN ĐỊNH QUÁN")],
    ["a town (thị xã)", "district", () => provinceInCapitals("ỦY BAN NHÂN DÂN\nTHỊ XÃ PHÚ MỸ")],
    ["a province", "province", () => provinceInCapitals("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG")],
  ] as const)("%s → %s", (_label, level, grid) => {
    expect(validateAppendix(grid()).level).toBe(level);
  });

  it.each([
    ["KẾ HOẠCH CHUYỂN ĐỔI SỐ XÃ ĐẠI PHƯỚC NĂM 2026", "commune"],
    ["Kế hoạch chuyển đổi số của Xã Long Phước", "commune"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — CHỈ SỐ XÃ HỘI SỐ", null],
    ["Bộ tiêu chí đánh giá chuyển đổi số của các xã trên địa bàn tỉnh", null],
    ["PHƯƠNG ÁN CHUYỂN ĐỔI SỐ NĂM 2026", null],
    ["Kế hoạch của Ủy ban nhân dân tỉnh Gia Lai", "province"],
  ] as const)("title %s → %s", (title, level) => {
    expect(levelFromTitle(title)).toBe(level);
  });

  it("rows that say 'trên địa bàn xã', 'UBND cấp xã' make a commune's table, whatever its numbering", () => {
    const g = communeByRows();
    // Catalog codes in the number column: the numbering no longer says commune; the rows do.
    g.values.slice(1).forEach((row, i) => (row[0] = ["1.1", "1.2", "1.3", "2.3", "2.4", "4.3", "4.4", "5.4", "6.1", "6.2", "6.3"][i]));
    const r = validateAppendix(g);
    expect(r.level).toBe("commune");
    expect(r.findings.filter((f) => f.rule === "indicator-missing").every((f) => f.severity === "info")).toBe(true);
  });

  it("says which signal decided when signals disagree, and only then", () => {
    expect(decideLevel({ title: "UBND TỈNH ĐỒNG NAI", rows: ["Tỷ lệ hộ trên địa bàn xã", "Số người trên địa bàn xã"], leads: [], groups: false, headers: [], anyCode: true })).toEqual({ level: "province", from: "title", disagree: true });
    expect(decideLevel({ title: "", rows: ["Tỷ lệ hộ trên địa bàn xã", "Số người trên địa bàn xã"], leads: ["Sở Y tế", "Sở Nội vụ", "Công an tỉnh"], groups: false, headers: [], anyCode: true })).toEqual({ level: "commune", from: "rows", disagree: true });
    expect(decideLevel({ title: "", rows: [], leads: ["Công an xã", "Văn phòng HĐND và UBND xã", "Công chức Văn hóa - Xã hội xã"], groups: false, headers: [], anyCode: true })).toEqual({ level: "commune", from: "units", disagree: false });
    expect(decideLevel({ title: "UBND XÃ ĐẠI PHƯỚC", rows: [], leads: [], groups: true, headers: [], anyCode: false, option: "province" })).toMatchObject({ level: "province", from: "option" });
    expect(decideLevel({ title: "", rows: [], leads: ["Sở Y tế", "Cơ sở dữ liệu", "Sở Tài chính", "Sở Nội vụ"], groups: false, headers: [], anyCode: true })).toMatchObject({ level: "province", from: "units" });
  });

  it("puts levelFrom on the findings whose severity the level decides, when signals disagree", () => {
    const g = communeInCapitals("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI");
    g.values.forEach((row, i) => {
      if (i > 5 && typeof row[1] === "string") row[1] = `${row[1]} trên địa bàn xã`;
    });
    const r = validateAppendix(g);
    expect(r.level).toBe("province");
    const missing = r.findings.filter((f) => f.rule === "indicator-missing");
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((f) => f.params.levelFrom === "title")).toBe(true);
    expect(validateAppendix(provinceInCapitals("UBND TỈNH ĐỒNG NAI")).findings.some((f) => "levelFrom" in f.params)).toBe(false);
  });
});

describe("a province's own criteria set", () => {
  it("is framework-other with its criteria, matched DTI indicators and maxima's sum; no catalog finding, no error", () => {
    const r = validateAppendix(provinceCommuneSet());
    expect(r.edition).toBeNull();
    expect(r.level).toBe("commune");
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([["framework-other", "info"]]);
    expect(r.findings[0].params).toMatchObject({ framework: null, criteria: 21, maxTotal: 1000 });
    expect(r.findings[0].params.matched).toBeGreaterThanOrEqual(5);
    // The overlapping criteria are keyed by what they say.
    const keyed = r.indicators.filter((i) => i.key).map((i) => i.code);
    expect(keyed).toEqual(expect.arrayContaining(["1.2", "4.2", "5.3", "6.1", "6.2", "6.3"]));
    expect(new Set(r.indicators.map((i) => i.key).filter(Boolean)).size).toBe(keyed.length);
  });

  it("still finds what is wrong in any table: a score above its maximum, verified above self, totals that do not add up", () => {
    const g = provinceCommuneSet();
    const at = (code: string) => g.values.findIndex((row) => row[0] === code);
    g.values[at("1.3")][3] = 35; // self 35 > max 30 (and the pillar's self total no longer adds up)
    g.values[at("2.1")][4] = 30;
    g.values[at("2.2")][4] = 38; // verified 38 > self 35
    g.values[at("VI")][2] = 210; // pillar VI's maximum stated 210, its criteria add to 200
    const r = validateAppendix(g);
    const found = r.findings.filter((f) => f.rule !== "framework-other").map((f) => [f.rule, f.cell]);
    const row = (code: string) => at(code) + 1;
    expect(found).toEqual(expect.arrayContaining([
      ["score-over-max", `D${row("1.3")}`],
      ["verified-above-self", `E${row("2.2")}`],
      ["total-mismatch", `C${row("VI")}`],
      ["total-mismatch", `D${row("I")}`],
    ]));
    expect(catalogFindings(r)).toEqual([]);
  });

  it("a set that numbers and words its criteria like the draft but gives its own maxima is still its own", () => {
    const values: Raw[][] = [["TT", "Tiêu chí", "Điểm chuẩn", "Điểm tự chấm"]];
    for (const [code, name, max] of [["1.1", "Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s", 50], ["1.3", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", 60], ["4.4", "Tỷ lệ hồ sơ trực tuyến toàn trình", 90], ["6.3", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", 80], ["6.4", "Tỷ lệ người dân có Sổ sức khỏe điện tử", 70]] as const) values.push([code, name, max, max]);
    const r = validateAppendix({ values });
    expect(r.findings.map((f) => f.rule)).toEqual(["framework-other"]);
    expect(r.findings[0].params).toMatchObject({ criteria: 5, matched: 5, maxTotal: 350 });
  });
});

describe("tables that are not DTI appendices", () => {
  it.each([
    ["a department's checklist under 'Nội dung đánh giá', 'Phụ trách'", departmentChecklist, "other"],
    ["a national target table with lead ministries", nationalTargets, "targets"],
  ] as const)("%s: table-not-dti, edition null, never header-not-found", (_label, make, kind) => {
    const r = validateAppendix(make());
    expect(r.edition).toBeNull();
    expect(r.findings.map((f) => [f.rule, f.severity, f.params.kind])).toEqual([["table-not-dti", "info", kind]]);
  });

  it("a table under a header of other words is described, not failed; a line of text is still no table", () => {
    const g: Grid = { values: [["Danh sách cán bộ"], ["Họ tên", "Chức vụ", "Đơn vị"], ["Nguyễn Văn A", "Trưởng phòng", "Phòng Nội vụ"], ["Trần Thị B", "Chuyên viên", "Phòng Tài chính"], ["Lê Văn C", "Chuyên viên", "Văn phòng"]] };
    expect(validateAppendix(g).findings.map((f) => [f.rule, f.params.kind])).toEqual([["table-not-dti", "other"]]);
    expect(validateAppendix(g).edition).toBeNull();
    const text = validateAppendix({ values: [["Báo cáo"], ["Nội dung tự do"]] });
    expect([text.findings.map((f) => f.rule), text.edition]).toEqual([["header-not-found"], null]);
  });
});

describe("headers as they are written", () => {
  it.each([
    ["Tiêu chí", "name"],
    ["Nội dung đánh giá", "name"],
    ["Tiêu chí đánh giá", "name"],
    ["Điểm chuẩn", "max"],
    ["Điểm tối đa", "max"],
    ["Điểm tự chấm", "self"],
    ["Điểm tự đánh giá", "self"],
    ["Điểm thẩm định", "verified"],
    ["Chênh lệch", "diff"],
    ["Phụ trách", "lead"],
    ["Đơn vị phụ trách", "lead"],
    ["Tiêu chí 2", "b"],
    ["Chỉ tiêu năm 2026", "target"],
  ] as const)("%s → %s", (header, role) => {
    expect(roleOf(header)?.role).toBe(role);
  });
});

describe("rows", () => {
  it("reads codes of any depth, and keeps sub-criteria (4.3.1 …) listed with their codes, not judged as indicators", () => {
    expect(["4.22.1", "4.22", "6,3", "1.01", "01", "2025"].map(codeFromCell)).toEqual(["4.22.1", "4.22", "6.3", "1.1", null, null]);
    const g = threeLevelCodes();
    const r = validateAppendix(g);
    const subs = r.indicators.filter((i) => i.code?.split(".").length === 3);
    expect(subs.map((i) => i.code)).toEqual(Array.from({ length: 11 }, (_, i) => `4.22.${i + 1}`));
    expect(r.findings.filter((f) => f.code?.startsWith("4.22."))).toEqual([]);
    expect(r.findings.some((f) => f.rule === "indicator-duplicate")).toBe(false);
  });

  it("a name whose cell starts with a line break or a bullet keeps its row", () => {
    const values: Raw[][] = [["STT", "Tên chỉ số", "Cơ quan chủ trì", "Năm 2026"], ["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "Trung tâm PVHCC", "80%"], ["", "\nTỷ lệ người dân có Sổ sức khỏe điện tử", "", "90%"], ["", "- Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "", "70%"]];
    const r = validateAppendix({ values }, { level: "commune" });
    expect(r.indicators.map((i) => i.key)).toEqual(["full-online-dossiers", "e-health-records", "digital-signatures"]);
  });
});

describe("keys by meaning", () => {
  const table = (rows: [string, string][]): Grid => ({ values: [["STT", "Tên chỉ số", "Cơ quan chủ trì", "Năm 2026", "Năm 2030"], ...rows.map(([c, n]) => [c, n, "Sở Khoa học và Công nghệ", "100%", "100%"] as Raw[])] });
  const BASE: [string, string][] = [
    ["1.1", "Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s"],
    ["1.2", "Tỷ lệ phủ sóng mạng di động băng rộng 5G trên dân số"],
    ["1.3", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang"],
    ["6.2", "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán trực tuyến tại ngân hàng hoặc tổ chức được phép khác"],
  ];

  it("a code whose wording names nothing keeps no key (and says why); a code whose wording names another indicator takes it", () => {
    const r = validateAppendix(table([...BASE, ["1.5", "Tỷ lệ cán bộ được trang bị máy tính xách tay mới trong năm"], ["4.6", "Tỷ lệ người dân có Sổ sức khỏe điện tử"]]), { level: "province" });
    const byCode = new Map(r.indicators.map((i) => [i.row, i.key]));
    expect(byCode.get(6)).toBeNull();
    expect(byCode.get(7)).toBe("e-health-records");
    expect(r.findings.filter((f) => f.rule === "code-name-mismatch").map((f) => [f.code, f.params.nameKey])).toEqual([["1.5", null], ["4.6", "e-health-records"]]);
    expect(r.findings.some((f) => f.rule === "indicator-missing" && f.key === "e-health-records")).toBe(false);
  });

  it("a row worded as the other edition's own indicator counts toward that edition", () => {
    const r = validateAppendix(table([...BASE, ["3.2", "Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo đảm an toàn thông tin, an ninh mạng theo cấp độ đã được phê duyệt"], ["4.3", "Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện"]]));
    expect(r.edition).toBe("qd405-29");
    expect(r.indicators.slice(-2).map((i) => i.key)).toEqual(["security-plan-deployment", "full-online-services"]);
  });
});

/** A table re-laid the ways officers lay them: motto case, blank rows, bullets, wrapped names, merged titles. */
function relay(g: Grid, o: { upper: boolean; blank: number; bullets: boolean; wrap: boolean; merged: boolean }): Grid {
  const header = g.values.findIndex((r) => r.filter((v) => v !== null && v !== "").length >= 3 && !/CỘNG HÒA|Độc lập/.test(String(r[3] ?? "")));
  const out: Raw[][] = [];
  for (const row of g.values.slice(0, header)) out.push(row.map((v) => (typeof v === "string" ? (o.upper ? v.toUpperCase() : v) : v)));
  for (let i = 0; i < o.blank; i++) out.push([]);
  out.push(g.values[header]);
  for (const row of g.values.slice(header + 1)) {
    const r = [...row];
    if (o.bullets && typeof r[1] === "string" && /^[a-zà-ỹđ]/i.test(r[1]) && r[1] !== r[1].toUpperCase()) r[1] = `- ${r[1]}`;
    if (o.wrap && typeof r[1] === "string" && r[1].length > 40 && r[0]) {
      const cut = r[1].lastIndexOf(" ", 30);
      out.push([r[0], r[1].slice(0, cut), ...r.slice(2)]);
      out.push([null, r[1].slice(cut + 1).toLowerCase()]);
      continue;
    }
    out.push(r);
  }
  const merges = o.merged ? g.values.slice(0, header).map((_, r) => ({ top: r, left: 0, bottom: r, right: 2 })).filter((_, r) => g.values[r].length === 1) : [];
  return { values: out, merges };
}

describe("each class re-laid many ways reads the same", () => {
  const layouts = fc.record({ upper: fc.boolean(), blank: fc.integer({ min: 0, max: 2 }), bullets: fc.boolean(), wrap: fc.boolean(), merged: fc.boolean() });
  const summary = (r: CheckReport) => ({ edition: r.edition, level: r.level, kinds: r.findings.filter((f) => f.rule === "framework-other" || f.rule === "table-not-dti").map((f) => [f.rule, f.params.kind ?? null]), errors: errors(r).length });
  it.each([
    ["a commune's appendix in capitals", () => communeInCapitals()],
    ["a central city's appendix", () => provinceInCapitals("UBND THÀNH PHỐ HÀ NỘI")],
    ["a district's appendix", () => provinceInCapitals("UBND HUYỆN ĐỊNH QUÁN")],
    ["a province's own commune set", provinceCommuneSet],
    ["a department's checklist", departmentChecklist],
    ["a national target table", nationalTargets],
  ] as const)("%s", (_label, make) => {
    const expected = summary(validateAppendix(make()));
    fc.assert(
      fc.property(layouts, (o) => {
        expect(summary(validateAppendix(relay(make(), o)))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("the motto block helper lays the issuing body left, the motto right", () => {
    expect(mottoBlock("UBND XÃ A")[0]).toEqual(["UBND XÃ A", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
  });
});
