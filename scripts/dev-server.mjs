// `npm run dev-server`: serves dist/excel over HTTPS on https://localhost:3000 with the Office dev certificates.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:https";
import { homedir } from "node:os";
import { extname, join, normalize } from "node:path";
import { spawnSync } from "node:child_process";

const dir = join(homedir(), ".office-addin-dev-certs");
const cert = join(dir, "localhost.crt");
const key = join(dir, "localhost.key");
if (!existsSync(cert) || !existsSync(key)) {
  console.log("Tạo chứng chỉ phát triển cho localhost (office-addin-dev-certs) …");
  spawnSync("npx", ["--yes", "office-addin-dev-certs@3", "install", "--machine"], { stdio: "inherit", shell: process.platform === "win32" });
  if (!existsSync(cert)) {
    console.error(`Không có chứng chỉ ${cert}: chạy "npx office-addin-dev-certs install" rồi thử lại.`);
    process.exit(2);
  }
}

const root = normalize("dist/excel");
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css", ".json": "application/json", ".xml": "application/xml", ".png": "image/png" };
const port = Number(process.env.PORT ?? 3000);
createServer({ cert: readFileSync(cert), key: readFileSync(key) }, (req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, "https://localhost").pathname)));
  if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "Content-Type": types[extname(path)] ?? "application/octet-stream", "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" });
  res.end(readFileSync(path));
}).listen(port, "localhost", () => console.log(`DTI Sheets: https://localhost:${port}/taskpane.html (manifest: dist/excel/manifest.xml). Ctrl+C để dừng.`));
