// `npm start` / `npm stop`: sideload with office-addin-debugging on Windows and macOS; on Linux, the steps for Excel on the web.
import { spawnSync } from "node:child_process";

const stop = process.argv[2] === "stop";
const manifest = "dist/excel/manifest.xml";
if (process.platform === "win32" || process.platform === "darwin") {
  const args = stop ? ["stop", manifest] : ["start", manifest, "desktop", "--dev-server", "npm run dev-server", "--dev-server-port", "3000"];
  const r = spawnSync("npx", ["--yes", "office-addin-debugging@7", ...args], { stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status ?? 1);
}
console.log(stop
  ? "Trên Linux không có Excel để tải bổ trợ; dừng máy chủ phát triển bằng Ctrl+C."
  : `Trên Linux, dùng Excel trên web:
  1. npm run dev-server        (để chạy; phục vụ https://localhost:3000)
  2. Mở trình duyệt tới https://localhost:3000/taskpane.html một lần và chấp nhận chứng chỉ nếu được hỏi.
  3. Mở một sổ làm việc trong Excel trên web → Trang đầu → Bổ trợ → Thêm bổ trợ khác (Add-ins → More add-ins)
     → Bổ trợ của tôi → Quản lý bổ trợ của tôi → Tải lên bổ trợ của tôi (Upload My Add-in) → chọn ${manifest}.
  4. Nút "Chấm điểm DTI" xuất hiện ở thẻ Trang đầu; gõ =DTI.SCORE("6.3"; 350000; 1000000) vào một ô để thử hàm.`);
