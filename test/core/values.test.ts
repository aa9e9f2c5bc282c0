// The value gate: Vietnamese numbers, yes/no words, codes, years; refusing what could be read two ways.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CellError } from "../../core/errors";
import { formatNumber } from "../../core/i18n";
import { parseVietnameseNumber, readArgument, toBoolean, toCode, toNumber, toYear } from "../../core/values";

const err = (v: unknown) => (v instanceof CellError ? `${v.type}:${v.key}` : v);

describe("value gate: numbers", () => {
  it.each([
    ["15,75", 15.75],
    ["85,5%", 0.855],
    ["350.000", 350000],
    ["1.234.567,5", 1234567.5],
    ["1.000.000", 1000000],
    ["350 000", 350000],
    ["0,36", 0.36],
    ["42", 42],
    ["  7 ", 7],
    ["100%", 1],
    ["-5", -5],
    ["0.8", 0.8],
    ["0.855", 0.855],
  ])("reads %s", (text, expected) => {
    expect(parseVietnameseNumber(text)).toBe(expected);
  });

  it("reads command-line arguments with a decimal point, but keeps 350.000 Vietnamese", () => {
    expect(readArgument("1.2")).toBe(1.2);
    expect(readArgument("350.000")).toBe(350000);
    expect(readArgument("1.000.000")).toBe(1000000);
    expect(readArgument("0,81")).toBe(0.81);
    expect(readArgument("1,234.5")).toBe("1,234.5");
    expect(readArgument("Có")).toBe("Có");
  });

  it.each(["1.5", "1,234.5", "12.34", "1.2345", "1.23.456", "0.800.000"])("refuses the ambiguous %s", (text) => {
    expect(err(parseVietnameseNumber(text))).toBe("VALUE:ambiguousNumber");
  });

  it.each(["3,200", "1,234", "350,000", "12,500%"])("refuses %s, which English writes for thousands", (text) => {
    expect(err(parseVietnameseNumber(text))).toBe("VALUE:commaThousands");
  });

  it.each([["0,855", 0.855], ["3,2", 3.2], ["3,20", 3.2], ["1234,567", 1234.567], ["1.234,567", 1234.567]])("still reads %s", (text, n) => {
    expect(parseVietnameseNumber(text)).toBe(n);
  });

  it.each(["abc", "1e5", "12a", "—"])("refuses the non-number %s", (text) => {
    expect(err(parseVietnameseNumber(text))).toBe("VALUE:notNumber");
  });

  it("passes real numbers untouched and reads blanks as missing", () => {
    expect(toNumber(1.5)).toBe(1.5);
    expect(toNumber(null)).toBeNull();
    expect(toNumber("   ")).toBeNull();
    expect(err(toNumber(true))).toBe("VALUE:notNumber");
    expect(err(toNumber(Number.NaN))).toBe("VALUE:notNumber");
  });

  it("property: never throws, always a number, null or a CellError", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const v = parseVietnameseNumber(s);
        expect(v === null || typeof v === "number" || v instanceof CellError).toBe(true);
        if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("property: any number written the Vietnamese way reads back as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const n = int + cents / 100;
        expect(parseVietnameseNumber(formatNumber(n, "vi"))).toBeCloseTo(n, 6);
      }),
    );
  });

  it("property: text with both separators in English order is always refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 }), (a, b, c) => {
        const text = `${a},${String(b).padStart(3, "0")}.${c}`;
        expect(err(parseVietnameseNumber(text))).toBe("VALUE:ambiguousNumber");
      }),
    );
  });
});

describe("value gate: yes/no, codes, years", () => {
  it.each([
    [true, true], [false, false], [1, true], [0, false], ["Có", true], ["có", true], ["Không", false],
    ["x", true], ["X", true], ["TRUE", true], ["false", false], ["Đạt", true], ["Không đạt", false],
  ])("reads %s as %s", (v, expected) => {
    expect(toBoolean(v)).toBe(expected);
  });

  it("refuses other words and numbers; blank is missing", () => {
    expect(err(toBoolean("maybe"))).toBe("VALUE:notBoolean");
    expect(err(toBoolean(2))).toBe("VALUE:notBoolean");
    expect(toBoolean("")).toBeNull();
  });

  it.each([[6.3, "6.3"], ["6.3", "6.3"], [" 6,3 ", "6.3"], ["Chỉ số 4.7", "4.7"], [4.1, "4.1"], ["digital-signatures", "digital-signatures"]])(
    "reads code %s as %s",
    (v, expected) => {
      expect(toCode(v)).toBe(expected);
    },
  );

  it("reads years and refuses nonsense", () => {
    expect(toYear(2028)).toBe(2028);
    expect(toYear("2026")).toBe(2026);
    expect(toYear(null)).toBeNull();
    expect(err(toYear(20.5))).toBe("VALUE:badYear");
    expect(err(toYear("next year"))).toBe("VALUE:badYear");
  });
});
