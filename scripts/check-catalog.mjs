// Runs the catalog's zod checks from plain Node during the build (bundled on the fly with esbuild).
import { build } from "esbuild";

export async function checkCatalog() {
  const out = await build({
    entryPoints: ["core/catalog/schema.ts"],
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    logLevel: "silent",
  });
  const url = "data:text/javascript;base64," + Buffer.from(out.outputFiles[0].text).toString("base64");
  const mod = await import(url);
  return mod.checkCatalog();
}
