// `npm run generate`: rewrites the files generated from the function catalog (scripts/generate.ts says what they are).
import { readFileSync, writeFileSync } from "node:fs";
import { loadTs } from "./load-ts.mjs";

const { generatedFiles } = await loadTs("scripts/generate.ts");
for (const [file, text] of Object.entries(generatedFiles(readFileSync("README.md", "utf8")))) {
  const old = (() => { try { return readFileSync(file, "utf8"); } catch { return null; } })();
  if (old !== text) {
    writeFileSync(file, text);
    console.log(`generate: wrote ${file}`);
  }
}
