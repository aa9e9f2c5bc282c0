// `npm run gas:push` (after the tests and the build): pushes dist/appsscript with clasp, once .clasp.json names a script.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const clasp = JSON.parse(readFileSync(".clasp.json", "utf8"));
if (!clasp.scriptId || /^DAN_SCRIPT_ID/.test(clasp.scriptId)) {
  console.error(`.clasp.json chưa có scriptId. Chạy: npx @google/clasp login, rồi npx @google/clasp create --type sheets --title "DTI Sheets" --rootDir dist/appsscript
(hoặc dán Script ID của dự án Apps Script có sẵn vào .clasp.json), rồi chạy lại npm run gas:push.`);
  process.exit(2);
}
if (clasp.rootDir !== "dist/appsscript") {
  console.error(`.clasp.json: rootDir phải là "dist/appsscript", không phải "${clasp.rootDir}"`);
  process.exit(2);
}
const r = spawnSync("npx", ["--yes", "@google/clasp@3", "push", "--force"], { stdio: "inherit", shell: process.platform === "win32" });
process.exit(r.status ?? 1);
