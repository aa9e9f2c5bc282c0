// `dti check` on .xlsx files: JSON, text and HTML reports, --plan, and bad files refused in a sentence.
import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, runCli, tempDir } from "../fixtures/cli";

const run = (args: string[], input?: string) => runCli(args, { input });
const tmp = tempDir("dti-check-");

beforeAll(ensureBuilt);

describe("dti check --json", () => {
  it("reports seed 000 as one object with indicators, findings and the projection; exit 1 (it has errors)", () => {
    const r = run(["check", "samples/dong-nai-phu-luc-2026-2030.xlsx", "--json"]);
    expect(r.status).toBe(1);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["file", "sheet", "unit", "edition", "level", "indicators", "findings", "projection", "summary"]);
    expect(j.summary).toEqual({ rows: 29, recognised: 29, unrecognised: 0 });
    expect(j.unit).toBe("Tỉnh Đồng Nai");
    expect(j.edition).toBe("qd405-29");
    expect(j.indicators).toHaveLength(29);
    expect(j.indicators[0]).toEqual({ row: 7, code: "1.1", key: "fixed-broadband-1gbps", name: expect.any(String) });
    expect(j.findings.find((f: { rule: string }) => f.rule === "lead-multiple")).toMatchObject({ severity: "error", cell: "C23", row: 23, code: "4.1" });
    expect(j.projection["2026"].pillars).toEqual({ "1": 137, "2": 100, "3": null, "4": null, "5": 148.33, "6": 165.82 });
    expect(j.projection["2030"]).toBeDefined();
  });

  it("a tracking list gives a tracking array {row, text, target, result, met}; the text and HTML reports list it too", () => {
    const r = run(["check", "samples/yen-hung-chi-tieu-2025.xlsx", "--json"]);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.tracking).toHaveLength(13);
    expect(j.tracking[2]).toMatchObject({ row: 8, target: "đạt trên 80%", result: "80%", met: false, resultCell: "C8" });
    expect(j.tracking[5]).toMatchObject({ row: 11, result: null, met: null });
    expect(j.findings.filter((f: { rule: string }) => f.rule === "target-not-met").map((f: { cell: string }) => f.cell)).toEqual(["C8", "C9", "C14", "C15"]);
    const text = run(["check", "samples/yen-hung-chi-tieu-2025.xlsx"]).out;
    expect(text.split("\n").filter((l) => /^\s+[✓✗·] C\d+/.test(l))).toHaveLength(13);
    const html = join(tmp, "theo-doi.html");
    run(["check", "samples/yen-hung-chi-tieu-2025.xlsx", "--html", html]);
    expect(readFileSync(html, "utf8").match(/<tr class="(met|warning|info)"><td>[✓✗·]/g)).toHaveLength(13);
  });

  it("several files give an array; English on request", () => {
    const r = run(["check", "samples/dai-phuoc-phu-luc-xa.xlsx", "samples/gia-lai-bang-diem.xlsx", "--json", "--lang", "en"]);
    const j = JSON.parse(r.out);
    expect(j.map((x: { level: string }) => x.level)).toEqual(["commune", "province"]);
    expect(j[1].findings.map((f: { rule: string }) => f.rule)).toContain("total-mismatch");
    expect(j[1].findings.find((f: { rule: string }) => f.rule === "total-mismatch").message).toMatch(/^The stated/);
  });

  it("a file without errors exits 0", () => {
    const r = run(["check", "samples/so-lieu-cham-diem-2026.xlsx", "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).findings.filter((f: { severity: string }) => f.severity !== "info")).toEqual([]);
  });

  it("writes a self-contained HTML report with a pillar chart, workbook text escaped", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile("samples/dong-nai-phu-luc-2026-2030.xlsx");
    wb.worksheets[0].getCell("E7").value = "95% <script>alert(1)</script>";
    const src = join(tmp, "xss.xlsx");
    await wb.xlsx.writeFile(src);
    const out = join(tmp, "report.html");
    run(["check", src, "--html", out]);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<svg");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    // Nothing is loaded from elsewhere: no src/href to another host.
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?https?:/i);
  });
});

describe("dti check --plan", () => {
  it("compares the appendix with the plan's own text, from a .docx", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    const paragraphs = readFileSync("samples/dong-nai-ke-hoach-2026-2030.txt", "utf8").split(/\n\s*\n/);
    const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file("word/document.xml", `<w:document xmlns:w="w"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t>${esc(p.replace(/\n/g, " "))}</w:t></w:r></w:p>`).join("")}</w:body></w:document>`);
    const docx = join(tmp, "ke-hoach.docx");
    writeFileSync(docx, await zip.generateAsync({ type: "nodebuffer" }));
    const r = run(["check", "samples/dong-nai-phu-luc-2026-2030.xlsx", "--plan", docx, "--json"]);
    const codes = JSON.parse(r.out).findings.filter((f: { rule: string }) => f.rule === "target-plan-mismatch").map((f: { code: string }) => f.code);
    expect(codes).toEqual(["4.5", "5.2", "6.3"]);
  });

  it("refuses a PDF plan with a message", () => {
    const pdf = join(tmp, "plan.pdf");
    writeFileSync(pdf, "%PDF-1.7\n...");
    const r = run(["check", "samples/dong-nai-phu-luc-2026-2030.xlsx", "--plan", pdf]);
    expect(r.status).toBe(2);
    expect(r.err).toContain(".docx");
  });
});

describe("bad files get a message and exit 2, never a stack trace", () => {
  const cases: [string, () => string, RegExp][] = [
    ["not an .xlsx", () => { const f = join(tmp, "a.xlsx"); writeFileSync(f, "STT,Chỉ số\n1.1,x\n"); return f; }, /không phải bảng tính/],
    ["encrypted", () => { const f = join(tmp, "enc.xlsx"); writeFileSync(f, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])); return f; }, /mật khẩu/],
    ["empty", () => { const f = join(tmp, "empty.xlsx"); writeFileSync(f, ""); return f; }, /rỗng/],
    ["missing", () => join(tmp, "nope.xlsx"), /Không tìm thấy/],
    ["a damaged zip", () => { const f = join(tmp, "bad.xlsx"); writeFileSync(f, Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(64, 7)])); return f; }, /hỏng/],
  ];
  it.each(cases)("%s", (_, make, message) => {
    const r = run(["check", make()]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it.each<[string[], RegExp]>([
    [["check"], /Cách dùng/],
    [["check", "samples/gia-lai-bang-diem.xlsx", "--edition", "2019"], /^#N\/A Không có bộ chỉ số/],
    [["check", "samples/gia-lai-bang-diem.xlsx", "--level", "huyện"], /Cấp 'huyện'/],
    [["fill", "samples/so-lieu-cham-diem-2026.xlsx"], /Cách dùng/],
    [["fill", "samples/so-lieu-cham-diem-2026.xlsx", "-o", "x.xlsx", "--year", "năm sau"], /Năm đánh giá/],
    [["fill", "samples/dong-nai-phu-luc-2026-2030.xlsx", "-o", "x.xlsx"], /không có cột số liệu/],
  ])("usage error %j", (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync("x.xlsx")).toBe(false);
  });

  it.each<[string[]]>([
    [["check", "samples/gia-lai-bang-diem.xlsx", "--html", "/nonexistent-dir/r.html"]],
    [["fill", "samples/so-lieu-cham-diem-2026.xlsx", "-o", "/nonexistent-dir/out.xlsx"]],
    [["template", "-o", "/nonexistent-dir/mau.xlsx"]],
  ])("an output that cannot be written: %j", (args) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^Không có thư mục \/nonexistent-dir để ghi/);
  });

  it("a sheet name that does not exist", () => {
    const r = run(["check", "samples/gia-lai-bang-diem.xlsx", "--sheet", "Không có"]);
    expect(r.status).toBe(2);
    expect(r.err).toContain("Mục tiêu");
  });

  it("a workbook with no table: header-not-found, exit 1", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ghi chú").addRow(["Báo cáo tháng 11"]);
    const f = join(tmp, "notable.xlsx");
    await wb.xlsx.writeFile(f);
    const r = run(["check", f, "--json"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.out).findings.map((x: { rule: string }) => x.rule)).toEqual(["header-not-found"]);
  });
});

