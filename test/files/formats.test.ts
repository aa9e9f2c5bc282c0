// Submissions as they arrive: a Word plan checks like its appendix in .xlsx checked with --plan of its
// body; .xls, .ods, HTML and XML 2003 twins check like the .xlsx; the desk takes a mixed inbox; fill refuses
// what it cannot write; hostile files of the new formats end in one sentence.
import JSZip from "jszip";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, libreOfficeAvailable, runCli, tempDir } from "../fixtures/cli";
import { compoundFile } from "../fixtures/hostile";
import { convertWithLibreOffice, wordPlan, writeTwins } from "../fixtures/submissions";

const tmp = tempDir("dti-formats-");
let twins: Awaited<ReturnType<typeof writeTwins>>;
let xls: string;
let ods: string;

interface Report {
  sheet: string;
  edition: string | null;
  level: string;
  unit: string | null;
  indicators: { code: string | null; key: string | null }[];
  findings: { rule: string; code: string | null; key: string | null; cell: string | null }[];
}
const check = (args: string[]): Report => {
  const r = runCli(["check", ...args, "--json"]);
  expect(r.err).toBe("");
  return JSON.parse(r.out);
};
/** What must be the same across twins: the table's reading, its indicators, and each finding's rule and indicator. */
const essence = (r: Report) => ({
  edition: r.edition,
  level: r.level,
  unit: r.unit,
  indicators: r.indicators.map((i) => [i.code, i.key]),
  findings: r.findings.map((f) => `${f.rule}|${f.code}|${f.key}`).sort(),
});

beforeAll(async () => {
  ensureBuilt();
  twins = await writeTwins(join(tmp, "twins"));
  expect(libreOfficeAvailable(), "LibreOffice is installed by scripts/ensure-tools.sh").toBe(true);
  [xls] = convertWithLibreOffice([twins.xlsx], "xls", join(tmp, "xls"), tmp);
  [ods] = convertWithLibreOffice([twins.xlsx], "ods", join(tmp, "ods"), tmp);
}, 240_000);

describe("a Word plan with its appendix", () => {
  it("checks exactly like the same table in .xlsx checked with --plan of the body", () => {
    const word = check([twins.docx]);
    const book = check([twins.xlsx, "--plan", twins.body]);
    expect(essence(word)).toEqual(essence(book));
    expect(word.findings.filter((f) => f.rule === "target-plan-mismatch").length).toBeGreaterThanOrEqual(3);
    expect(word.indicators).toHaveLength(29);
  });

  it("locates its findings in the document: the table's number, and the row and column within it", () => {
    const word = check([twins.docx]);
    expect(word.sheet).toBe("Bảng 3");
    // 4.1 names two leads (row 4.1 is table row 26: two header rows, six pillar rows before it).
    const lead = word.findings.find((f) => f.rule === "lead-multiple");
    expect(lead?.cell).toMatch(/^C\d+$/);
    const book = check([twins.xlsx]);
    const bookLead = book.findings.find((f) => f.rule === "lead-multiple");
    // The workbook's sheet has three title rows above the table; the document counts rows of the table.
    expect(Number(bookLead!.cell!.slice(1)) - Number(lead!.cell!.slice(1))).toBe(3);
  });
});

describe("the same appendix in older and other formats", () => {
  it.each([
    ["Excel 97–2003 (.xls, by LibreOffice)", () => xls],
    ["OpenDocument (.ods, by LibreOffice)", () => ods],
    ["an HTML table saved as .xls", () => twins.html],
    ["an XML Spreadsheet 2003 saved as .xls", () => twins.xml],
  ] as const)("%s checks like its .xlsx twin", (_label, file) => {
    expect(essence(check([file()]))).toEqual(essence(check([twins.xlsx])));
  });

  it("fill writes only .xlsx: a Word plan or an .xls is refused in one sentence, nothing written", () => {
    for (const f of [twins.docx, xls]) {
      const out = join(tmp, `out-${Math.random()}.xlsx`);
      const r = runCli(["fill", f, "-o", out]);
      expect([r.status, /dti fill chỉ ghi vào sổ \.xlsx/.test(r.err), existsSync(out)]).toEqual([2, true, false]);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("the desk takes any inbox", () => {
  it("a folder of .xlsx, .xls, .ods, .docx and disguised .xls: each file its twin's row", () => {
    const inbox = join(tmp, "Nộp về Sở");
    mkdirSync(inbox, { recursive: true });
    const files = { "01 - phu-luc.xlsx": twins.xlsx, "02 - phu-luc.xls": xls, "03 - phu-luc.ods": ods, "04 - ke-hoach.docx": twins.docx, "05 - web.xls": twins.html, "06 - xml.xls": twins.xml };
    for (const [name, src] of Object.entries(files)) copyFileSync(src, join(inbox, name));
    const r = runCli(["check", inbox, "--json", "--jobs", "2", "--summary", join(tmp, "tong-hop.xlsx")]);
    expect(r.status).toBe(1);
    const all = JSON.parse(r.out) as (Report & { file: string })[];
    expect(all.map((x) => x.file)).toEqual(Object.keys(files));
    const twin = essence(check([twins.xlsx]));
    for (const x of all.filter((x) => !x.file.endsWith(".docx"))) expect(essence(x)).toEqual(twin);
    expect(essence(all.find((x) => x.file.endsWith(".docx"))!)).toEqual(essence(check([twins.xlsx, "--plan", twins.body])));
    expect(existsSync(join(tmp, "tong-hop.xlsx"))).toBe(true);
  });
});

const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

/** A package with one part's text replaced (its directory may then claim a size it does not have). */
async function withPart(bytes: Buffer, part: string, text: string, claim?: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, text);
  const out = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  if (claim === undefined) return out;
  // Make the central directory lie about the part's unpacked size.
  const name = Buffer.from(part);
  for (let p = out.length - 22; p >= 0; p--) {
    if (out.readUInt32LE(p) === 0x02014b50 && out.subarray(p + 46, p + 46 + name.length).equals(name)) {
      out.writeUInt32LE(claim, p + 24);
      break;
    }
  }
  return out;
}

describe("hostile files of the new formats: one sentence, exit 2 or a report, input untouched, bounded time", () => {
  const ole = compoundFile;
  it.each([
    ["a .docx that is really a .doc", async () => ole("WordDocument"), 2, /văn bản Word cũ \(\.doc\)/],
    ["an encrypted .docx", async () => ole("EncryptionInfo"), 2, /mật khẩu/],
    ["a .xls that is no workbook", async () => ole("Something"), 2, /mật khẩu hoặc là định dạng Office cũ/],
    ["a .docx whose document unpacks to 40 MB (its directory claims 1 KB)", async () => withPart(await wordPlan(), "word/document.xml", `<w:document><w:body>${"<w:p/>".repeat(7_000_000)}</w:body></w:document>`, 1024), 2, /quá giới hạn/],
    ["a .docx with a billion laughs in its document", async () => withPart(await wordPlan(), "word/document.xml", `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>`), "report", null],
    ["a .docx whose table XML is broken", async () => withPart(await wordPlan(), "word/document.xml", "<w:document><w:body><w:tbl><w:tr><w:tc></w:tr></w:body>"), 2, /bị hỏng/],
    ["a .pdf named .docx", async () => Buffer.from("%PDF-1.7\n1 0 obj\n"), 2, /là PDF/],
  ] as const)("%s", async (_label, make, status, message) => {
    const f = join(tmp, `hostile-${Math.random()}.docx`);
    writeFileSync(f, await make());
    const before = sha(f);
    const r = runCli(["check", f], { heapMb: 450, timeout: 60_000 });
    expect(r.ms).toBeLessThan(10_000);
    if (status === "report") expect([0, 1], r.err).toContain(r.status);
    else expect(r.status, r.err).toBe(status);
    if (message) expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(sha(f)).toBe(before);
  }, 60_000);

  it("an .ods whose content unpacks past the limit is refused before SheetJS opens it", async () => {
    const f = join(tmp, "bomb.ods");
    writeFileSync(f, await withPart(readFileSync(ods), "content.xml", `<x>${" ".repeat(25 * 1024 * 1024)}</x>`, 2048));
    const r = runCli(["check", f], { heapMb: 450, timeout: 60_000 });
    expect([r.status, r.ms < 10_000]).toEqual([2, true]);
    expect(r.err).toMatch(/quá giới hạn/);
  }, 60_000);
});
