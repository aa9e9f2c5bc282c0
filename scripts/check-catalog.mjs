// Runs the catalog's zod checks from plain Node during the build.
import { loadTs } from "./load-ts.mjs";

export async function checkCatalog() {
  return (await loadTs("core/catalog/schema.ts")).checkCatalog();
}
