// Loads a TypeScript module from plain Node during the build: bundled on the fly with esbuild, imported from memory.
import { build } from "esbuild";

export async function loadTs(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, platform: "node", format: "esm", logLevel: "silent", external: ["exceljs", "jszip"] });
  return import("data:text/javascript;base64," + Buffer.from(out.outputFiles[0].text).toString("base64"));
}
