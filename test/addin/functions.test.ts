// The built functions bundle associates every id of functions.json, and each returns what the core computes.
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../core/functions";

class FakeError {
  constructor(readonly code: string, readonly message?: string) {}
}

let associated: Map<string, (...args: unknown[]) => unknown>;
let metadata: { functions: { id: string; name: string; description: string; parameters: { name: string; optional?: boolean; dimensionality?: string }[] }[] };

beforeAll(() => {
  associated = new Map();
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    Error: FakeError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
  };
  runInNewContext(readFileSync("dist/excel/functions.js", "utf8"), { CustomFunctions, Office: { context: { displayLanguage: "vi-VN" } } });
  metadata = JSON.parse(readFileSync("dist/excel/functions.json", "utf8"));
});

describe("dist/excel/functions.js", () => {
  it("associates exactly the ids of functions.json, one per catalog function", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
    expect([...associated.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("describes every function and parameter in Vietnamese, ranges accepted everywhere", () => {
    for (const f of metadata.functions) {
      const spec = FUNCTIONS.find((x) => x.name === f.id)!;
      expect(f.description).toContain(spec.vi);
      expect(f.parameters.map((p) => [p.name, !!p.optional])).toEqual(spec.params.map((p) => [p.name, p.optional]));
      expect(f.parameters.every((p) => p.dimensionality === "matrix")).toBe(true);
    }
  });

  it("SCORE(\"6.3\", 350000, 1000000) → 20", () => {
    expect(associated.get("SCORE")!([["6.3"]], [[350000]], [[1000000]])).toEqual([[20]]);
    expect(associated.get("MAXPOINTS")!([["1.5"]], undefined)).toEqual([[80]]);
  });

  it("a column in gives a column out, a bad row its own error with the Vietnamese message", () => {
    const out = associated.get("SCORE")!([["6.3"], ["9.9"], ["6.3"], [""]], [[350000], [1], [-5], [""]], [[1000000], [2], [10], [""]]) as unknown[][];
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual([20]);
    expect(out[1][0]).toMatchObject({ code: "#N/A" });
    expect((out[1][0] as FakeError).message).toContain("9.9");
    expect(out[2][0]).toMatchObject({ code: "#VALUE!" });
    expect((out[2][0] as FakeError).message).toMatch(/âm/);
    expect(out[3]).toEqual([""]);
  });

  it("#DIV/0! carries no message (Excel shows none there)", () => {
    const [[e]] = associated.get("SCORE")!([["6.3"]], [[5]], [[0]]) as FakeError[][];
    expect(e).toEqual(new FakeError("#DIV/0!", undefined));
  });
});
