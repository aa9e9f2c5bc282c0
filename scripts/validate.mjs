// `npm run validate`: the manifest offline (well-formed XML, the shared-runtime rules), then Microsoft's online validator when reachable.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadTs } from "./load-ts.mjs";

const file = process.argv[2] ?? "dist/excel/manifest.xml";
const xml = readFileSync(file, "utf8");
const lint = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
if (lint.error) console.log("xmllint không có (apt-get install libxml2-utils): bỏ qua kiểm tra cú pháp XML bằng xmllint");
else if (lint.status !== 0) {
  console.error(`${file}: không phải XML hợp lệ\n${lint.stderr}`);
  process.exit(1);
}
const base = /<bt:Url id="Shared.Url" DefaultValue="(https:\/\/[^"]+)\/taskpane\.html"/.exec(xml)?.[1] ?? "";
const { checkManifest } = await loadTs("scripts/manifest-rules.ts");
const problems = checkManifest(xml, base);
if (problems.length) {
  console.error(`${file}:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(`${file}: hợp lệ khi kiểm tra ngoại tuyến (XML, SharedRuntime 1.1, một resid, namespace DTI, ReadWriteDocument, không tên miền ngoài)`);
const online = spawnSync("npx", ["--yes", "office-addin-manifest@3", "validate", file], { encoding: "utf8", timeout: 90_000, shell: process.platform === "win32" });
const out = `${online.stdout ?? ""}${online.stderr ?? ""}`;
if (/manifest is valid/i.test(out)) console.log("Trình kiểm tra trực tuyến: hợp lệ");
else if (/manifest is not valid/i.test(out)) {
  console.error(out);
  process.exit(1);
} else console.log("Không kết nối được trình kiểm tra trực tuyến; kết quả kiểm tra ngoại tuyến ở trên.");
