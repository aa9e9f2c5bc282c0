// The built Apps Script file in a fresh vm context with a fake SpreadsheetApp: functions, menu, and the operations' calls.
import { readFileSync } from "node:fs";
import type { Context } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../core/functions";
import type { Grid } from "../../core/grid";
import { OPERATION_NAMES } from "../../core/host/names";
import { appsScriptCode, loadAppsScript } from "../fixtures/apps-script";
import { FakeSheets } from "../fixtures/fake-sheets";
import { hostSamples } from "../fixtures/grids";
import { memorySheet, snapshot } from "../fixtures/memory-port";

const code = appsScriptCode();
let dongNai: Grid;
let inputs: Grid;
let yenHung: Grid;
beforeAll(async () => {
  ({ dongNai, inputs, yenHung } = await hostSamples());
});

const load = loadAppsScript;
const call = (ctx: Context, fn: string, ...args: unknown[]) => JSON.parse((ctx[fn] as (p: string) => string)(JSON.stringify(args)));

describe("dist/appsscript/Code.js", () => {
  it("has no import or export, and declares every custom function top-level with @customfunction JSDoc", () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const ctx = load(new FakeSheets([]));
    for (const f of FUNCTIONS) {
      expect(typeof ctx[`DTI_${f.name}`]).toBe("function");
      const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function DTI_${f.name}\\(${f.params.map((p) => p.name).join(", ")}\\)`).exec(code);
      expect(doc, f.name).not.toBeNull();
      expect(doc![1]).toContain("@customfunction");
      expect(doc![1]).toContain(f.vi);
    }
  });

  it("DTI_SCORE(\"6.3\", 350000, 1000000) = 20; a column gives a column, a bad row the error as text; one bad value throws in Vietnamese", () => {
    const ctx = load(new FakeSheets([]));
    const score = ctx.DTI_SCORE as (...a: unknown[]) => unknown;
    expect(score("6.3", 350000, 1000000)).toBe(20);
    const out = score([["6.3"], ["9.9"], ["6.3"], [""]], [[350000], [1], [-1], [""]], [[1000000], [2], [10], [""]]) as string[][];
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual([20]);
    expect(out[1][0]).toMatch(/^#N\/A Không có chỉ số 9\.9/);
    expect(out[2][0]).toMatch(/^#VALUE! .*âm/);
    expect(out[3]).toEqual([""]);
    expect(() => score("6.3", 5, 0)).toThrow(/^#DIV\/0! /);
    // Blank is a missing input, not 0.
    expect(() => score("6.3", "", 10)).toThrow(/Thiếu số liệu a/);
    expect((ctx.DTI_TARGET as (...a: unknown[]) => unknown)("Trên 80%", 0.81)).toBe(true);
    // A spreadsheet in English gets English messages.
    const en = load(new FakeSheets([], "en_US"));
    expect(() => (en.DTI_SCORE as (...a: unknown[]) => unknown)("9.9", 1, 2)).toThrow(/^#N\/A There is no indicator 9\.9/);
  });

  it("onOpen builds the menu; every item names a top-level function; the sidebar opens", () => {
    const fake = new FakeSheets([]);
    const ctx = load(fake);
    (ctx.onOpen as () => void)();
    expect(fake.menus).toHaveLength(1);
    for (const [, fn] of fake.menus[0].items) expect(typeof ctx[fn]).toBe("function");
    (ctx.showSidebar as () => void)();
    expect(fake.sidebarHtml).toContain('<html lang="vi">');
    expect(fake.sidebarHtml).toContain('data-action="check"');
    // An English-locale spreadsheet gets the sidebar in English, whatever the browser speaks.
    const en = new FakeSheets([], "en_US");
    (load(en).showSidebar as () => void)();
    expect(en.sidebarHtml).toContain('<html lang="en">');
    for (const name of OPERATION_NAMES) expect(typeof ctx[`dti_${name}`]).toBe("function");
  });

  it("check reads the sheet once: one getValues, one getFormulas, no writes", () => {
    const fake = new FakeSheets([memorySheet(dongNai, "Phụ lục")]);
    const r = call(load(fake), "dti_check", { lang: "vi" });
    expect(r.report.indicators).toHaveLength(29);
    expect(r.report.findings.find((f: { rule: string }) => f.rule === "lead-multiple").cell).toBe("C23");
    expect(fake.calls).toEqual({ getValues: 1, getFormulas: 1, getMergedRanges: 1 });
  });

  it("apply writes once per rectangle, never per cell; undo restores the sheet exactly", () => {
    const fake = new FakeSheets([memorySheet(inputs, "Số liệu")]);
    const ctx = load(fake);
    const before = snapshot(fake.sheets[0]);
    const preview = call(ctx, "dti_previewFill", {});
    fake.resetCounts();
    const record = call(ctx, "dti_applyFill", { expected: preview.plan.writes.map((w: { address: string; formula: string; value: unknown }) => ({ address: w.address, formula: w.formula, value: w.value })) });
    // One read of the table, one read of the written formulas (a decimal-comma locale: did they parse?).
    expect(fake.calls.getValues).toBe(2);
    expect(fake.calls.getFormulas).toBe(1);
    expect(fake.calls.setValue ?? 0).toBe(0);
    expect(fake.calls.setFormulas ?? 0).toBe(0);
    expect(fake.calls.setValues).toBe(fake.setValuesBlocks.length);
    // The points column and the two rows of total and DTI value: far fewer blocks than cells.
    expect(fake.setValuesBlocks.length).toBeLessThanOrEqual(4);
    expect(record.cells.length).toBe(preview.plan.writes.length);
    for (const w of preview.plan.writes) if (w.formula) expect(w.formula).toMatch(/^=(DTI_SCORE|SUM)\(|\/1000$/);
    fake.resetCounts();
    call(ctx, "dti_undo", record, {});
    expect([fake.calls.getValues, fake.calls.getFormulas, fake.calls.setValue ?? 0]).toEqual([1, 1, 0]);
    expect(snapshot(fake.sheets[0])).toEqual(before);
  });

  it.each([
    ["reads setValues formulas in the locale (\",\" does not parse in vi_VN)", "locale", "vi_VN", ";", 3],
    ["reads setValues formulas in the invariant form", "invariant", "vi_VN", ",", 2],
    ["an English-locale spreadsheet: nothing to check", "invariant", "en_US", ",", 1],
  ] as const)("formulas that parse either way: a spreadsheet that %s", (_label, syntax, locale, separator, reads) => {
    const fake = new FakeSheets([memorySheet(inputs, "Số liệu")], locale, syntax);
    const ctx = load(fake);
    const preview = call(ctx, "dti_previewFill", {});
    fake.resetCounts();
    call(ctx, "dti_applyFill", { expected: preview.plan.writes.map((w: { address: string; formula: string; value: unknown }) => ({ address: w.address, formula: w.formula, value: w.value })) });
    const sheet = fake.sheets[0];
    const written = sheet.formulas.flat().filter((f): f is string => typeof f === "string" && /DTI_SCORE/.test(f));
    expect(written.length).toBeGreaterThan(20);
    const outsideQuotes = (f: string) => f.split(/"(?:[^"]|"")*"/).join("");
    const other = separator === ";" ? "," : ";";
    expect(written.every((f) => outsideQuotes(f).includes(separator) && !outsideQuotes(f).includes(other))).toBe(true);
    expect(sheet.values.flat()).not.toContain("#ERROR!");
    expect(fake.calls.getValues).toBe(reads);
  });

  it("refuses undo after the user edited a written cell, and says so", () => {
    const fake = new FakeSheets([memorySheet(inputs, "Số liệu")]);
    const ctx = load(fake);
    const record = call(ctx, "dti_applyFill", {});
    const c = record.cells[2];
    fake.sheets[0].values[c.row][c.col] = 1;
    fake.sheets[0].formulas[c.row][c.col] = null;
    expect(() => call(ctx, "dti_undo", record, {})).toThrow(/Không hoàn tác: ô .*đã được sửa/);
    expect(fake.sheets[0].values[c.row][c.col]).toBe(1);
  });

  it("marks with a background and a note; clearing puts back no fill (null) and removes only our notes", () => {
    const fake = new FakeSheets([memorySheet(dongNai, "Phụ lục")]);
    fake.sheets[0].notes.set("C23", "ghi chú của người dùng");
    const before = snapshot(fake.sheets[0]);
    const ctx = load(fake);
    const { report } = call(ctx, "dti_check", {});
    fake.resetCounts();
    const rec = call(ctx, "dti_mark", { sheet: "Phụ lục", findings: report.findings }, {});
    expect([fake.calls.getBackgrounds, fake.calls.getNotes]).toEqual([1, 1]);
    expect(fake.sheets[0].notes.get("C23")).toBe("ghi chú của người dùng");
    expect(fake.sheets[0].fills.get("C23")).toBe("#F4CCCC");
    call(ctx, "dti_clearMarks", rec);
    expect(snapshot(fake.sheets[0])).toEqual(before);
  });

  it("a date the fill overwrites crosses google.script.run as {$date} and undo writes the same date back", () => {
    const fake = new FakeSheets([memorySheet(inputs, "Số liệu")]);
    const ctx = load(fake);
    const target = call(ctx, "dti_previewFill", {}).plan.writes.find((w: { purpose: string }) => w.purpose === "score");
    const when = new Date(Date.UTC(2026, 0, 15));
    fake.sheets[0].values[target.row][target.col] = when;
    const raw = (ctx.dti_applyFill as (p: string) => string)(JSON.stringify([{ force: true }]));
    const record = JSON.parse(raw);
    expect(record.cells.find((c: { address: string }) => c.address === target.address).before.value).toEqual({ $date: when.getTime() });
    (ctx.dti_undo as (p: string) => string)(JSON.stringify([record, {}]));
    const back = fake.sheets[0].values[target.row][target.col];
    expect(back instanceof Date || Object.prototype.toString.call(back) === "[object Date]").toBe(true);
    expect((back as Date).getTime()).toBe(when.getTime());
  });

  it("selects a finding's cell; adds a template with live DTI_SCORE formulas and a chart", () => {
    const fake = new FakeSheets([memorySheet(inputs, "Số liệu")]);
    const ctx = load(fake);
    call(ctx, "dti_select", { sheet: "Số liệu", cell: "C7" });
    expect(fake.selection).toEqual({ sheet: "Số liệu", address: "C7" });
    const t = call(ctx, "dti_insertTemplate", { edition: "qd405-29" });
    const formulas = fake.sheet(t.sheet)!.formulas.flat().filter(Boolean) as string[];
    expect(formulas.filter((f) => f.includes("DTI_SCORE("))).toHaveLength(29);
    fake.active = "Số liệu";
    const ch = call(ctx, "dti_chart", {});
    expect(fake.sheet(ch.sheet)!.charts).toHaveLength(1);
  });
});

describe("tracking lists in Sheets", () => {
  it("check returns the list in one read; mark and clear leave the sheet as it was", () => {
    const fake = new FakeSheets([memorySheet(yenHung, "Chỉ tiêu")]);
    const before = snapshot(fake.sheets[0]);
    const ctx = load(fake);
    const { report } = call(ctx, "dti_check", {});
    expect(report.tracking.map((r: { met: boolean | null }) => r.met)).toEqual([true, true, false, false, true, null, true, true, false, false, true, null, true]);
    expect([fake.calls.getValues, fake.calls.getFormulas]).toEqual([1, 1]);
    const rec = call(ctx, "dti_mark", { sheet: "Chỉ tiêu", findings: report.findings }, {});
    expect(rec.cells.map((c: { address: string }) => c.address).sort()).toEqual(["C14", "C15", "C8", "C9"]);
    call(ctx, "dti_clearMarks", rec);
    expect(snapshot(fake.sheets[0])).toEqual(before);
  });
});

describe("appsscript.json", () => {
  it("asks only for the current spreadsheet and the UI, on V8 in Hồ Chí Minh time", () => {
    expect(JSON.parse(readFileSync("dist/appsscript/appsscript.json", "utf8"))).toEqual({
      timeZone: "Asia/Ho_Chi_Minh",
      runtimeVersion: "V8",
      oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly", "https://www.googleapis.com/auth/script.container.ui"],
    });
  });
});
