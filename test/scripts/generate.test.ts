// The files generated from the function catalog are up to date (run `npm run generate` after changing core/functions.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../core/functions";
import { generatedFiles, sheetsExample } from "../../scripts/generate";

describe("generated files", () => {
  const expected = generatedFiles(readFileSync("README.md", "utf8"));
  it.each(Object.keys(expected))("%s matches the catalog", (file) => {
    expect(readFileSync(file, "utf8") === expected[file], `${file} is stale: run npm run generate`).toBe(true);
  });

  it("declares every function with every parameter, in order, for both hosts", () => {
    const excel = expected["addin/functions.generated.ts"];
    const gas = expected["appsscript/functions.generated.js"];
    for (const f of FUNCTIONS) {
      expect(excel).toContain(`@customfunction ${f.name} ${f.name}`);
      expect(gas).toContain(`function DTI_${f.name}(${f.params.map((p) => p.name).join(", ")})`);
    }
    expect(gas.match(/@customfunction/g)).toHaveLength(FUNCTIONS.length);
  });

  it("writes Sheets examples with commas and a decimal point", () => {
    expect(sheetsExample('=DTI.TARGET("Trên 80%"; 0,81) → TRUE')).toBe('=DTI_TARGET("Trên 80%", 0.81) → TRUE');
  });
});
