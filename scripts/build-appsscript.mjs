// dist/appsscript: appsscript.json, one server script (core in an IIFE + generated top-level functions), the sidebar inlined.
import { build } from "esbuild";
import { copyFile, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { loadTs } from "./load-ts.mjs";

const GLOBAL = "DTISheets";
const OUT = "dist/appsscript";

export async function buildAppsScript({ paneHtml, paneCss, page }) {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const { OPERATION_NAMES } = await loadTs("core/host/names.ts");
  const { APPS_SCRIPT_GLOBAL } = await loadTs("scripts/generate.ts");
  if (APPS_SCRIPT_GLOBAL !== GLOBAL) throw new Error("the declarations' global and the bundle's differ");

  // Top-level functions Sheets calls by name: the menu's, the sidebar's (one per operation) and the custom functions'.
  const entry = [
    "/** Builds the add-on menu when a spreadsheet opens. */",
    `function onOpen(e) { return ${GLOBAL}.onOpen(e); }`,
    "/** Installing from the Marketplace runs onOpen too. */",
    `function onInstall(e) { return ${GLOBAL}.onOpen(e); }`,
    `function showSidebar() { return ${GLOBAL}.showSidebar(); }`,
    `function insertTemplateFromMenu() { return ${GLOBAL}.insertTemplateFromMenu(); }`,
    ...OPERATION_NAMES.map((n) => `function dti_${n}(payload) { return ${GLOBAL}.operation(${JSON.stringify(n)}, payload); }`),
  ].join("\n");
  const declarations = await readFile("appsscript/functions.generated.js", "utf8");
  const server = await build({
    entryPoints: ["appsscript/server.ts"],
    bundle: true,
    write: false,
    format: "iife",
    globalName: GLOBAL,
    target: "es2019",
    minify: true,
    legalComments: "none",
    platform: "neutral",
    logLevel: "warning",
  });
  const code = `${server.outputFiles[0].text}\n${entry}\n\n${declarations}`;
  if (/^\s*(import|export)\s/m.test(code)) throw new Error("the Apps Script bundle contains import/export");
  await writeFile(`${OUT}/Code.js`, code);

  const sidebar = await build({ entryPoints: ["appsscript/sidebar.ts"], bundle: true, write: false, format: "iife", target: "es2019", minify: true, legalComments: "none", platform: "browser", logLevel: "warning" });
  // Inline: no file of ours is fetched, and no template scriptlet (<?!= ?>) ever renders cell data.
  const js = sidebar.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1");
  const css = paneCss.replace(/<\/(style)/gi, "<\\/$1");
  await writeFile(`${OUT}/sidebar.html`, page(`<base target="_top">\n<style>\n${css}</style>`, `${paneHtml}\n<script>\n${js}</script>`));
  await copyFile("manifests/appsscript.json", `${OUT}/appsscript.json`);
  const size = async (f) => `${OUT}/${f} ${((await stat(`${OUT}/${f}`)).size / 1024).toFixed(1)} KB`;
  return [await size("Code.js"), await size("sidebar.html")];
}
