// Hostile and unlucky inputs: nothing `dti` is pointed at is destroyed, exhausts memory, or hangs it.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI, ensureBuilt, runCli } from "../fixtures/cli";
import { farCell, longTarget, mergeBomb, richWorkbook, wideSheet, zipBomb } from "../fixtures/hostile";

/** The CLI with its heap capped: an attack that needed more would crash instead of passing. */
const run = (args: string[], opts: { heapMb?: number; input?: string } = {}) => runCli(args, { input: opts.input, heapMb: opts.heapMb ?? 450, timeout: 60_000 });
const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
const tmp = mkdtempSync(join(tmpdir(), "dti-hostile-"));
const INPUT = "samples/so-lieu-cham-diem-2026.xlsx";

beforeAll(ensureBuilt);

describe("never destroy an input", () => {
  it("leaves every input's bytes unchanged, whatever the command", () => {
    const input = join(tmp, "in.xlsx");
    copyFileSync(INPUT, input);
    const before = sha(input);
    run(["check", input, "--json", "--html", join(tmp, "r1.html")]);
    run(["fill", input, "-o", join(tmp, "o1.xlsx")]);
    run(["fill", input, "-o", join(tmp, "o2.xlsx"), "--values"]);
    run(["check", input, "--plan", "samples/dong-nai-ke-hoach-2026-2030.txt"]);
    expect(sha(input)).toBe(before);
  });

  it.each([
    ["the input itself", (i: string) => i],
    ["a symbolic link to it", (i: string) => { const l = join(tmp, `link-${Math.random()}.xlsx`); symlinkSync(i, l); return l; }],
    ["a hard link to it", (i: string) => { const l = join(tmp, `hard-${Math.random()}.xlsx`); linkSync(i, l); return l; }],
  ])("refuses -o onto %s, even with --force", (_label, target) => {
    const input = join(tmp, `in-${Math.random()}.xlsx`);
    copyFileSync(INPUT, input);
    const before = sha(input);
    for (const force of [[], ["--force"]]) {
      const r = run(["fill", input, "-o", target(input), ...force]);
      expect(r.status).toBe(2);
      expect(r.err).toMatch(/chính là tệp đầu vào/);
    }
    const r = run(["check", input, "--html", target(input), "--force"]);
    expect(r.status).toBe(2);
    expect(sha(input)).toBe(before);
  });

  it("refuses to overwrite an unrelated existing file unless --force, for every command", () => {
    const existing = join(tmp, "existing.bin");
    for (const args of [["fill", INPUT, "-o", existing], ["check", INPUT, "--html", existing], ["template", "-o", existing]]) {
      writeFileSync(existing, "dữ liệu quý");
      const r = run(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(readFileSync(existing, "utf8")).toBe("dữ liệu quý");
      expect(run([...args, "--force"]).status, args.join(" ")).toBe(0);
      expect(readFileSync(existing, "utf8")).not.toBe("dữ liệu quý");
    }
  });
});

describe("atomic, honest writes", () => {
  it("a kill -9 at random moments never leaves a corrupt or empty file where a good one was (at least 50 kills)", async () => {
    const out = join(tmp, "atomic.xlsx");
    expect(run(["fill", INPUT, "-o", out]).status).toBe(0);
    const good = new Set([sha(out)]);
    let killed = 0;
    // A run that ends before its kill does not count: go on until 50 runs were killed mid-way.
    for (let i = 0; killed < 50 && i < 400; i++) {
      const child = spawn(process.execPath, [CLI, "fill", INPUT, "-o", out, "--force", i % 2 ? "--values" : "--year=2026"], { stdio: "ignore" });
      const exited = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
      // A run takes a few hundred milliseconds at most: kill anywhere in it, from start-up to the rename.
      await new Promise((res) => setTimeout(res, 20 + Math.random() * 200));
      if (child.kill("SIGKILL")) killed++;
      const code = await exited;
      // Whatever happened, the output is a whole workbook: the old one or a new one.
      const bytes = readFileSync(out);
      expect(bytes.length).toBeGreaterThan(1000);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      expect(wb.worksheets[0].getCell("B7").value).not.toBeNull();
      if (code === 0) good.add(sha(out));
    }
    expect(killed).toBeGreaterThanOrEqual(50);
    // Temporary files of killed runs are the only leftovers, never a half-written target.
    expect(readdirSync(tmp).filter((f) => f.startsWith("atomic.xlsx") && f !== "atomic.xlsx")).toEqual([]);
  }, 240_000);

  it("a folder without write permission: the message says so, the old file is untouched", () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: check a read-only file system path instead.
      const r = run(["fill", INPUT, "-o", "/proc/dti-out.xlsx"]);
      expect(r.status).toBe(2);
      return;
    }
    const dir = join(tmp, "ro");
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    const r = run(["fill", INPUT, "-o", join(dir, "x.xlsx")]);
    expect([r.status, /quyền ghi/.test(r.err)]).toEqual([2, true]);
  });
});

describe("lossless fill", () => {
  let input: string;
  let output: string;
  let a: JSZip;
  let b: JSZip;
  beforeAll(async () => {
    input = join(tmp, "rich.xlsm");
    output = join(tmp, "rich-out.xlsm");
    await richWorkbook(input);
    const r = run(["fill", input, "-o", output, "--json"]);
    expect(r.status, r.err).toBe(0);
    a = await JSZip.loadAsync(readFileSync(input));
    b = await JSZip.loadAsync(readFileSync(output));
  });

  it("keeps every part byte for byte except the written sheet and the appended styles", async () => {
    const names = Object.keys(a.files).filter((n) => !a.files[n].dir).sort();
    expect(Object.keys(b.files).filter((n) => !b.files[n].dir).sort()).toEqual(names);
    for (const part of ["xl/vbaProject.bin", "xl/charts/chart1.xml", "xl/externalLinks/externalLink1.xml", "customXml/item1.xml", "xl/worksheets/sheet2.xml", "xl/workbook.xml", "[Content_Types].xml"]) expect(names).toContain(part);
    const changed: string[] = [];
    for (const n of names) {
      const [x, y] = [await a.file(n)!.async("nodebuffer"), await b.file(n)!.async("nodebuffer")];
      if (!x.equals(y)) changed.push(n);
    }
    expect(changed).toEqual(["xl/styles.xml", "xl/worksheets/sheet1.xml"]);
  });

  it("changes exactly the cells it reports in the sheet; every other cell keeps its XML, style included", async () => {
    const cells = (xml: string) => new Map([...xml.matchAll(/<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [m[1], m[0]]));
    const before = cells(await a.file("xl/worksheets/sheet1.xml")!.async("string"));
    const after = cells(await b.file("xl/worksheets/sheet1.xml")!.async("string"));
    const report = JSON.parse(run(["fill", input, "-o", join(tmp, "again.xlsm"), "--json"]).out);
    const written = new Set<string>();
    for (const [ref, xml] of after) if (before.get(ref) !== xml) written.add(ref);
    expect(written.size).toBe(report.writes);
    for (const [ref, xml] of before) if (!written.has(ref)) expect(after.get(ref)).toBe(xml);
    // Styles: the old records are a prefix of the new; written cells point at new records.
    const xfs = (xml: string) => [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1]).matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const [x0, x1] = [xfs(await a.file("xl/styles.xml")!.async("string")), xfs(await b.file("xl/styles.xml")!.async("string"))];
    expect(x1.slice(0, x0.length)).toEqual(x0);
    for (const ref of written) {
      const s = Number(/\bs="(\d+)"/.exec(after.get(ref)!)?.[1] ?? -1);
      if (s >= 0 && /<f>|<v>/.test(after.get(ref)!)) expect(s, ref).toBeGreaterThanOrEqual(x0.length);
    }
  });

  it("a macro workbook stays a macro workbook: its output must be named .xlsm", () => {
    const r = run(["fill", input, "-o", join(tmp, "rich-out.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/\.xlsm/);
  });

  it("LibreOffice opens the output and recalculates the totals to the values written", () => {
    const soffice = spawnSync("which", ["soffice"]).status === 0;
    expect(soffice, "LibreOffice is installed by scripts/ensure-tools.sh").toBe(true);
    const profile = join(tmp, "lo-profile");
    const csvDir = join(tmp, "csv");
    const r = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv", "--outdir", csvDir, output], { encoding: "utf8", timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const csv = readFileSync(join(csvDir, "rich-out.csv"), "utf8");
    const report = JSON.parse(run(["fill", input, "-o", join(tmp, "again2.xlsm"), "--json"]).out);
    expect(csv).toContain(String(report.total));
  });
});

describe("bounded reading: each attack ends in under 10 s within a 450 MB heap, with a report or a sentence", () => {
  it.each([
    ["a far-away cell at XFD1048576", farCell, 0],
    ["a merge over the whole sheet", mergeBomb, 1],
    // A table of numbers under "Cột 1 … Cột 16384": not a DTI table, described (an info), so exit 0.
    ["16 384 columns", wideSheet, 0],
    ["a 200 000-digit target", longTarget, 1],
  ] as const)("%s", async (_label, make, status) => {
    const f = join(tmp, `attack-${Math.random()}.xlsx`);
    await make(f);
    const r = run(["check", f, "--json"]);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.status, r.err).toBe(status);
    expect(r.err).not.toMatch(/\n\s+at /);
    JSON.parse(r.out);
  }, 60_000);

  it("a zip whose directory lies about a 40 MB sheet (1 KB claimed) is refused from the bytes", async () => {
    const f = join(tmp, "bomb.xlsx");
    await zipBomb(f);
    const r = run(["check", f]);
    expect([r.status, r.ms < 10_000]).toEqual([2, true]);
    expect(r.err).toMatch(/quá giới hạn/);
  }, 60_000);

  it("--plan reads only regular files of bounded size: /dev/zero and a FIFO are refused at once", () => {
    const fifo = join(tmp, "plan.fifo");
    spawnSync("mkfifo", [fifo]);
    for (const plan of ["/dev/zero", fifo, tmp]) {
      const r = run(["check", "samples/dong-nai-phu-luc-2026-2030.xlsx", "--plan", plan]);
      expect([r.status, r.ms < 10_000], plan).toEqual([2, true]);
      expect(r.err).toMatch(/không phải tệp|thư mục/);
    }
  });
});

describe("every refusal a sentence", () => {
  it("a folder given to fill is refused; an empty folder given to check says it holds no workbook", () => {
    const r = run(["fill", tmp, "-o", join(tmp, "x-out.xlsx")]);
    expect([r.status, /là một thư mục/.test(r.err)]).toEqual([2, true]);
    const empty = join(tmp, "trống");
    mkdirSync(empty);
    const c = run(["check", empty]);
    expect([c.status, /Không có tệp \.xlsx/.test(c.err)]).toEqual([2, true]);
  });

  it.each([
    ["a zip that is not a workbook", () => { const f = join(tmp, "x.zip.xlsx"); const z = new JSZip(); z.file("a.txt", "x"); return z.generateAsync({ type: "nodebuffer" }).then((b) => (writeFileSync(f, b), f)); }, /không phải sổ làm việc/],
    ["an encrypted workbook", () => { const f = join(tmp, "enc.xlsx"); writeFileSync(f, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])); return f; }, /mật khẩu/],
  ] as const)("%s", async (_label, make, message) => {
    const f = await make();
    const r = run(["check", f]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("an unreadable file says so (when not root)", () => {
    const f = join(tmp, "secret.xlsx");
    copyFileSync(INPUT, f);
    chmodSync(f, 0o000);
    const r = run(["check", f]);
    // root reads any file: then the check simply runs.
    if (process.getuid?.() === 0) expect(r.status).toBe(0);
    else expect([r.status, /quyền đọc/.test(r.err)]).toEqual([2, true]);
    chmodSync(f, 0o644);
  });

  it("dti score - < a folder exits 2 with a sentence", () => {
    const r = spawnSync("sh", ["-c", `${process.execPath} ${CLI} score - < ${tmp}`], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/stdin/);
  });
});

afterAllCleanup();
function afterAllCleanup() {
  process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
}
