// Tracking lists: the target inside the text, the result beside it, met / not met / no result, findings with cells.
import { describe, expect, it } from "vitest";
import { validateAppendix, validateSheets } from "../../../core/appendix/validate";
import type { Grid } from "../../../core/grid";
import { extractTarget, findTrackingList, readResult } from "../../../core/appendix/tracking";
import type { Raw } from "../../../core/values";
import { YEN_HUNG_ROWS } from "../../../scripts/samples/yen-hung";
import { sampleGrid } from "../../fixtures/grids";

const target = (text: string) => {
  const t = extractTarget(text);
  return t && { phrase: t.phrase, kind: t.target.kind, op: "op" in t.target ? t.target.op : null, value: "value" in t.target ? t.target.value : null };
};

describe("extractTarget: every placement in seed 002's list and seed 001's plan body", () => {
  it.each<[string, string, string, number]>([
    ["Cung cấp dịch vụ công trực tuyến toàn trình đạt 95%.", "đạt 95%", ">=", 0.95],
    ["Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến đạt trên 80%", "đạt trên 80%", ">", 0.8],
    ["Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%;", "đạt trên 80%", ">", 0.8],
    ["Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác đạt trên 75%", "đạt trên 75%", ">", 0.75],
    ["Tỷ lệ dân số trưởng thành có điện thoại thông minh trên 80%;", "trên 80%", ">", 0.8],
    ["Tỷ lệ người dân có hồ sơ sức khỏe điện tử, được cập nhật, bổ sung thông tin thường xuyên đạt 100%;", "đạt 100%", ">=", 1],
    ["Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến 50%", "50%", ">=", 0.5],
    ["Tỷ lệ hộ gia đình thanh toán tiền điện bằng phương thức thanh toán không dùng tiền mặt đạt 90% trở lên", "đạt 90% trở lên", ">=", 0.9],
    // Seed 001's plan body.
    ["Tỷ lệ thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính giữa trung ương và địa phương, giữa các cấp chính quyền đạt 90%.", "đạt 90%", ">=", 0.9],
    ["Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%.", "đạt trên 80%", ">", 0.8],
    ["Tỷ lệ giao dịch hành chính thuộc diện “phi tiếp xúc” đạt 100%.", "đạt 100%", ">=", 1],
    ["Phân đấu tỷ lệ dịch vụ công trực tuyến toàn trình đến năm 2030 đạt 100%.", "đạt 100%", ">=", 1],
    ["Tỷ lệ hồ sơ đạt tối thiểu 60% số hồ sơ", "đạt tối thiểu 60%", ">=", 0.6],
  ])("%s", (text, phrase, op, value) => {
    expect(target(text)).toEqual({ phrase, kind: "percent", op, value });
  });

  it("reads counted targets and rates, and refuses to guess where the text states none", () => {
    expect(target("Có ít nhất 12 doanh nghiệp công nghệ số hoạt động trên địa bàn")).toEqual({ phrase: "ít nhất 12 doanh nghiệp", kind: "count", op: ">=", value: 12 });
    expect(target("Phát triển đạt 01 doanh nghiệp/1.000 dân")).toMatchObject({ kind: "rate", value: 1 });
    expect(extractTarget("Tuyên truyền, phổ biến về chuyển đổi số cho người dân")).toBeNull();
    expect(extractTarget("Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử")).toBeNull();
    expect(extractTarget("Triển khai trong năm 2025")).toBeNull();
  });

  it("is linear in the length of the text", () => {
    const t0 = performance.now();
    expect(extractTarget("9".repeat(200_000))).toBeNull();
    expect(extractTarget(`${"đạt ".repeat(400)} 80%`)).not.toBeNull();
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe("readResult", () => {
  const pct = extractTarget("đạt trên 80%")!;
  const count = extractTarget("ít nhất 12 doanh nghiệp")!;
  it.each<[Raw, number | null]>([["96%", 0.96], ["85,5%", 0.855], [0.96, 0.96], [96, 0.96], ["96", 0.96], ["2240/3200", 0.7], ["2.450/3.000", 0.8167], [null, null], ["", null]])("share %j → %j", (v, want) => {
    const r = readResult(v, pct);
    if (want === null) expect(r).toBeNull();
    else expect((r as { value: number }).value).toBeCloseTo(want, 4);
  });
  it("counts read with or without their unit; a unit that differs is unreadable, never compared", () => {
    expect(readResult("12 doanh nghiệp", count)).toMatchObject({ value: 12 });
    expect(readResult(13, count)).toMatchObject({ value: 13 });
    expect(readResult("12 hộ", count)).toHaveProperty("unreadable");
    expect(readResult("12 doanh nghiệp", pct)).toHaveProperty("unreadable");
    expect(readResult("150%", pct)).toMatchObject({ value: 1.5 });
    expect(readResult(150, pct)).toHaveProperty("unreadable");
  });
});

describe("the seed 002 list as a workbook", () => {
  it("gives met per row (strict 'trên', inclusive 'trở lên'/'đạt'/bare), null for blanks, and findings at the result cells", async () => {
    const g = await sampleGrid("yen-hung-chi-tieu-2025.xlsx");
    const r = validateAppendix(g);
    expect(r.level).toBe("commune");
    expect(r.tracking!.map((x) => x.met)).toEqual([true, true, false, false, true, null, true, true, false, false, true, null, true]);
    expect(r.tracking!.map((x) => x.row)).toEqual(YEN_HUNG_ROWS.map((_, i) => 6 + i));
    expect(r.tracking![3]).toMatchObject({ result: "70%", resultValue: 0.7, resultCell: "C9" });
    const f = (rule: string) => r.findings.filter((x) => x.rule === rule).map((x) => x.cell);
    expect(f("target-not-met")).toEqual(["C8", "C9", "C14", "C15"]);
    expect(f("result-missing")).toEqual(["C11", "C17"]);
    expect(f("target-unreadable")).toEqual([]);
    expect(r.findings.find((x) => x.cell === "C14")!.params).toMatchObject({ target: "đạt trên 30%", result: "30%", targetValue: 0.3, resultValue: 0.3 });
    expect(r.findings.some((x) => x.rule === "header-not-found" || x.rule === "indicator-missing")).toBe(false);
  });

  it("names the DTI indicator a row's wording means, with its code in each edition", async () => {
    const r = validateAppendix(await sampleGrid("yen-hung-chi-tieu-2025.xlsx"));
    expect(r.tracking![10].indicator).toEqual({ key: expect.any(String), codes: { "draft-2025": "6.3", "qd405-29": "6.3" } });
    expect(r.tracking![7].indicator?.codes["draft-2025"]).toBe("6.4");
    expect(r.findings.find((x) => x.cell === "C8")!.code).not.toBeNull();
  });
});

function list(header: string[], rows: Raw[][], title: Raw[][] = []): Grid {
  return { values: [...title, header, ...rows] };
}

describe("recognising a tracking list", () => {
  it.each(["Kết quả đạt được", "Kết quả", "Thực hiện", "Ước đạt", "Kết quả thực hiện năm 2025"])("results column headed %s", (h) => {
    const t = findTrackingList(list(["STT", "Chỉ tiêu", h], [[1, "Tỷ lệ hồ sơ trực tuyến đạt trên 80%", "81%"]], [["UBND XÃ A"], []]));
    expect(t?.rows.map((r) => [r.resultCell, r.met])).toEqual([["C4", true]]);
  });

  it("reports a row without a measurable target, and joins a line pasted from PDF to its numbered row", () => {
    const g = list(["TT", "Nội dung", "Kết quả"], [
      [1, "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", null],
      [null, "đạt trên 80%", "79%"],
      [2, "Tuyên truyền về chuyển đổi số", "Đã làm"],
    ]);
    const r = validateAppendix(g);
    expect(r.tracking!.map((x) => [x.row, x.target, x.met])).toEqual([[2, "đạt trên 80%", false], [4, null, null]]);
    // The result stands where it was typed: on the continuation line.
    expect(r.findings.map((x) => [x.rule, x.cell])).toEqual([["target-not-met", "C3"], ["target-unreadable", "B4"]]);
  });

  it("an appendix with a results column is still an appendix; its rows are not tracking rows", async () => {
    const g = await sampleGrid("dong-nai-phu-luc-2026-2030.xlsx");
    expect(findTrackingList(g)).toBeNull();
    expect(validateAppendix(g).tracking).toBeUndefined();
  });

  it("a workbook's sheet with the list wins over a sheet without a table", async () => {
    const r = validateSheets([{ name: "Ghi chú", values: [["Nội dung kế hoạch"]] }, { ...(await sampleGrid("yen-hung-chi-tieu-2025.xlsx")), name: "Chỉ tiêu" }]);
    expect(r.sheet).toBe("Chỉ tiêu");
  });
});
