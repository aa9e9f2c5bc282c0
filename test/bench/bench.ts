// `npm run bench`: scoring throughput, time to check large appendices, host round trips, bundle sizes.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { listIndicators, nameIn } from "../../core/catalog";
import { validateAppendix } from "../../core/appendix/validate";
import { planFill } from "../../core/fill";
import { callFunction } from "../../core/functions";
import type { Grid } from "../../core/grid";
import type { Raw } from "../../core/values";

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
function time<T>(fn: () => T, repeat = 1): { ms: number; result: T } {
  let result!: T;
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) result = fn();
  return { ms: (performance.now() - t0) / repeat, result };
}

const results: Record<string, string | number> = {};

// 1. Scoring: 100 000 rows, one range call vs one call per row.
{
  const ROWS = 100_000;
  const ratioCodes = listIndicators("draft-2025").filter((r) => r.indicator.ratio && r.indicator.inputs.length === 2).map((r) => r.code);
  const codes: Raw[][] = [];
  const a: Raw[][] = [];
  const b: Raw[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const code = ratioCodes[i % ratioCodes.length];
    const whole = 1000 + (i % 997) * 13;
    codes.push([code]);
    // 4.4 reads b/a: keep every share at or below 100 %.
    a.push([code === "4.4" ? whole : (i * 7919) % whole]);
    b.push([code === "4.4" ? (i * 7919) % whole : whole]);
  }
  callFunction("SCORE", [codes.slice(0, 1000), a.slice(0, 1000), b.slice(0, 1000)]); // warm up
  const range = time(() => callFunction("SCORE", [codes, a, b]) as unknown[][], 5);
  const errors = range.result.flat().filter((v) => typeof v !== "number").length;
  const perRow = time(() => {
    const out: unknown[] = [];
    for (let i = 0; i < ROWS; i++) out.push(callFunction("SCORE", [codes[i][0], a[i][0], b[i][0]]));
    return out;
  }, 3);
  const text = codes.map((_, i) => [String(a[i][0]).replace(/\B(?=(\d{3})+(?!\d))/g, "."), String(b[i][0]).replace(/\B(?=(\d{3})+(?!\d))/g, ".")]);
  const rangeText = time(() => callFunction("SCORE", [codes, text.map((t) => [t[0]]), text.map((t) => [t[1]])]), 3);
  results["score: range path (rows/s)"] = fmt(ROWS / (range.ms / 1000));
  results["score: range path, Vietnamese number text (rows/s)"] = fmt(ROWS / (rangeText.ms / 1000));
  results["score: one call per row (rows/s)"] = fmt(ROWS / (perRow.ms / 1000));
  results["score: range path errors in 100 000 rows"] = errors;
}

// 2. Checking a 5 000-row appendix in the core.
function bigAppendix(rows: number): Grid {
  const list = listIndicators("qd405-29");
  const values: Raw[][] = [["STT", "Chỉ số", "Cơ quan chủ trì", "Cơ quan phối hợp", "Năm 2026", "Đến năm 2030", "Căn cứ thực hiện", "Nhiệm vụ thực hiện"]];
  for (let i = 0; i < rows; i++) {
    const r = list[i % list.length];
    values.push([r.code, nameIn("qd405-29", r.indicator), i % 3 ? "Sở KH&CN" : "Các sở, ngành, địa phương", "Sở Nội vụ; Sở Tài chính", i % 5 ? "Trên 80%" : "100%", "100%", "Kế hoạch của tỉnh", "Triển khai"]);
  }
  return { values };
}
{
  const grid = bigAppendix(5000);
  validateAppendix(bigAppendix(100));
  const check = time(() => validateAppendix(grid), 3);
  results["check: 5 000-row appendix in the core (ms)"] = check.ms.toFixed(0);
  results["check: findings in the 5 000-row appendix"] = check.result.findings.length;
  const fillGrid: Grid = { values: [["STT", "Chỉ số", "a", "b"], ...Array.from({ length: 5000 }, (_, i) => [["1.1", "6.3", "5.4"][i % 3], "", 10 + (i % 50), 100] as Raw[])] };
  const fill = time(() => planFill(fillGrid), 3);
  results["fill: plan for 5 000 rows (ms)"] = fill.ms.toFixed(0);
}

// 3. The command line over 100 copies of the seed 000 workbook.
{
  const dir = mkdtempSync(join(tmpdir(), "dti-bench-"));
  const files: string[] = [];
  for (let i = 0; i < 100; i++) {
    const f = join(dir, `phu-luc-${String(i).padStart(3, "0")}.xlsx`);
    copyFileSync("samples/dong-nai-phu-luc-2026-2030.xlsx", f);
    files.push(f);
  }
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, ["dist/cli/dti.cjs", "check", ...files, "--json"], { stdio: ["ignore", "ignore", "inherit"], maxBuffer: 1 << 28 });
  } catch (e) {
    // Exit status 1 means "the files have errors", which seed 000 does.
    if ((e as { status?: number }).status !== 1) throw e;
  }
  results["cli: dti check of 100 seed-000 workbooks (s)"] = ((performance.now() - t0) / 1000).toFixed(2);
  rmSync(dir, { recursive: true, force: true });
}

// 3b. The command line as a host: one process per row against one call for many rows.
{
  const lines = Array.from({ length: 100_000 }, (_, i) => `6.3\t${(i * 7919) % 1_000_000}\t1000000`).join("\n");
  const t0 = performance.now();
  execFileSync(process.execPath, ["dist/cli/dti.cjs", "score", "-"], { input: lines, maxBuffer: 1 << 26 });
  const batch = (performance.now() - t0) / 1000;
  const N = 50;
  const t1 = performance.now();
  for (let i = 0; i < N; i++) execFileSync(process.execPath, ["dist/cli/dti.cjs", "score", "6.3", String(i * 1000), "1000000"]);
  const perCall = (performance.now() - t1) / 1000;
  results["cli: 100 000 rows through one `dti score -` (rows/s)"] = fmt(100_000 / batch);
  results["cli: one `dti score` call per row (rows/s)"] = fmt(N / perCall);
}

// 4. Host round trips per operation, through the real ports: Excel (syncs) and Apps Script (service calls), 29 and 2 000 rows.
{
  const { ExcelPort } = await import("../../addin/excel-port");
  const { ExcelMock } = await import("../fixtures/excel-mock");
  const { FakeSheets } = await import("../fixtures/fake-sheets");
  const { memorySheet } = await import("../fixtures/memory-port");
  const ops = await import("../../core/host/operations");
  const { loadAppsScript } = await import("../fixtures/apps-script");
  const table = (n: number): Grid => ({ values: [["STT", "Chỉ số", "a", "b"], ...Array.from({ length: n }, (_, i) => [["1.1", "6.3", "5.4", "4.4"][i % 4], "", 10 + (i % 50), 100] as Raw[])] });
  (globalThis as { Excel?: unknown }).Excel = new ExcelMock([]).Excel;
  for (const n of [29, 2000]) {
    const mock = new ExcelMock([memorySheet(table(n), "S")]);
    const row: string[] = [];
    for (const [name, op] of [
      ["check", (p: InstanceType<typeof ExcelPort>) => ops.check(p)],
      ["preview", (p: InstanceType<typeof ExcelPort>) => ops.previewFill(p)],
      ["apply", (p: InstanceType<typeof ExcelPort>) => ops.applyFill(p)],
    ] as const) {
      const port = new ExcelPort(mock.context);
      const t0 = performance.now();
      const result = await op(port);
      const ms = performance.now() - t0;
      row.push(`${name} ${ms.toFixed(0)} ms / ${port.syncs} sync`);
      if (name === "apply") {
        const undoPort = new ExcelPort(mock.context);
        const t1 = performance.now();
        await ops.undo(undoPort, result as Awaited<ReturnType<typeof ops.applyFill>>);
        row.push(`undo ${(performance.now() - t1).toFixed(0)} ms / ${undoPort.syncs} sync`);
      }
    }
    results[`excel port, ${n}-row sheet`] = row.join("; ");
  }
  for (const n of [29, 2000]) {
    const fake = new FakeSheets([memorySheet(table(n), "S")]);
    const ctx = loadAppsScript(fake);
    const t0 = performance.now();
    (ctx.dti_applyFill as (p: string) => string)("[{}]");
    const ms = performance.now() - t0;
    results[`apps script, apply on ${n} rows`] = `${ms.toFixed(0)} ms; getValues ${fake.calls.getValues}, getFormulas ${fake.calls.getFormulas}, setValues ${fake.calls.setValues}, setValue ${fake.calls.setValue ?? 0}`;
  }
  // Sheets custom functions: one formula for a whole column, in the vm.
  const ctx = loadAppsScript(new FakeSheets([]));
  for (const n of [29, 5000]) {
    const col = (f: (i: number) => Raw) => Array.from({ length: n }, (_, i) => [f(i)]);
    const codes = col((i) => ["6.3", "1.2", "4.4"][i % 3]);
    const a = col((i) => (i % 3 === 2 ? 1000 : 300 + (i % 500)));
    const b = col((i) => (i % 3 === 2 ? 700 : 1000));
    const t0 = performance.now();
    (ctx.DTI_SCORE as (...x: unknown[]) => unknown)(codes, a, b);
    results[`apps script DTI_SCORE over a ${n}-row column, one call (ms)`] = (performance.now() - t0).toFixed(1);
  }
}

// 5. Big and hostile workbooks through the command line: time and peak memory (RSS) of one process.
{
  const JSZip = (await import("jszip")).default;
  const { readFileSync, writeFileSync } = await import("node:fs");
  const { spawnSync } = await import("node:child_process");
  const dir = mkdtempSync(join(tmpdir(), "dti-big-"));
  const base = readFileSync("samples/so-lieu-cham-diem-2026.xlsx");
  const codes = ["1.1", "6.3", "5.4", "4.4"];
  async function rows(n: number): Promise<string> {
    const zip = await JSZip.loadAsync(base);
    const parts: string[] = ['<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Chỉ số</t></is></c><c r="C1" t="inlineStr"><is><t>a</t></is></c><c r="D1" t="inlineStr"><is><t>b</t></is></c></row>'];
    for (let i = 2; i <= n + 1; i++) parts.push(`<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>${codes[i % 4]}</t></is></c><c r="C${i}"><v>${10 + (i % 50)}</v></c><c r="D${i}"><v>100</v></c></row>`);
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")!.async("string")).replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${parts.join("")}</sheetData>`).replace(/<mergeCells[\s\S]*?<\/mergeCells>/, "");
    zip.file("xl/worksheets/sheet1.xml", sheet);
    const f = join(dir, `${n}.xlsx`);
    writeFileSync(f, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } }));
    return f;
  }
  for (const n of [100_000, 1_000_000]) {
    const f = await rows(n);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--require", "./test/bench/rss-hook.cjs", "dist/cli/dti.cjs", "check", f, "--json"], { encoding: "utf8", maxBuffer: 1 << 30 });
    const ms = performance.now() - t0;
    const rss = Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
    const outcome = r.status === 2 ? `refused: ${r.stderr.split("\n")[0].slice(0, 90)}` : `checked (exit ${r.status})`;
    results[`cli: check ${n.toLocaleString("en-US")} rows (${(statSync(f).size / 1e6).toFixed(1)} MB file)`] = `${(ms / 1000).toFixed(1)} s, peak RSS ${rss.toFixed(0)} MB, ${outcome}`;
  }
  rmSync(dir, { recursive: true, force: true });
}

// 6. Reading, the desk's whole cost: one appendix in one process, 200 against LibreOffice converting them,
// 3 300 workbooks checked and summarised, --jobs 1 against the default.
{
  const { spawnSync } = await import("node:child_process");
  const { availableParallelism } = await import("node:os");
  const { readFileSync } = await import("node:fs");
  const { readXlsx } = await import("../../formats/xlsx");
  const { validateSheets } = await import("../../core/appendix/validate");
  const bytes = readFileSync("samples/dong-nai-phu-luc-2026-2030.xlsx");
  for (let i = 0; i < 50; i++) validateSheets(readXlsx(bytes, "x").sheets); // warm up
  const N = 500;
  let read = 0;
  let checked = 0;
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    const book = readXlsx(bytes, "x");
    const t1 = performance.now();
    validateSheets(book.sheets);
    read += t1 - t0;
    checked += performance.now() - t1;
  }
  results["read: one Đồng Nai appendix in one process, read + check (ms)"] = `${((read + checked) / N).toFixed(2)} (read ${(read / N).toFixed(2)}, check ${(checked / N).toFixed(2)})`;

  const run = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--require", "./test/bench/rss-hook.cjs", "dist/cli/dti.cjs", ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
    return { s: (performance.now() - t0) / 1000, rss: Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024, status: r.status };
  };
  const dir = mkdtempSync(join(tmpdir(), "dti-desk-"));
  const two = join(dir, "200");
  mkdirSync(two);
  for (let i = 0; i < 200; i++) copyFileSync("samples/dong-nai-phu-luc-2026-2030.xlsx", join(two, `Xã ${String(i).padStart(4, "0")}.xlsx`));
  const ours = run(["check", two, "--json", "--jobs", "1"]);
  const lo = join(dir, "lo");
  const t0 = performance.now();
  spawnSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "csv", "--outdir", lo, ...readdirSync(two).map((f) => join(two, f))], { encoding: "utf8", timeout: 900_000 });
  const office = (performance.now() - t0) / 1000;
  results["read: 200 appendices, dti check --jobs 1 against LibreOffice converting them to CSV"] = `${ours.s.toFixed(2)} s against ${office.toFixed(1)} s: ${(office / ours.s).toFixed(1)}× faster`;

  const inbox = join(dir, "3300");
  mkdirSync(inbox);
  const samples = ["dai-phuoc-phu-luc-xa.xlsx", "dong-nai-phu-luc-2026-2030.xlsx", "gia-lai-bang-diem.xlsx", "yen-hung-chi-tieu-2025.xlsx"];
  for (let i = 0; i < 3300; i++) copyFileSync(`samples/${samples[i % 4]}`, join(inbox, `Xã ${String(i).padStart(4, "0")}.xlsx`));
  for (const jobs of ["1", String(availableParallelism())]) {
    const r = run(["check", inbox, "--summary", join(dir, `tong-hop-${jobs}.xlsx`), "--force", "--jobs", jobs, "--json"]);
    results[`desk: 3 300 workbooks checked and summarised, --jobs ${jobs}`] = `${r.s.toFixed(1)} s (${(3300 / r.s).toFixed(0)} files/s), main-thread peak RSS ${r.rss.toFixed(0)} MB, exit ${r.status}`;
  }
  for (const jobs of ["1", String(availableParallelism())]) {
    const r = run(["check", inbox, "--json", "--jobs", jobs]);
    results[`desk: 3 300 workbooks checked (no summary), --jobs ${jobs}`] = `${r.s.toFixed(1)} s`;
  }
  rmSync(dir, { recursive: true, force: true });
}

// 7. Bundle sizes.
for (const f of readdirSync("dist", { recursive: true }) as string[]) {
  const p = join("dist", f);
  if (statSync(p).isFile()) results[`bundle: ${f} (KB)`] = (statSync(p).size / 1024).toFixed(1);
}

const width = Math.max(...Object.keys(results).map((k) => k.length));
for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(width)}  ${v}`);
