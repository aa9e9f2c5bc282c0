// The custom functions as hosts call them: scalars, ranges in and out, TOTAL, metadata.
import { describe, expect, it } from "vitest";
import { CellError } from "../../core/errors";
import { FUNCTIONS, callFunction, type Result } from "../../core/functions";

const show = (r: Result | Result[][]): unknown =>
  Array.isArray(r) ? r.map((row) => row.map((c) => show(c))) : r instanceof CellError ? `${r.code}:${r.key}` : r;

describe("scalar calls", () => {
  it.each<[string, unknown[], unknown]>([
    ["SCORE", ["6.3", 350000, 1000000], 20],
    ["SCORE", [6.3, "350.000", "1.000.000"], 20],
    ["SCORE", ["4.5", 1000, 940, 200, 190, 2028], 38.05],
    ["SCORE", ["4.4", 80, 100, null, null, null, "qd405-29"], "#N/A:maxNotPublished"],
    ["RATIO", ["4.4", 1000, 700], 0.7],
    ["RATIO", ["2.2", 120, 300, 1500, 2500], 0.105],
    ["RATIO", ["1.6", "x", "", "x"], 0.75],
    ["RATIO", ["1.6", "", "", ""], "#N/A:missingInput"],
    ["MAXPOINTS", ["1.5"], 80],
    ["MAXPOINTS", ["3.2", "qd405-29"], "#N/A:maxNotPublished"],
    ["NAME", ["6.4"], "Tỷ lệ người dân có Sổ sức khỏe điện tử"],
    ["NAME", ["4.6", "qd405-29"], "Mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công"],
    ["PILLAR", ["5.2"], "5. Hoạt động kinh tế số"],
    ["THRESHOLD", ["4.5", 2028], 0.99],
    ["THRESHOLD", ["4.5"], 0.95],
    ["THRESHOLD", ["1.1"], 1],
    ["THRESHOLD", ["5.2"], 1],
    ["NEEDED", ["6.3", 350000, 1000000], 350000],
    ["TARGET", ["Trên 80%", 0.81], true],
    ["TARGET", ["Trên 80%", "80%"], false],
    ["TARGET", [0.8, 0.8], true],
    ["TARGET", ["Trung tâm được công nhận đạt chuẩn", 1], "#N/A:targetQualitative"],
    ["TARGETSCORE", ["6.3", "Trên 30%"], 17.14],
    ["TARGETSCORE", ["4.5", "95%", 2028], 38.38],
    ["TARGETSCORE", ["5.2", 0.5], 25],
    ["TARGETSCORE", ["6.3", 0.35], 20],
    ["TARGETSCORE", ["6.3", 35], 20],
  ])("%s(%j) → %j", (name, args, expected) => {
    expect(show(callFunction(name, args as never))).toEqual(expected);
  });

  it("accepts the DTI. and DTI_ prefixes", () => {
    expect(callFunction("DTI.MAXPOINTS", ["1.5"])).toBe(80);
    expect(callFunction("DTI.MAXPOINTS", ["1.5"])).toBe(80);
  });
});

describe("ranges in, ranges out", () => {
  it("scores a whole column; a bad row gets its own error and the others still score", () => {
    const codes = [["6.3"], ["1.2"], ["9.9"], ["2.1"], ["6.3"], [null]];
    const a = [[350000], [985000], [1], [45], ["abc"], [null]];
    const b = [[1000000], [1000000], [2], [46], [10], [null]];
    expect(show(callFunction("SCORE", [codes, a, b]))).toEqual([
      [20], [19.9], ["#N/A:unknownCode"], [0], ["#VALUE!:notNumber"], [""],
    ]);
  });

  it("broadcasts single values against a column", () => {
    expect(show(callFunction("MAXPOINTS", [[["1.1"], ["1.5"], ["4.4"]], "qd405-29"]))).toEqual([[20], [80], ["#N/A:maxNotPublished"]]);
    expect(show(callFunction("SCORE", ["4.5", [[1000], [100]], [[940], [95]], [[200], [100]], [[190], [95]], [[2026], [2028]]]))).toEqual([[39.65], [38.38]]);
  });

  it("works for rows as well as columns, and treats a 1×1 range as a value", () => {
    expect(show(callFunction("SCORE", [[["6.3", "6.5"]], [[350000, 70]], [[1000000, 100]]]))).toEqual([[20, 35]]);
    expect(show(callFunction("SCORE", [[["6.3"]], [[350000]], [[1000000]]]))).toBe(20);
  });

  it("refuses ranges of different sizes with one error", () => {
    expect(show(callFunction("SCORE", [[["6.3"], ["6.3"]], [[1], [2], [3]], 10]))).toBe("#VALUE!:shapeMismatch");
  });
});

describe("TOTAL", () => {
  const codes = [["1.1"], ["1.2"], ["2.1"], [null], ["6.3"]];
  const points = [[20], [19.9], [30], [null], [17.14]];
  it("sums all, or one pillar", () => {
    expect(callFunction("TOTAL", [codes, points])).toBe(87.04);
    expect(callFunction("TOTAL", [codes, points, 1])).toBe(39.9);
    expect(callFunction("TOTAL", [codes, points, "6. Hoạt động xã hội số"])).toBe(17.14);
  });
  it("refuses repeated or unknown codes and points above the maximum", () => {
    expect(show(callFunction("TOTAL", [[["6.3"], ["6.3"]], [[1], [2]]]))).toBe("#VALUE!:duplicateCode");
    expect(show(callFunction("TOTAL", [[["6.3"], ["9.9"]], [[1], [2]]]))).toBe("#N/A:unknownCode");
    expect(show(callFunction("TOTAL", [[["6.3"]], [[41]]]))).toBe("#VALUE!:pointsAboveMax");
    expect(show(callFunction("TOTAL", [[["4.7"]], [[10]]]))).toBe("#N/A:unknownCode");
    expect(callFunction("TOTAL", [[["4.7"]], [[10]], null, "qd405-29"])).toBe(10);
  });
});

describe("metadata", () => {
  it("lists the ten functions, each with Vietnamese and English help for every parameter", () => {
    expect(FUNCTIONS.map((f) => f.name)).toEqual(["SCORE", "RATIO", "MAXPOINTS", "NAME", "PILLAR", "THRESHOLD", "NEEDED", "TARGET", "TARGETSCORE", "TOTAL"]);
    for (const f of FUNCTIONS) {
      expect(f.vi.length).toBeGreaterThan(10);
      expect(f.en.length).toBeGreaterThan(10);
      for (const p of f.params) {
        expect(p.name).toMatch(/^[a-z_]+$/);
        expect(p.vi.length).toBeGreaterThan(3);
        expect(p.en.length).toBeGreaterThan(3);
      }
      // Optional parameters come last, as both hosts require.
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});

describe("no function named like a built-in", () => {
  it("no id or name equals a spreadsheet function's (MAX, MIN, SUM, COUNT, ROUND, IF, TEXT, VALUE, RATE …)", () => {
    const BUILT_IN = ["MAX", "MIN", "SUM", "COUNT", "ROUND", "IF", "TEXT", "VALUE", "RATE", "TOTAL", "SCORE", "NAME", "TARGET", "RANK", "AVERAGE", "INDEX", "MATCH", "LOOKUP", "DATE", "YEAR", "N", "T"];
    // TOTAL, SCORE, NAME and TARGET are not built-ins: the check holds the list against the real ones only.
    const real = new Set(BUILT_IN.filter((n) => !["TOTAL", "SCORE", "NAME", "TARGET"].includes(n)));
    expect(FUNCTIONS.map((f) => f.name).filter((n) => real.has(n))).toEqual([]);
  });
});
