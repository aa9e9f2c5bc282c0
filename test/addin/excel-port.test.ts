// The Office.js port on office-addin-mock: every operation in at most three syncs, for 29 rows and for 2 000.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ExcelPort } from "../../addin/excel-port";
import type { Grid } from "../../core/grid";
import { Refusal } from "../../core/errors";
import { applyFill, chart, check, clearMarks, insertTemplate, mark, previewFill, undo } from "../../core/host/operations";
import type { Raw } from "../../core/values";
import { OfficeMockObject } from "office-addin-mock";
import { ExcelMock as BaseMock } from "../fixtures/excel-mock";
import { hostSamples } from "../fixtures/grids";
import { memorySheet, snapshot } from "../fixtures/memory-port";

let dongNai: Grid;
let inputs: Grid;
let yenHung: Grid;
beforeAll(async () => {
  ({ dongNai, inputs, yenHung } = await hostSamples());
});

/** An input table of `rows` indicator rows (the codes repeat: the fill still writes one formula per row). */
function bigInputs(rows: number): Grid {
  const codes = ["1.1", "6.3", "5.4", "4.4"];
  const values: Raw[][] = [["BẢNG SỐ LIỆU"], ["STT", "Chỉ số", "a", "b"]];
  for (let i = 0; i < rows; i++) values.push([codes[i % codes.length], "", 10 + (i % 50), 100]);
  return { values };
}

/** The workbook with office-addin-mock objects: reading a property before load + sync gives an error string, as in Office.js. */
class ExcelMock extends BaseMock {
  constructor(sheets: ConstructorParameters<typeof BaseMock>[0]) {
    super(sheets, (data) => new OfficeMockObject(data));
  }
}

// Chart types are read from the Excel namespace, as in Office.js.
beforeAll(() => {
  (globalThis as { Excel?: unknown }).Excel = new ExcelMock([]).Excel;
});

/** Runs one operation the way the pane does (one Excel.run, one port) and counts its syncs. */
async function measured<T>(mock: ExcelMock, op: (port: ExcelPort) => T | Promise<T>): Promise<{ result: T; syncs: number }> {
  const spy = vi.spyOn(mock.context, "sync");
  const result = await mock.Excel.run({ delayForCellEdit: true }, async (ctx: Excel.RequestContext) => op(new ExcelPort(ctx, mock.supports)));
  const syncs = spy.mock.calls.length;
  spy.mockRestore();
  return { result, syncs };
}

describe.each([
  ["29 rows (Đồng Nai appendix, sample inputs)", () => dongNai, () => inputs],
  ["2 000 rows", () => ({ ...dongNai }), () => bigInputs(2000)],
])("Excel port, %s", (_label, appendix, table) => {
  it("check 1 sync; mark 3; clear 3 and the sheet is as before", async () => {
    const mock = new ExcelMock([memorySheet(appendix(), "Phụ lục")]);
    const before = snapshot(mock.sheets[0]);
    const c = await measured(mock, (p) => check(p));
    expect(c.syncs).toBe(1);
    expect(c.result.report.indicators).toHaveLength(29);
    const m = await measured(mock, (p) => mark(p, { sheet: "Phụ lục", findings: c.result.report.findings }));
    expect(m.syncs).toBeLessThanOrEqual(3);
    expect(mock.sheets[0].fills.size).toBe(m.result.cells.length);
    expect(mock.commentsOf("Phụ lục").size).toBe(m.result.cells.length);
    const cl = await measured(mock, (p) => clearMarks(p, m.result));
    expect(cl.syncs).toBeLessThanOrEqual(3);
    expect(snapshot(mock.sheets[0])).toEqual(before);
    expect(mock.commentsOf("Phụ lục").size).toBe(0);
  });

  it("preview 1 sync; apply 2 (calculation suspended for large writes); undo 2, bit for bit", async () => {
    const grid = table();
    const mock = new ExcelMock([memorySheet(grid, "Số liệu")]);
    const before = snapshot(mock.sheets[0]);
    const pv = await measured(mock, (p) => previewFill(p));
    expect(pv.syncs).toBe(1);
    const ap = await measured(mock, (p) => applyFill(p, { expected: pv.result.plan.writes.map((w) => ({ address: w.address, formula: w.formula, value: w.value })) }));
    expect(ap.syncs).toBe(2);
    expect(mock.suspends).toBe(pv.result.plan.writes.length >= 1000 ? 1 : 0);
    for (const w of pv.result.plan.writes) expect(mock.sheets[0].formulas[w.row]?.[w.col] ?? mock.sheets[0].values[w.row]?.[w.col]).toBe(w.formula ?? w.value);
    const un = await measured(mock, (p) => undo(p, ap.result));
    expect(un.syncs).toBe(2);
    expect(snapshot(mock.sheets[0])).toEqual(before);
  });

  it("template 2 syncs, chart 3, each undone by removing its sheet", async () => {
    const mock = new ExcelMock([memorySheet(table(), "Số liệu")]);
    const t = await measured(mock, (p) => insertTemplate(p, { edition: "draft-2025" }));
    expect(t.syncs).toBe(2);
    expect(mock.sheets.map((s) => s.name)).toEqual(["Số liệu", "Mẫu DTI"]);
    mock.active = "Số liệu";
    const ch = await measured(mock, (p) => chart(p));
    expect(ch.syncs).toBe(3);
    expect(mock.sheet(ch.result.sheet).charts).toHaveLength(1);
    const u = await measured(mock, (p) => undo(p, t.result));
    expect(u.syncs).toBe(2);
    expect(mock.sheets.map((s) => s.name)).toEqual(["Số liệu", ch.result.sheet]);
  });
});

describe("Excel port details", () => {
  it("reads a used range that starts below A1 with its origin, merges and formulas", async () => {
    const mock = new ExcelMock([memorySheet({ values: [[], [], [null, null, "x"], [null, null, 1, "=SUM(C3)"]], formulas: [[], [], [], [null, null, null, "=SUM(C4)"]], merges: [{ top: 2, left: 2, bottom: 2, right: 3 }] }, "S")]);
    const { result } = await measured(mock, (p) => p.readSheets());
    expect(result[0].grid.origin).toEqual({ row: 2, col: 2 });
    expect(result[0].grid.formulas).toEqual([[null, null], [null, "=SUM(C4)"]]);
    expect(result[0].grid.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 3 }]);
  });

  it("keeps a user's comment and fill: the mark colours the cell, clearing puts the user's fill back", async () => {
    const mock = new ExcelMock([memorySheet(dongNai, "Phụ lục")]);
    mock.sheets[0].fills.set("C23", "#00FF00");
    mock.commentsOf("Phụ lục").set("C23", "user");
    mock.sheets[0].notes.set("C23", "ý kiến của người dùng");
    const { result } = await measured(mock, (p) => check(p));
    const m = await measured(mock, (p) => mark(p, { sheet: "Phụ lục", findings: result.report.findings }));
    expect(mock.sheets[0].notes.get("C23")).toBe("ý kiến của người dùng");
    expect(mock.sheets[0].fills.get("C23")).toBe("#F4CCCC");
    await measured(mock, (p) => clearMarks(p, m.result));
    expect(mock.sheets[0].fills.get("C23")).toBe("#00FF00");
    expect(mock.commentsOf("Phụ lục").get("C23")).toBe("user");
  });

  it("a write past Excel on the web's 5 MB request limit goes in slices, one sync each, and arrives whole", async () => {
    const mock = new ExcelMock([memorySheet({ values: [["x"]] }, "S")]);
    const long = "đ".repeat(3000);
    const writes = Array.from({ length: 2000 }, (_, i) => ({ address: `B${i + 1}`, row: i, col: 1, formula: null, value: `${i} ${long}` }));
    const { syncs } = await measured(mock, (p) => p.writeCells("S", writes));
    // About 12 MB of UTF-8: four slices under 4 MB.
    expect(syncs).toBe(Math.ceil(Buffer.byteLength(JSON.stringify(writes.map((w) => [w.value]))) / 4_000_000));
    expect(syncs).toBeGreaterThanOrEqual(3);
    expect(mock.sheets[0].values.map((r) => r[1])).toEqual(writes.map((w) => w.value));
  });

  it("a tracking list: check in 1 sync, mark and clear in 3 each, the sheet as before", async () => {
    const mock = new ExcelMock([memorySheet(yenHung, "Chỉ tiêu")]);
    const before = snapshot(mock.sheets[0]);
    const c = await measured(mock, (p) => check(p));
    expect([c.syncs, c.result.report.tracking!.filter((r) => r.met === false).map((r) => r.resultCell)]).toEqual([1, ["C8", "C9", "C14", "C15"]]);
    const m = await measured(mock, (p) => mark(p, { sheet: "Chỉ tiêu", findings: c.result.report.findings }));
    expect([m.syncs, mock.sheets[0].fills.get("C8")]).toEqual([2, "#FFF2CC"]);
    const cl = await measured(mock, (p) => clearMarks(p, m.result));
    expect(cl.syncs).toBeLessThanOrEqual(3);
    expect(snapshot(mock.sheets[0])).toEqual(before);
  });

  it("a sheet that no longer exists reads as none", async () => {
    const mock = new ExcelMock([memorySheet(inputs, "S")]);
    const { result } = await measured(mock, (p) => p.readSheets("Đã xoá"));
    expect(result).toEqual([]);
  });
});

describe("Excel as it really is: older API sets, a note that cannot be added", () => {
  const sheetOf = () => memorySheet(dongNai, "Phụ lục");
  const keyOf = async (p: Promise<unknown>) => p.then(() => null, (e) => (e instanceof Refusal ? e.key : String(e)));

  it("below ExcelApi 1.13 the check reads no merged areas and still finds the table", async () => {
    const mock = new ExcelMock([sheetOf()]);
    mock.apiMinor = 12;
    const r = (await measured(mock, (p) => check(p))).result as Awaited<ReturnType<typeof check>>;
    expect(r.report.indicators).toHaveLength(29);
  });

  it("marks are notes where the host has them (1.18), comments where it has those (1.10), fills only below", async () => {
    for (const [minor, notes] of [[18, true], [10, true], [9, false]] as const) {
      const mock = new ExcelMock([sheetOf()]);
      mock.apiMinor = minor;
      const before = snapshot(mock.sheet("Phụ lục"));
      const checked = (await measured(mock, (p) => check(p))).result as Awaited<ReturnType<typeof check>>;
      const m = (await measured(mock, (p) => mark(p, { sheet: "Phụ lục", findings: checked.report.findings }))).result as Awaited<ReturnType<typeof mark>>;
      expect(mock.sheet("Phụ lục").fills.size).toBeGreaterThan(5);
      expect(mock.sheet("Phụ lục").notes.size > 0).toBe(notes);
      await measured(mock, (p) => clearMarks(p, m));
      expect(snapshot(mock.sheet("Phụ lục"))).toEqual(before);
    }
  });

  it("below ExcelApi 1.9 marking is refused in one sentence (a fill it cannot read could not be put back)", async () => {
    const mock = new ExcelMock([sheetOf()]);
    mock.apiMinor = 8;
    const checked = (await measured(mock, (p) => check(p))).result as Awaited<ReturnType<typeof check>>;
    expect(await keyOf(measured(mock, (p) => mark(p, { sheet: "Phụ lục", findings: checked.report.findings })))).toBe("excelNeeds");
  });

  it("a note the host cannot add (NotImplemented): a sentence, and no half marks — the sheet as it was", async () => {
    const mock = new ExcelMock([sheetOf()]);
    const before = snapshot(mock.sheet("Phụ lục"));
    const checked = (await measured(mock, (p) => check(p))).result as Awaited<ReturnType<typeof check>>;
    mock.annotationsFail = "NotImplemented";
    expect(await keyOf(measured(mock, (p) => mark(p, { sheet: "Phụ lục", findings: checked.report.findings })))).toBe("excelNotesFailed");
    expect(snapshot(mock.sheet("Phụ lục"))).toEqual(before);
  });

  it("reads a sheet past Excel on the web's 5 MB response limit in slices of rows, each under it", async () => {
    const big = bigInputs(20_000);
    // Long texts make each row heavy: about 9 MB of values and formulas in all.
    big.values.forEach((row, i) => i > 1 && (row[1] = `Chỉ số số ${i} — ${"mô tả dài ".repeat(20)}`));
    const mock = new ExcelMock([memorySheet(big, "Số liệu")]);
    mock.responseCap = 5_000_000;
    const { result, syncs } = await measured(mock, (p) => check(p));
    const r = result as Awaited<ReturnType<typeof check>>;
    expect(r.report.sheet).toBe("Số liệu");
    expect(r.empty).toBe(false);
    // One refused try, the size, then at least two slices.
    expect(syncs).toBeGreaterThanOrEqual(4);
    const small = new ExcelMock([memorySheet(dongNai, "Phụ lục")]);
    small.responseCap = 5_000_000;
    expect((await measured(small, (p) => check(p))).syncs).toBe(1);
  });
});
