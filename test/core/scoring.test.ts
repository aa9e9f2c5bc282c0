// The scoring engine: the catalog's worked examples, every indicator around its threshold, errors, properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listIndicators, resolveIndicator, type Resolved } from "../../core/catalog";
import { CellError } from "../../core/errors";
import { neededForFull, round2, scoreIndicator } from "../../core/scoring";
import type { Raw } from "../../core/values";

const score = (code: string, inputs: Raw[], year?: number, edition = "draft-2025") => {
  const r = resolveIndicator(code, edition);
  if (r instanceof CellError) return `${r.code}:${r.key}`;
  const v = scoreIndicator(r, inputs, year);
  return v instanceof CellError ? `${v.code}:${v.key}` : v;
};

describe("worked examples from the catalog", () => {
  it.each<[string, Raw[], number | undefined, number]>([
    ["6.3", [350000, 1000000], undefined, 20],
    ["1.2", [985000, 1000000], undefined, 19.9],
    ["2.1", [45, 46], undefined, 0],
    ["2.1", [46, 46], undefined, 30],
    ["2.2", [120, 300, 1500, 2500], undefined, 30],
    ["4.4", [1000, 700], undefined, 43.75],
    ["4.5", [1000, 940, 200, 190], 2026, 39.65],
    ["4.5", [1000, 940, 200, 190], 2028, 38.05],
    ["4.6", [50, 30, 10000], undefined, 16],
    ["5.2", [1200, 3200], undefined, 18.75],
    ["1.6", [true, false, true], undefined, 30],
    ["4.1", [true, true, false, true], undefined, 15],
  ])("%s %j (year %s) → %s", (code, inputs, year, expected) => {
    expect(score(code, inputs, year)).toBe(expected);
  });
});

// Each draft indicator below, at and (where a ratio can exceed the threshold) above its threshold.
const TABLE: [string, Raw[], number | string][] = [
  ["1.1", [50, 100], 10], ["1.1", [1, 3], 6.67], ["1.1", [100, 100], 20],
  ["1.2", [50, 100], 10.1], ["1.2", [99, 100], 20], ["1.2", [100, 100], 20],
  ["1.3", [90, 100], 18], ["1.3", [100, 100], 20],
  ["1.4", ["Không", "Không"], 0], ["1.4", ["Có", "Không"], 10], ["1.4", ["Có", "Có"], 20],
  ["1.5", [5, 6], 66.67], ["1.5", [7, 9], 62.22], ["1.5", [9, 9], 80],
  ["1.6", [0, 1, 0], 10], ["1.6", [1, 1, 1], 40],
  ["2.1", [0, 46], 0], ["2.1", [46, 46], 30],
  ["2.2", [50, 150, 1500, 2500], 15], ["2.2", [100, 300, 1500, 2500], 30], ["2.2", [500, 500, 1500, 2500], 30],
  ["2.3", [80, 100], 16], ["2.3", [100, 100], 20],
  ["2.4", [3, 4], 15], ["2.4", [100, 100], 20],
  ["3.1", [9, 10], 45], ["3.1", [10, 10], 50],
  ["3.2", [1, 3], 16.67], ["3.2", [3, 3], 50],
  ["4.1", [0, 0, 0, 1], 5], ["4.1", [1, 1, 1, 1], 20],
  ["4.2", [2, 3], 13.33], ["4.2", [3, 3], 20],
  ["4.3", [60, 100], 37.5], ["4.3", [80, 100], 50], ["4.3", [90, 100], 50],
  ["4.4", [1000, 600], 37.5], ["4.4", [1000, 800], 50], ["4.4", [1000, 900], 50],
  ["4.5", [100, 90, 100, 90], 37.89], ["4.5", [100, 95, 100, 95], 40], ["4.5", [100, 100, 100, 99], 40],
  ["4.6", [50, 30, 10000], 16], ["4.6", [60, 40, 10000], 20], ["4.6", [200, 0, 10000], 20],
  ["5.1", [20, 100], 33.33], ["5.1", [30, 100], 50], ["5.1", [45, 100], 50],
  ["5.2", [1200, 3200], 18.75], ["5.2", [3200, 3200], 50], ["5.2", [6400, 3200], 50],
  ["5.3", [10, 100], 25], ["5.3", [20, 100], 50], ["5.3", [30, 100], 50],
  ["5.4", [80, 100], 40], ["5.4", [100, 100], 50],
  ["6.1", [95, 100], 38], ["6.1", [100, 100], 40],
  ["6.2", [80, 100], 33.68], ["6.2", [95, 100], 40], ["6.2", [99, 100], 40],
  ["6.3", [300000, 1000000], 17.14], ["6.3", [700000, 1000000], 40], ["6.3", [800000, 1000000], 40],
  ["6.4", [90, 100], 37.89], ["6.4", [95, 100], 40], ["6.4", [96, 100], 40],
  ["6.5", [70, 100], 35], ["6.5", [80, 100], 40], ["6.5", [85, 100], 40],
];

describe("every draft-2025 indicator below, at and above its threshold", () => {
  it.each(TABLE)("%s %j → %s", (code, inputs, expected) => {
    expect(score(code, inputs)).toBe(expected);
  });

  it("covers all 27 indicators", () => {
    expect(new Set(TABLE.map(([c]) => c)).size).toBe(27);
  });

  it("4.5 uses 95 % in 2025-2027 and 99 % in 2028-2030", () => {
    expect(score("4.5", [100, 95, 100, 95], 2027)).toBe(40);
    expect(score("4.5", [100, 95, 100, 95], 2028)).toBe(38.38);
    expect(score("4.5", [100, 99, 100, 99], 2030)).toBe(40);
    expect(score("4.5", [100, 95, 100, 95])).toBe(40);
  });
});

describe("bad input is an error value, never a number", () => {
  it.each<[string, Raw[], string]>([
    ["6.3", [5, 0], "#DIV/0!:zeroDenominator"],
    ["1.1", [120, 100], "#VALUE!:shareAbove"],
    ["4.4", [700, 1000], "#VALUE!:shareAbove"],
    ["2.2", [120, 300, 100, 2500], "#VALUE!:shareAbove"],
    ["6.3", [-1, 10], "#VALUE!:negative"],
    ["6.3", ["abc", 10], "#VALUE!:notNumber"],
    ["6.3", [5, null], "#N/A:missingInput"],
    ["6.3", ["", 10], "#N/A:missingInput"],
    ["6.3", ["1.5", 10], "#VALUE!:ambiguousNumber"],
    ["6.3", [1, 2, 3], "#VALUE!:tooManyInputs"],
    ["1.6", [true, "maybe", false], "#VALUE!:notBoolean"],
    ["1.6", [null, "", null], "#N/A:missingInput"],
    ["9.9", [1, 2], "#N/A:unknownCode"],
  ])("%s %j → %s", (code, inputs, expected) => {
    expect(score(code, inputs)).toBe(expected);
  });

  it("reads ticked checklists: blank criteria are 'no' once any criterion is filled", () => {
    expect(score("1.6", ["x", "", "x"])).toBe(30);
    expect(score("4.1", ["x", "x", null, "x"])).toBe(15);
    expect(score("1.4", ["x"])).toBe(10);
  });

  it("reads Vietnamese number text", () => {
    expect(score("6.3", ["350.000", "1.000.000"])).toBe(20);
    expect(score("4.6", ["50,5", "29,5", "10.000"])).toBe(16);
  });
});

describe("qd405-29", () => {
  it("scores shared indicators as the draft does", () => {
    expect(score("6.3", [350000, 1000000], undefined, "qd405-29")).toBe(20);
    expect(score("5.2", [1200, 3200], undefined, "qd405-29")).toBe(18.75);
  });
  it("says the maximum of pillars 3 and 4 is not published, and no rule for 3.2 and 4.3", () => {
    expect(score("4.4", [80, 100], undefined, "qd405-29")).toBe("#N/A:maxNotPublished");
    expect(score("3.3", [1, 2], undefined, "qd405-29")).toBe("#N/A:maxNotPublished");
    expect(score("3.2", [1, 2], undefined, "qd405-29")).toBe("#N/A:maxAndRuleNotPublished");
    expect(score("4.3", [1, 2], undefined, "qd405-29")).toBe("#N/A:maxAndRuleNotPublished");
  });
});

describe("rounding and what is needed", () => {
  it("rounds half up to 2 decimals without binary noise", () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(20.000000000000004)).toBe(20);
    expect(round2(17.142857)).toBe(17.14);
    expect(round2(2.675)).toBe(2.68);
  });

  it("counts the units still needed for full points", () => {
    const r = resolveIndicator("6.3") as Resolved;
    expect(neededForFull(r, [350000, 1000000])).toBe(350000);
    expect(neededForFull(r, [800000, 1000000])).toBe(0);
    expect(neededForFull(resolveIndicator("4.4") as Resolved, [1000, 700])).toBe(100);
    expect(neededForFull(resolveIndicator("2.2") as Resolved, [50, 150, 1500, 2500])).toBe(200);
    expect(neededForFull(resolveIndicator("4.6") as Resolved, [50, 30.5, 10000])).toBe(19.5);
    expect(neededForFull(resolveIndicator("1.6") as Resolved, [1, 0, 0])).toBe(2);
    expect(neededForFull(resolveIndicator("6.2") as Resolved, [1, 3])).toBe(2);
  });
});

const ratioIndicators = listIndicators("draft-2025").filter((r) => r.indicator.ratio && r.max !== null);

describe("properties", () => {
  it("points lie within 0..max and rise with the numerator", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ratioIndicators),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (r, whole, f1, f2) => {
          const [lo, hi] = [Math.min(f1, f2), Math.max(f1, f2)];
          const f = r.indicator.ratio!;
          const inputs = (part: number): Raw[] => {
            const v: Record<string, number> = { a: 0, b: 0, c: 0, d: 0 };
            for (const l of f.den) v[l] = whole;
            v[f.num[0]] = Math.floor(part * whole);
            return r.indicator.inputs.map((x) => v[x.letter]);
          };
          const s1 = scoreIndicator(r, inputs(lo));
          const s2 = scoreIndicator(r, inputs(hi));
          expect(typeof s1).toBe("number");
          expect(typeof s2).toBe("number");
          expect(s1 as number).toBeGreaterThanOrEqual(0);
          expect(s2 as number).toBeLessThanOrEqual(r.max!);
          expect(s1 as number).toBeLessThanOrEqual(s2 as number);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("any raw inputs give a number within 0..max or an error value, never a throw", () => {
    const raw = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.constantFrom(...listIndicators("draft-2025")), fc.array(raw, { maxLength: 4 }), fc.option(fc.integer({ min: 2025, max: 2030 })), (r, inputs, year) => {
        const s = scoreIndicator(r, inputs, year);
        if (typeof s === "number") {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(r.max!);
        } else expect(s).toBeInstanceOf(CellError);
      }),
      { numRuns: 3000 },
    );
  });
});
