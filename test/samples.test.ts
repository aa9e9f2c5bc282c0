// The committed sample workbooks are exactly what scripts/make-samples.ts writes from the source tables.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readXlsx } from "../formats/xlsx";
import { makeSamples } from "../scripts/make-samples";

describe("samples", () => {
  it("match their generator cell for cell, merges included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dti-samples-"));
    const files = await makeSamples(dir);
    expect(files).toHaveLength(5);
    for (const f of files) {
      const fresh = readXlsx(readFileSync(f), f).sheets[0];
      const committed = readXlsx(readFileSync(`samples/${f.split("/").pop()}`), f).sheets[0];
      expect(committed.values).toEqual(fresh.values);
      expect(committed.merges).toEqual(fresh.merges);
    }
  });
});
