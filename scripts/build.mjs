// Builds dist/cli (the `dti` command), dist/excel (the add-in's static files) and dist/appsscript (what clasp pushes).
// DTI_BASE_URL=https://host/path also writes dist/excel/manifest.prod.xml pointing there.
import { build } from "esbuild";
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { checkCatalog } from "./check-catalog.mjs";
import { loadTs } from "./load-ts.mjs";

const started = Date.now();
const sizes = [];
const kb = async (file) => {
  sizes.push(`${file} ${((await stat(file)).size / 1024).toFixed(1)} KB`);
};
const fail = (message) => {
  console.error(`build: ${message}`);
  process.exit(1);
};

// The catalog is data: refuse to build when it does not hold together.
const problems = await checkCatalog();
if (problems.length) fail("catalog problems:\n- " + problems.join("\n- "));

const pkg = JSON.parse(await readFile("package.json", "utf8"));

// 1. The command line. SheetJS (for .xls and .ods) is large: it is a bundle of its own, loaded only for those files.
await mkdir("dist/cli", { recursive: true });
const legacyApart = {
  name: "legacy-apart",
  setup(b) {
    b.onResolve({ filter: /^\.\/legacy$/ }, () => ({ path: "./legacy.cjs", external: true }));
  },
};
await build({
  entryPoints: ["cli/dti.ts"],
  outfile: "dist/cli/dti.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  banner: { js: "#!/usr/bin/env node" },
  external: ["exceljs", "jszip"],
  plugins: [legacyApart],
  legalComments: "none",
  logLevel: "warning",
});
await build({
  entryPoints: ["cli/check-worker.ts"],
  outfile: "dist/cli/check-worker.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "jszip"],
  plugins: [legacyApart],
  legalComments: "none",
  logLevel: "warning",
});
await build({
  entryPoints: ["files/legacy.ts"],
  outfile: "dist/cli/legacy.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
await kb("dist/cli/dti.cjs");

// 2. Excel: functions.json from the wrappers' JSDoc, the functions bundle associating every id, the pane, the page, manifests.
await rm("dist/excel", { recursive: true, force: true });
await mkdir("dist/excel/assets", { recursive: true });
const { generateCustomFunctionsMetadata } = (await import("custom-functions-metadata")).default;
const wrappers = "addin/functions.generated.ts";
const meta = await generateCustomFunctionsMetadata([wrappers], false);
// The generator exits 0 and writes nothing on error: check its answer ourselves.
if (meta.errors?.length) fail("functions.json:\n- " + meta.errors.join("\n- "));
const metadata = JSON.parse(meta.metadataJson || "{}");
if (!metadata.functions?.length || !meta.associate?.length) fail("functions.json: no function found in " + wrappers);
// Error cells reach the functions (a bad row gets its own error, the others their points): a top-level
// option the generator never writes. The generator's allowCustomDataForDataTypeAny is dropped: data-type
// cells are not inputs the catalog reads.
delete metadata.allowCustomDataForDataTypeAny;
for (const f of metadata.functions) if (f.options) delete f.options.allowCustomDataForDataTypeAny;
await writeFile("dist/excel/functions.json", JSON.stringify({ allowErrorForDataTypeAny: true, ...metadata }, null, 2));

const web = { bundle: true, minify: true, format: "iife", target: "es2017", legalComments: "none", logLevel: "warning", platform: "browser" };
const associate = meta.associate.map((a) => `CustomFunctions.associate(${JSON.stringify(a.id)}, F.${a.functionName});`).join("\n");
await build({
  ...web,
  stdin: { contents: `import * as F from "./${wrappers.replace(/\.ts$/, "")}";\n${associate}\n`, resolveDir: ".", sourcefile: "functions-entry.ts", loader: "ts" },
  outfile: "dist/excel/functions.js",
});
await build({ ...web, entryPoints: ["addin/taskpane.ts"], outfile: "dist/excel/taskpane.js" });
await kb("dist/excel/functions.js");
await kb("dist/excel/taskpane.js");

const paneHtml = await readFile("pane/pane.html", "utf8");
const paneCss = await readFile("pane/pane.css", "utf8");
const page = (head, body) => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>DTI Sheets</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
await writeFile(
  "dist/excel/taskpane.html",
  page(
    [
      // Production add-ins load Office.js from its CDN; tests serve a fake Office host at this address.
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
      '<link rel="stylesheet" href="pane.css">',
      '<script src="functions.js"></script>',
      '<script src="taskpane.js" defer></script>',
    ].join("\n"),
    paneHtml,
  ),
);
await writeFile("dist/excel/pane.css", paneCss);
for (const icon of (await readdir("addin/assets")).filter((f) => /^icon-\d+\.png$/.test(f))) await copyFile(`addin/assets/${icon}`, `dist/excel/assets/${icon}`);
// The help page the manifest's SupportUrl and LearnMoreUrl open: plain HTML that works outside Office.
await copyFile("addin/help.html", "dist/excel/help.html");

const { renderManifest, checkManifest } = await loadTs("scripts/manifest-rules.ts");
const template = await readFile("manifests/excel.xml", "utf8");
const version = `${pkg.version}.0`;
const manifests = [["dist/excel/manifest.xml", "https://localhost:3000"]];
if (process.env.DTI_BASE_URL) manifests.push(["dist/excel/manifest.prod.xml", process.env.DTI_BASE_URL]);
for (const [file, base] of manifests) {
  let xml;
  try {
    xml = renderManifest(template, base, version);
  } catch (e) {
    fail(`DTI_BASE_URL: ${e.message}`);
  }
  const problems = checkManifest(xml, base.replace(/\/+$/, ""));
  if (problems.length) fail(`${file}:\n- ${problems.join("\n- ")}`);
  await writeFile(file, xml);
  if (file.includes("prod")) sizes.push(`${file} for ${base}`);
}

// 3. Apps Script: one server script (the core in an IIFE plus generated top-level functions) and the sidebar with JS and CSS inlined.
const { buildAppsScript } = await import("./build-appsscript.mjs");
sizes.push(...(await buildAppsScript({ paneHtml, paneCss, page })));

console.log(`build: ${sizes.join(", ")} in ${Date.now() - started} ms`);
