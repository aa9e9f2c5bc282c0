// Written targets: every form in the sources, meeting them, their points, properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveIndicator, type Resolved } from "../../core/catalog";
import { CellError } from "../../core/errors";
import { meetsTarget, parseTarget, targetScore, type Target } from "../../core/targets";

const strip = (t: Target | null) => {
  if (!t) return null;
  const { text: _text, ...rest } = t as Target & { text: string };
  return rest;
};

describe("parseTarget reads every form in the sources", () => {
  it.each<[string, object]>([
    ["95%", { kind: "percent", op: ">=", value: 0.95 }],
    ["Trên 90%", { kind: "percent", op: ">", value: 0.9 }],
    ["Đạt trên 1%", { kind: "percent", op: ">", value: 0.01 }],
    ["đạt trên 80%", { kind: "percent", op: ">", value: 0.8 }],
    ["90% trở lên", { kind: "percent", op: ">=", value: 0.9 }],
    ["tối thiểu 60%", { kind: "percent", op: ">=", value: 0.6 }],
    ["Phấn đấu đạt 10%/tổng số cán bộ, công chức, viên chức", { kind: "percent", op: ">=", value: 0.1 }],
    ["100% công dân đủ điều kiện (công dân đã được cấp căn cước/căn cước công dân, có sử dụng điện thoại thông minh)", { kind: "percent", op: ">=", value: 1 }],
    ["Trên 30% dân số trưởng thành có chữ ký số", { kind: "percent", op: ">", value: 0.3 }],
    ["01 doanh nghiệp/1.000 dân", { kind: "rate", op: ">=", value: 1 }],
    ["05 doanh nghiệp/1.000 dân", { kind: "rate", op: ">=", value: 5 }],
    ["1/1.000 dân", { kind: "rate", op: ">=", value: 1 }],
    ["9/9 nền tảng theo hướng dẫn của Bộ", { kind: "count", op: ">=", value: 9, total: 9 }],
    ["Ứng dụng 9/9 nền tảng theo hướng dẫn và triển khai của cấp trên", { kind: "count", op: ">=", value: 9, total: 9 }],
    ["≤4", { kind: "rank", op: "<=", value: 4, of: null }],
    ["≤12/34", { kind: "rank", op: "<=", value: 12, of: 34 }],
    ["15/34", { kind: "rank", op: "<=", value: 15, of: 34 }],
    ["Dưới 5%", { kind: "percent", op: "<", value: 0.05 }],
    ["85,5%", { kind: "percent", op: ">=", value: 0.855 }],
    ["Trung tâm Tích hợp dữ liệu tỉnh được công nhận đạt chuẩn", { kind: "qualitative" }],
    ["Có ứng dụng AI phục vụ người dân, DN, cơ quan nhà nước", { kind: "qualitative" }],
  ])("%s", (text, expected) => {
    expect(strip(parseTarget(text))).toEqual(expected);
  });

  it("reads target points x/max in a points column", () => {
    expect(strip(parseTarget("16/20", "points"))).toEqual({ kind: "points", value: 16, scale: 20 });
    expect(strip(parseTarget("20/30", "points"))).toEqual({ kind: "points", value: 20, scale: 30 });
  });

  it("blank is no target", () => {
    expect(parseTarget("   ")).toBeNull();
  });
});

describe("meetsTarget", () => {
  const meets = (text: string, actual: number) => {
    const v = meetsTarget(parseTarget(text)!, actual);
    return v instanceof CellError ? `${v.code}:${v.key}` : v;
  };
  it.each<[string, number, boolean | string]>([
    ["Trên 80%", 0.8, false],
    ["Trên 80%", 0.81, true],
    ["90% trở lên", 0.9, true],
    ["90% trở lên", 0.89, false],
    ["≤4", 4, true],
    ["≤4", 5, false],
    ["≤12/34", 13, false],
    ["≤12/34", 12, true],
    ["01 doanh nghiệp/1.000 dân", 1.2, true],
    ["01 doanh nghiệp/1.000 dân", 0.36, false],
    ["9/9 nền tảng", 9, true],
    ["9/9 nền tảng", 8, false],
    ["Trên 80%", 81, "#VALUE!:actualAboveHundred"],
    ["Có ứng dụng AI phục vụ người dân", 1, "#N/A:targetQualitative"],
  ])("%s with %s → %s", (text, actual, expected) => {
    expect(meets(text, actual)).toBe(expected);
  });
});

describe("targetScore: points if the target is met exactly", () => {
  const ts = (code: string, text: string, edition = "draft-2025", ctx: "target" | "points" = "target", year?: number) => {
    const v = targetScore(parseTarget(text, ctx)!, resolveIndicator(code, edition) as Resolved, year);
    return v instanceof CellError ? `${v.code}:${v.key}` : v;
  };
  it.each<[string, string, number | string]>([
    ["6.3", "Trên 30%", 17.14],
    ["5.1", "Đạt trên 20%", 33.33],
    ["5.2", "01 doanh nghiệp/1.000 dân", 50],
    ["5.2", "0,5 doanh nghiệp/1.000 dân", 25],
    ["5.3", "10%", 25],
    ["1.5", "9/9 nền tảng theo hướng dẫn của Bộ", 80],
    ["1.5", "7/9 nền tảng", 62.22],
    ["2.1", "Phấn đấu 100% sở, ngành, xã, phường bố trí cán bộ chuyên trách", 30],
    ["2.1", "90%", 0],
    ["6.2", "Trên 80%", 33.68],
    ["1.6", "Có ứng dụng AI phục vụ người dân", "#N/A:targetQualitative"],
    ["5.2", "Trên 1%", "#N/A:targetUnitMismatch"],
    ["6.3", "5 doanh nghiệp/1.000 dân", "#N/A:targetUnitMismatch"],
  ])("%s %s → %s", (code, text, expected) => {
    expect(ts(code, text)).toBe(expected);
  });

  it("accepts target points on the indicator's own scale only", () => {
    expect(ts("1.3", "16/20", "draft-2025", "points")).toBe(16);
    expect(ts("1.4", "20/30", "draft-2025", "points")).toBe("#VALUE!:targetPointsScale");
    expect(ts("6.1", "50/40", "draft-2025", "points")).toBe("#VALUE!:pointsAboveMax");
  });

  it("uses the year's threshold", () => {
    expect(ts("4.5", "95%", "draft-2025", "target", 2026)).toBe(40);
    expect(ts("4.5", "95%", "draft-2025", "target", 2029)).toBe(38.38);
  });
});

describe("properties", () => {
  it("parseTarget never throws on any text", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("target", "points", "rank") as fc.Arbitrary<"target" | "points" | "rank">, (s, ctx) => {
        const t = parseTarget(s, ctx);
        expect(t === null || typeof t.kind === "string").toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("a generated percent target reads back its number and operator", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.constantFrom(["Trên ", ">"], ["Đạt ", ">="], ["Tối thiểu ", ">="], ["", ">="]), (n, [word, op]) => {
        const t = parseTarget(`${word}${n}%`);
        expect(t).toMatchObject({ kind: "percent", op, value: n / 100 });
      }),
    );
  });

  it("targetScore of any percent lies within 0..max", () => {
    fc.assert(
      fc.property(fc.constantFrom("1.1", "1.2", "2.2", "4.4", "4.5", "6.3", "6.5"), fc.integer({ min: 0, max: 100 }), (code, n) => {
        const v = targetScore(parseTarget(`${n}%`)!, resolveIndicator(code) as Resolved);
        expect(typeof v).toBe("number");
        expect(v as number).toBeGreaterThanOrEqual(0);
        expect(v as number).toBeLessThanOrEqual((resolveIndicator(code) as Resolved).max!);
      }),
    );
  });
});
