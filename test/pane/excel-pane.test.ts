// The built Excel pane in Debian's Chromium, with a fake Office host in place of the CDN's office.js.
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Grid } from "../../core/grid";
import { previewFill } from "../../core/host/operations";
import { artifact, buttonsUnderStatus, launch, serve, watchedPage } from "../fixtures/browser";
import { sampleGrid } from "../fixtures/grids";
import { MemoryPort, memorySheet } from "../fixtures/memory-port";
import { tempDir } from "../fixtures/cli";
import { wordPlan } from "../fixtures/submissions";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const ORIGIN = "https://localhost:3000";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const XSS = "<img src=x onerror=alert(1)>";

let browser: Browser;
let fakeOffice: string;
let sheets: { name: string; grid: Grid }[];

beforeAll(async () => {
  const out = await build({ entryPoints: ["test/fixtures/fake-office.ts"], bundle: true, write: false, format: "iife", platform: "browser", target: "es2020", logLevel: "silent" });
  fakeOffice = out.outputFiles[0].text;
  const dongNai = await sampleGrid("dong-nai-phu-luc-2026-2030.xlsx");
  // A row whose text is markup: it must show as text, never run.
  dongNai.values.push(["7.9", XSS, "Sở KH&CN", "", "100%", "100%", "x", "x"]);
  sheets = [
    { name: "Phụ lục", grid: dongNai },
    { name: "Số liệu", grid: await sampleGrid("so-lieu-cham-diem-2026.xlsx") },
    { name: "Chỉ tiêu", grid: await sampleGrid("yen-hung-chi-tieu-2025.xlsx") },
  ];
  browser = await launch();
});
afterAll(async () => browser?.close());

async function open(lang = "vi-VN"): Promise<{ page: Page; dialogs: string[]; refused: string[]; errors: string[] }> {
  const { page, dialogs, errors } = await watchedPage(browser, 380);
  await page.addInitScript(({ s, l }) => {
    (window as unknown as Record<string, unknown>).__DTI_SHEETS__ = s;
    (window as unknown as Record<string, unknown>).__DTI_LANG__ = l;
  }, { s: sheets, l: lang });
  const refused = await serve(page, ORIGIN, "dist/excel", { [OFFICE_JS]: fakeOffice });
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.waitForFunction(() => document.querySelector("[data-action=check]")?.textContent !== "");
  return { page, dialogs, refused, errors };
}

const status = (page: Page) => page.locator("[data-status]").textContent();
async function act(page: Page, action: string): Promise<void> {
  await page.click(`[data-action="${action}"]`);
  await page.waitForFunction(() => !document.querySelector("main")?.hasAttribute("aria-busy") && document.querySelector("[data-status]")?.textContent !== "Đang xử lý…");
}

describe("Excel task pane in Chromium", () => {
  it("checks the Đồng Nai sample, lists the findings, selects a finding's cell, marks and clears; markup stays text", async () => {
    const { page, dialogs, refused, errors } = await open();
    expect(await page.evaluate(() => window.__DTI_ASSOCIATED__.length)).toBe(10);
    await act(page, "check");
    const summary = page.locator("[data-summary]");
    await expect.poll(() => summary.isVisible()).toBe(true);
    const errorsCount = Number(await summary.getAttribute("data-errors"));
    expect(errorsCount).toBeGreaterThan(0);
    expect(await page.locator('[data-rule][data-severity="error"]').count()).toBe(errorsCount);
    expect(Number(await summary.getAttribute("data-warnings"))).toBe(await page.locator('[data-rule][data-severity="warning"]').count());
    const lead = page.locator('[data-rule="lead-multiple"][data-cell="C23"]');
    expect(await lead.count()).toBe(1);
    await lead.click();
    await expect.poll(() => page.evaluate(() => window.__DTI_MOCK__.selected)).toEqual({ sheet: "Phụ lục", address: "C23" });

    // The markup row: listed as text, no element made from it, nothing ran.
    const unknown = page.locator('[data-rule="indicator-unknown"]');
    expect(await unknown.first().textContent()).toContain(XSS);
    expect(await page.locator("main img").count()).toBe(0);

    const before = await page.evaluate(() => window.__DTI_SNAPSHOT__("Phụ lục"));
    await act(page, "mark");
    const marked = await page.evaluate(() => window.__DTI_MOCK__.sheet("Phụ lục").fills.size);
    expect(marked).toBe(await page.evaluate(() => new Set([...document.querySelectorAll('[data-cell][data-severity="error"], [data-cell][data-severity="warning"]')].map((e) => e.getAttribute("data-cell"))).size));
    await act(page, "clear-marks");
    expect(await page.evaluate(() => window.__DTI_SNAPSHOT__("Phụ lục"))).toEqual(before);
    await page.screenshot({ path: artifact("excel-pane-check.png"), fullPage: true });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });

  it("previews the fill (typed cells kept until overwrite is ticked), applies it, and undo restores the sheet", async () => {
    const { page, dialogs, errors } = await open();
    await page.evaluate(() => (window.__DTI_MOCK__.active = "Số liệu"));
    const expected = previewFill(new MemoryPort([memorySheet(sheets[1].grid, "Số liệu")])) as Awaited<ReturnType<typeof previewFill>>;
    const typed = expected.plan.writes.find((w) => w.purpose === "score")!;
    // The user typed into one of the points cells.
    await page.evaluate(({ row, col }) => {
      const s = window.__DTI_MOCK__.sheet("Số liệu");
      while (s.values.length <= row) s.values.push([]);
      s.values[row][col] = 7;
    }, { row: typed.row, col: typed.col });
    const before = await page.evaluate(() => window.__DTI_SNAPSHOT__("Số liệu"));

    await act(page, "fill");
    const written = await page.locator("[data-preview] [data-new]").evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
    expect(written).toEqual(expected.plan.writes.filter((w) => w.address !== typed.address).map((w) => w.address));
    expect(await page.locator(`[data-preview] [data-kept][data-cell="${typed.address}"]`).count()).toBe(1);
    expect(await page.locator("input[data-overwrite]").isChecked()).toBe(false);

    await page.check("input[data-overwrite]");
    await page.waitForFunction((a) => !!document.querySelector(`[data-preview] [data-new][data-cell="${a}"]`), typed.address);
    expect(await page.locator(`[data-preview] [data-new][data-cell="${typed.address}"]`).getAttribute("data-new")).toBe(typed.formula);
    await page.screenshot({ path: artifact("excel-pane-preview.png"), fullPage: true });

    await act(page, "apply");
    const after = await page.evaluate(({ row, col }) => window.__DTI_MOCK__.sheet("Số liệu").formulas[row][col], { row: typed.row, col: typed.col });
    expect(after).toBe(typed.formula);
    await act(page, "undo");
    expect(await page.evaluate(() => window.__DTI_SNAPSHOT__("Số liệu"))).toEqual(before);
    expect(await page.locator("[data-status]").getAttribute("class")).not.toContain("error");
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("inserts a template and a chart, each undone; a protected sheet is refused in the status line", async () => {
    const { page } = await open();
    await page.evaluate(() => (window.__DTI_MOCK__.active = "Số liệu"));
    await act(page, "template");
    expect(await page.evaluate(() => window.__DTI_MOCK__.sheets.map((s) => s.name))).toEqual(["Phụ lục", "Số liệu", "Chỉ tiêu", "Mẫu DTI"]);
    await page.evaluate(() => (window.__DTI_MOCK__.active = "Số liệu"));
    await act(page, "chart");
    expect(await page.evaluate(() => window.__DTI_MOCK__.sheets.find((s) => s.name === "Biểu đồ DTI")?.charts.length)).toBe(1);
    await act(page, "undo");
    await act(page, "undo");
    expect(await page.evaluate(() => window.__DTI_MOCK__.sheets.map((s) => s.name))).toEqual(["Phụ lục", "Số liệu", "Chỉ tiêu"]);
    expect(await page.locator('[data-action="undo"]').isDisabled()).toBe(true);

    await page.evaluate(() => {
      window.__DTI_MOCK__.active = "Số liệu";
      window.__DTI_MOCK__.sheet("Số liệu").protected = true;
    });
    await act(page, "fill");
    await act(page, "apply");
    expect(await status(page)).toContain("đang được bảo vệ");
    expect(await page.locator("[data-status]").getAttribute("class")).toContain("error");
    await page.close();
  });

  it("a tracking list: met / not met / no result summary, one clickable row per commitment, marks cleared exactly", async () => {
    const { page, errors } = await open();
    await page.evaluate(() => (window.__DTI_MOCK__.active = "Chỉ tiêu"));
    const before = await page.evaluate(() => window.__DTI_SNAPSHOT__("Chỉ tiêu"));
    await act(page, "check");
    const summary = page.locator("[data-summary]");
    expect([await summary.getAttribute("data-met"), await summary.getAttribute("data-not-met"), await summary.getAttribute("data-pending")]).toEqual(["7", "4", "2"]);
    const rows = await page.locator("[data-tracking] li").evaluateAll((els) => els.map((e) => [e.getAttribute("data-cell"), e.getAttribute("data-rule"), e.getAttribute("data-met")]));
    expect(rows).toHaveLength(13);
    expect(rows.filter((r) => r[1] === "target-not-met").map((r) => r[0])).toEqual(["C8", "C9", "C14", "C15"]);
    expect(rows[5]).toEqual(["C11", "result-missing", ""]);
    await page.locator('[data-tracking] [data-cell="C14"]').click();
    await expect.poll(() => page.evaluate(() => window.__DTI_MOCK__.selected)).toEqual({ sheet: "Chỉ tiêu", address: "C14" });
    await act(page, "mark");
    expect(await page.evaluate(() => [...window.__DTI_MOCK__.sheet("Chỉ tiêu").fills.keys()].sort())).toEqual(["C14", "C15", "C8", "C9"]);
    await page.screenshot({ path: artifact("excel-pane-tracking.png"), fullPage: true });
    await act(page, "clear-marks");
    expect(await page.evaluate(() => window.__DTI_SNAPSHOT__("Chỉ tiêu"))).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("an empty sheet gets a sentence in the status line, not silence", async () => {
    const { page } = await open();
    await page.evaluate(() => {
      window.__DTI_MOCK__.sheets.push({ name: "Trống", values: [], formulas: [], merges: [], fills: new Map(), notes: new Map(), protected: false, charts: [] });
      window.__DTI_MOCK__.active = "Trống";
    });
    await act(page, "check");
    expect(await status(page)).toBe("Trang tính đang mở trống: hãy mở trang có bảng chỉ số rồi bấm Kiểm tra");
    await act(page, "fill");
    expect(await status(page)).toContain("trống");
    expect(await page.locator("[data-status]").getAttribute("class")).toContain("error");
    await page.close();
  });

  it("speaks English when Office does", async () => {
    const { page } = await open("en-US");
    expect(await page.locator('[data-action="check"]').textContent()).toBe("Check");
    expect(await page.locator("main").getAttribute("lang")).toBe("en");
    await page.evaluate(() => (window.__DTI_MOCK__.active = "Số liệu"));
    await act(page, "check");
    expect(await status(page)).toMatch(/^Sheet 'Số liệu'/);
    await page.close();
  });

  it("imports a Word plan's appendix as a new sheet (one batch), which then checks; undo removes it", async () => {
    const { page, errors } = await open();
    const docx = join(tempDir("dti-import-"), "Kế hoạch xã.docx");
    writeFileSync(docx, await wordPlan());
    await page.setInputFiles('[data-action="import-docx"]', docx);
    await page.waitForFunction(() => /Kế hoạch xã/.test(document.querySelector("[data-status]")?.textContent ?? ""));
    const added = await page.evaluate(() => window.__DTI_MOCK__.sheet("Kế hoạch xã"));
    expect(added?.values[3]?.slice(0, 2)).toEqual(["STT", "Chỉ số"]);
    expect(await page.evaluate(() => window.__DTI_MOCK__.active)).toBe("Kế hoạch xã");
    await act(page, "check");
    expect(await page.locator("[data-summary]").textContent()).toContain("29");
    await page.screenshot({ path: artifact("excel-pane-import-docx.png"), fullPage: true });
    await act(page, "undo");
    expect(await page.evaluate(() => window.__DTI_MOCK__.sheets.some((s) => s.name === "Kế hoạch xã"))).toBe(false);
    expect(errors).toEqual([]);
  });

  it("fits Excel's 350×378 pane: nothing wider than the pane, the status covers no button, focus on a finding shows", async () => {
    const { page } = await open();
    await page.setViewportSize({ width: 350, height: 378 });
    await act(page, "check");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    expect(await buttonsUnderStatus(page)).toBe(0);
    await page.focus("[data-rule][data-cell]");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe("solid");
    expect(await page.evaluate(() => document.body.classList.contains("theme-fluent"))).toBe(true);
    await page.screenshot({ path: artifact("excel-pane-350x378.png") });
  });
});
