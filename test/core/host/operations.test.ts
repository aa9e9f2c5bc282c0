// The pane operations over an in-memory port, on grids made from the sample workbooks: bit-for-bit undo and unmark.
import { beforeAll, describe, expect, it } from "vitest";
import type { Grid } from "../../../core/grid";
import { Refusal } from "../../../core/errors";
import { applyFill, chart, check, clearMarks, importTable, insertTemplate, mark, previewFill, select, undo } from "../../../core/host/operations";
import { readDocx } from "../../../formats/docx";
import { wordPlan, workbookTwin } from "../../fixtures/submissions";
import { readXlsx } from "../../../formats/xlsx";
import type { DocumentPort } from "../../../core/host/port";
import { hostSamples } from "../../fixtures/grids";
import { MemoryPort, memorySheet, snapshot } from "../../fixtures/memory-port";

let dongNai: Grid;
let inputs: Grid;
let yenHung: Grid;
beforeAll(async () => {
  ({ dongNai, inputs, yenHung } = await hostSamples());
});

const port = (g: Grid, host: "excel" | "sheets" = "excel") => new MemoryPort([memorySheet(g, "Phụ lục")], host);
const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof Refusal) return e.key;
    throw e;
  }
  throw new Error("no refusal");
};

describe("check, mark, clear", () => {
  it("checks the Đồng Nai appendix in one read and counts the findings", () => {
    const p = port(dongNai);
    const r = check(p, { lang: "vi" });
    expect(r).not.toBeInstanceOf(Promise);
    const { report, counts } = r as Awaited<ReturnType<typeof check>>;
    expect(p.calls).toEqual({ readSheets: 1 });
    expect(report.edition).toBe("qd405-29");
    expect(report.indicators).toHaveLength(29);
    expect(counts.errors).toBe(report.findings.filter((f) => f.severity === "error").length);
    expect(report.findings.find((f) => f.rule === "lead-multiple")?.cell).toBe("C23");
  });

  it("marks errors and warnings (not infos), keeps a user's note, and clearing restores the sheet bit for bit", () => {
    const p = port(dongNai);
    const s = p.sheets[0];
    s.fills.set("C23", "#00FF00");
    s.notes.set("C23", "ghi chú của người dùng");
    const before = snapshot(s);
    const { report } = check(p) as Awaited<ReturnType<typeof check>>;
    const rec = mark(p, { sheet: "Phụ lục", findings: report.findings }) as Awaited<ReturnType<typeof mark>>;
    const marked = new Set(report.findings.filter((f) => f.cell && f.severity !== "info").map((f) => f.cell));
    expect(new Set(rec.cells.map((c) => c.address))).toEqual(marked);
    expect(s.fills.get("C23")).toBe("#F4CCCC");
    expect(s.notes.get("C23")).toBe("ghi chú của người dùng");
    expect(rec.cells.find((c) => c.address === "C23")).toEqual({ address: "C23", fill: "#00FF00", note: false });
    const warningOnly = report.findings.find((f) => f.severity === "warning" && f.cell && !report.findings.some((g) => g.cell === f.cell && g.severity === "error"))!;
    expect(s.fills.get(warningOnly.cell!)).toBe("#FFF2CC");
    expect(s.notes.get(warningOnly.cell!)).toContain(warningOnly.message);
    for (const info of report.findings.filter((f) => f.severity === "info" && f.cell && !marked.has(f.cell))) expect(s.fills.has(info.cell!)).toBe(false);
    clearMarks(p, rec);
    expect(snapshot(s)).toEqual(before);
    expect(p.calls).toMatchObject({ readSheets: 1, readMarks: 1, writeMarks: 1, clearMarks: 1 });
  });

  it("selects a finding's cell", () => {
    const p = port(dongNai);
    select(p, { sheet: "Phụ lục", cell: "C23" });
    expect(p.selected).toEqual({ sheet: "Phụ lục", address: "C23" });
  });

  it("says why when the sheet is empty or missing", () => {
    const empty = check(port({ values: [[null, ""], []] })) as Awaited<ReturnType<typeof check>>;
    expect([empty.empty, empty.report.findings.map((f) => f.rule)]).toEqual([true, ["header-not-found"]]);
    expect(refusal(() => previewFill(port({ values: [[null, ""], []] })))).toBe("opSheetEmpty");
    expect(refusal(() => check(port(dongNai), { sheet: "Không có" }))).toBe("opSheetMissing");
    expect(refusal(() => mark(port(dongNai), { sheet: "Phụ lục", findings: [] }))).toBe("opNoMarks");
  });
});

describe("tracking lists", () => {
  it("check returns the list; mark colours the commitments not met; clear restores the sheet bit for bit", () => {
    const p = port(yenHung);
    const before = snapshot(p.sheets[0]);
    const { report } = check(p) as Awaited<ReturnType<typeof check>>;
    expect(report.tracking!.map((r) => r.met)).toEqual([true, true, false, false, true, null, true, true, false, false, true, null, true]);
    const rec = mark(p, { sheet: "Phụ lục", findings: report.findings }) as Awaited<ReturnType<typeof mark>>;
    expect(rec.cells.map((c) => c.address).sort()).toEqual(["C14", "C15", "C8", "C9"]);
    expect(p.sheets[0].notes.get("C9")).toContain("đạt trên 80%");
    clearMarks(p, rec);
    expect(snapshot(p.sheets[0])).toEqual(before);
  });
});

describe("preview, apply, undo", () => {
  it("previews without writing, applies in one batch, and undo restores the sheet bit for bit", () => {
    const p = port(inputs);
    const s = p.sheets[0];
    const before = snapshot(s);
    const { plan } = previewFill(p) as Awaited<ReturnType<typeof previewFill>>;
    expect(snapshot(s)).toEqual(before);
    expect(plan.writes.length).toBeGreaterThan(10);
    const rec = applyFill(p, { expected: plan.writes.map((w) => ({ address: w.address, formula: w.formula, value: w.value })) }) as Awaited<ReturnType<typeof applyFill>>;
    expect(p.calls.writeCells).toBe(1);
    for (const w of plan.writes) {
      const cell = rec.cells.find((c) => c.address === w.address)!;
      expect(cell.after.formula).toBe(w.formula);
      expect(s.formulas[cell.row][cell.col]).toBe(w.formula);
    }
    // Rectangles, not cells: the points column and the two total rows.
    expect(p.blocksWritten[0]).toBeLessThanOrEqual(4);
    undo(p, rec);
    expect(snapshot(s)).toEqual(before);
  });

  it("writes the same formulas for Sheets with DTI_ names", () => {
    const p = port(inputs, "sheets");
    const { plan } = previewFill(p) as Awaited<ReturnType<typeof previewFill>>;
    expect(plan.writes.filter((w) => w.purpose === "score").every((w) => w.formula!.startsWith("=DTI_SCORE("))).toBe(true);
  });

  it("keeps typed cells unless overwrite is ticked; undo brings the typed value back", () => {
    const p = port(inputs);
    const { plan } = previewFill(p) as Awaited<ReturnType<typeof previewFill>>;
    const score = plan.writes.find((w) => w.purpose === "score")!;
    p.type("Phụ lục", score.address, "tự nhập");
    const kept = previewFill(p) as Awaited<ReturnType<typeof previewFill>>;
    expect(kept.plan.conflicts.map((c) => c.address)).toEqual([score.address]);
    expect(kept.plan.writes.some((w) => w.address === score.address)).toBe(false);
    const forced = previewFill(p, { force: true }) as Awaited<ReturnType<typeof previewFill>>;
    expect(forced.plan.writes.find((w) => w.address === score.address)?.before.value).toBe("tự nhập");
    const before = snapshot(p.sheets[0]);
    const rec = applyFill(p, { force: true }) as Awaited<ReturnType<typeof applyFill>>;
    undo(p, rec);
    expect(snapshot(p.sheets[0])).toEqual(before);
  });

  it("refuses to apply when the sheet changed after the preview, and to undo when a written cell was edited", () => {
    const p = port(inputs);
    const { plan } = previewFill(p) as Awaited<ReturnType<typeof previewFill>>;
    const expected = plan.writes.map((w) => ({ address: w.address, formula: w.formula, value: w.value }));
    const score = plan.writes.find((w) => w.purpose === "score")!;
    p.type("Phụ lục", score.address, 5);
    expect(refusal(() => applyFill(p, { expected }))).toBe("opChangedSincePreview");
    expect(p.calls.writeCells).toBeUndefined();
    const p2 = port(inputs);
    const rec = applyFill(p2) as Awaited<ReturnType<typeof applyFill>>;
    p2.type("Phụ lục", rec.cells[3].address, 99);
    const after = snapshot(p2.sheets[0]);
    expect(refusal(() => undo(p2, rec))).toBe("opChangedSinceApply");
    expect(snapshot(p2.sheets[0])).toEqual(after);
  });

  it("refuses to write on a protected sheet", () => {
    const p = port(inputs);
    p.sheets[0].protected = true;
    expect(refusal(() => applyFill(p))).toBe("opSheetProtected");
  });

  it("has no table to fill in an appendix without inputs", () => {
    expect(refusal(() => previewFill(port({ values: [["Ghi chú"], ["không có bảng"]] })))).toBe("header-not-found");
  });
});

describe("template and chart", () => {
  it("adds a template sheet with live formulas that reads back as a fillable table; undo removes it", () => {
    const p = port(inputs);
    const rec = insertTemplate(p, { edition: "qd405-29" }) as Awaited<ReturnType<typeof insertTemplate>>;
    expect(rec.sheet).toBe("Mẫu DTI");
    const t = p.sheet("Mẫu DTI")!;
    const formulas = t.formulas.flat().filter(Boolean) as string[];
    expect(formulas.filter((f) => /DTI\.SCORE\(/.test(f))).toHaveLength(29);
    expect(formulas.filter((f) => /^=SUM\(/.test(f))).toHaveLength(7);
    expect(formulas.filter((f) => /^=I\d+\/1000$/.test(f))).toHaveLength(1);
    // A second template gets its own name.
    expect((insertTemplate(p) as Awaited<ReturnType<typeof insertTemplate>>).sheet).toBe("Mẫu DTI (2)");
    undo(p, rec);
    expect(p.sheet("Mẫu DTI")).toBeUndefined();
  });

  it("a template the user typed into is not removed by undo", () => {
    const p = port(inputs);
    const rec = insertTemplate(p) as Awaited<ReturnType<typeof insertTemplate>>;
    const t = p.sheet(rec.sheet)!;
    const row = t.values.findIndex((r) => r[0] === "6.3");
    p.type(rec.sheet, `D${row + 1}`, 1000);
    expect(p.sheet(rec.sheet)!.values[row][3]).toBe(1000);
    // The typed cell was blank in the template, so undo must notice the sheet is no longer ours.
    rec.cells.push({ address: `D${row + 1}`, row, col: 3, before: { value: null, formula: null }, after: { value: null, formula: null } });
    expect(refusal(() => undo(p, rec))).toBe("opChangedSinceApply");
  });

  it("charts the scored pillars of an input table against the maxima", () => {
    const p = port(inputs);
    const { plan } = previewFill(p) as Awaited<ReturnType<typeof previewFill>>;
    const rec = chart(p) as Awaited<ReturnType<typeof chart>>;
    const s = p.sheet(rec.sheet)!;
    expect(s.charts).toHaveLength(1);
    expect(s.values.slice(1).map((r) => r[1])).toEqual(["1", "2", "3", "4", "5", "6"].map((k) => plan.pillars[k] ?? 0));
    expect(s.values.slice(1).map((r) => r[2])).toEqual([200, 150, 150, 200, 150, 150].map(() => expect.any(Number)));
    expect(s.values.slice(1).reduce((t, r) => t + (r[2] as number), 0)).toBe(1000);
  });

  it("charts an appendix's projected 2026 points", () => {
    const p = port(dongNai);
    const { report } = check(p) as Awaited<ReturnType<typeof check>>;
    const rec = chart(p) as Awaited<ReturnType<typeof chart>>;
    const s = p.sheet(rec.sheet)!;
    expect(s.values[1][1]).toBe(report.projection["2026"].pillars["1"]);
  });
});

describe("ports that answer promises", () => {
  function asyncPort(inner: MemoryPort): DocumentPort {
    const wrap = <K extends keyof DocumentPort>(k: K) => (...args: unknown[]) => Promise.resolve((inner[k] as (...a: unknown[]) => unknown).apply(inner, args));
    return {
      host: inner.host,
      readSheets: wrap("readSheets"), writeCells: wrap("writeCells"), select: wrap("select"), readMarks: wrap("readMarks"),
      writeMarks: wrap("writeMarks"), clearMarks: wrap("clearMarks"), addSheet: wrap("addSheet"), deleteSheet: wrap("deleteSheet"),
    } as DocumentPort;
  }
  it("the same operations return promises with the same results", async () => {
    const sync = port(inputs);
    const inner = port(inputs);
    const p = asyncPort(inner);
    const result = applyFill(p);
    expect(result).toBeInstanceOf(Promise);
    const rec = await result;
    expect(rec.cells).toEqual((applyFill(sync) as Awaited<ReturnType<typeof applyFill>>).cells);
    await undo(p, rec);
    expect(snapshot(inner.sheets[0])).toEqual(snapshot(port(inputs).sheets[0]));
    await expect(Promise.resolve().then(() => previewFill(asyncPort(port({ values: [] }))))).rejects.toMatchObject({ key: "opSheetEmpty" });
  });
});

describe("importing a Word plan's appendix", () => {
  it("adds the appendix (not the motto or signature table) as a new sheet in one batch; it checks like the document; undo removes it", async () => {
    const doc = readDocx(await wordPlan(), "ke-hoach.docx");
    const p = port(inputs);
    const rec = importTable(p, { tables: doc.tables, file: "Kế hoạch DTI xã.docx" }) as Awaited<ReturnType<typeof importTable>>;
    expect(rec.sheet).toBe("Kế hoạch DTI xã");
    expect(rec.rows).toBe(doc.tables[2].values.length);
    const sheet = p.sheet(rec.sheet)!;
    // Title rows, then the two-row header with its merges, then the rows.
    expect(sheet.values[0][0]).toBe("PHỤ LỤC");
    expect(sheet.values[3].slice(0, 2)).toEqual(["STT", "Chỉ số"]);
    const checked = check(p, { sheet: rec.sheet }) as Awaited<ReturnType<typeof check>>;
    // The same appendix made as a workbook checks alike.
    const fromDoc = check(port(readXlsx(await workbookTwin(), "phu-luc.xlsx").sheets[0])) as Awaited<ReturnType<typeof check>>;
    expect(checked.report.indicators.map((i) => i.key)).toEqual(fromDoc.report.indicators.map((i) => i.key));
    expect(checked.report.findings.map((f) => `${f.rule}|${f.code}`).sort()).toEqual(fromDoc.report.findings.map((f) => `${f.rule}|${f.code}`).sort());
    expect(checked.report.indicators).toHaveLength(29);
    undo(p, rec);
    expect(p.sheet(rec.sheet)).toBeUndefined();
  });

  it("a document without a table is refused in one sentence", () => {
    expect(refusal(() => importTable(port(inputs), { tables: [], file: "x.docx" }))).toBe("opNoTable");
  });
});
