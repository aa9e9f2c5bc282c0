// Builds the bundles: the `dti` command line (and, as they land, the add-in and the add-on).
import { build } from "esbuild";
import { mkdir, stat } from "node:fs/promises";

const started = Date.now();
await mkdir("dist/cli", { recursive: true });

// The catalog is data: refuse to build when it does not hold together.
const { checkCatalog } = await import("./check-catalog.mjs");
const problems = await checkCatalog();
if (problems.length) {
  console.error("Catalog problems:\n- " + problems.join("\n- "));
  process.exit(1);
}

await build({
  entryPoints: ["cli/dti.ts"],
  outfile: "dist/cli/dti.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  banner: { js: "#!/usr/bin/env node" },
  external: ["exceljs", "jszip"],
  legalComments: "none",
  logLevel: "warning",
});

const size = (await stat("dist/cli/dti.cjs")).size;
console.log(`build: dist/cli/dti.cjs ${(size / 1024).toFixed(1)} KB in ${Date.now() - started} ms`);
