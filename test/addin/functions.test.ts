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

  it("lets error cells in: functions.json allows them at the top level, and drops data-type inputs", () => {
    const raw = JSON.parse(readFileSync("dist/excel/functions.json", "utf8"));
    expect(raw.allowErrorForDataTypeAny).toBe(true);
    expect(JSON.stringify(raw)).not.toContain("allowCustomDataForDataTypeAny");
  });

  it("a column call with one #N/A input: that row answers #N/A, every other row its points", () => {
    const score = associated.get("SCORE")!;
    const out = score([["6.3"], ["6.3"], ["1.2"]], [[350000], [new FakeError("#N/A")], [985000]], [[1000000], [1000000], [1000000]]) as unknown[][];
    expect(out[0][0]).toBe(20);
    expect(out[1][0]).toBeInstanceOf(FakeError);
    expect((out[1][0] as FakeError).code).toBe("#N/A");
    expect(out[2][0]).toBe(19.9);
    // A single error argument answers for the whole call; a total over a column with an error is that error.
    expect((score([["6.3"]], [[new FakeError("#REF!")]], [[10]]) as FakeError[][])[0][0].code).toBe("#REF!");
    const total = associated.get("TOTAL")!([["1.1"], ["1.2"]], [[10], [new FakeError("#DIV/0!")]]) as FakeError[][];
    expect(total[0][0].code).toBe("#DIV/0!");
  });
});
