// The built Sheets sidebar in Debian's Chromium, its google.script.run forwarded to the server script loaded in a vm.
import type { Context } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Grid } from "../../core/grid";
import { artifact, buttonsUnderStatus, launch, serve, watchedPage } from "../fixtures/browser";
import { loadAppsScript } from "../fixtures/apps-script";
import { FakeSheets } from "../fixtures/fake-sheets";
import { tempDir } from "../fixtures/cli";
import { wordPlan } from "../fixtures/submissions";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleGrid } from "../fixtures/grids";
import { memorySheet, snapshot } from "../fixtures/memory-port";

const ORIGIN = "https://sheets.test";
const XSS = "<img src=x onerror=alert(1)>";
let browser: Browser;
let dongNai: Grid;
let inputs: Grid;

beforeAll(async () => {
  dongNai = await sampleGrid("dong-nai-phu-luc-2026-2030.xlsx");
  dongNai.values.push(["7.9", XSS, "Sở KH&CN", "", "100%", "100%", "x", "x"]);
  inputs = await sampleGrid("so-lieu-cham-diem-2026.xlsx");
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Opens the sidebar with google.script.run calling the vm's top-level functions, as Apps Script would. */
async function open(fake: FakeSheets): Promise<{ page: Page; ctx: Context; dialogs: string[]; errors: string[] }> {
  const ctx = loadAppsScript(fake);
  const { page, dialogs, errors } = await watchedPage(browser, 300);
  await page.exposeFunction("__gas", (fn: string, payload: string) => {
    const f = ctx[fn];
    if (typeof f !== "function") return { error: `${fn} is not a top-level function` };
    try {
      return { ok: f(payload) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  });
  await page.addInitScript(() => {
    const make = (ok?: (v: unknown) => void, fail?: (e: Error) => void): unknown =>
      new Proxy({}, {
        get: (_t, name: string) => {
          if (name === "withSuccessHandler") return (f: (v: unknown) => void) => make(f, fail);
          if (name === "withFailureHandler") return (f: (e: Error) => void) => make(ok, f);
          return (payload: string) => {
            // Asynchronous like the real thing: the call returns at once, a handler runs later.
            (window as unknown as { __gas: (n: string, p: string) => Promise<{ ok?: unknown; error?: string }> }).__gas(name, payload).then((r) => (r.error !== undefined ? fail?.(new Error(r.error)) : ok?.(r.ok)));
          };
        },
      });
    (window as unknown as { google: unknown }).google = { script: { get run() { return make(); } } };
  });
  await serve(page, ORIGIN, "dist/appsscript");
  await page.goto(`${ORIGIN}/sidebar.html`);
  await page.waitForFunction(() => document.querySelector("[data-action=check]")?.textContent !== "");
  return { page, ctx, dialogs, errors };
}

async function act(page: Page, action: string): Promise<void> {
  await page.click(`[data-action="${action}"]`);
  await page.waitForFunction(() => !document.querySelector("main")?.hasAttribute("aria-busy"));
}

describe("Sheets sidebar in Chromium", () => {
  it("checks the Đồng Nai sample, lists findings, activates a finding's cell, marks and clears; markup stays text", async () => {
    const fake = new FakeSheets([memorySheet(dongNai, "Phụ lục")]);
    const before = snapshot(fake.sheets[0]);
    const { page, dialogs, errors } = await open(fake);
    await act(page, "check");
    const summary = page.locator("[data-summary]");
    expect(await summary.isVisible()).toBe(true);
    expect(Number(await summary.getAttribute("data-errors"))).toBe(await page.locator('[data-rule][data-severity="error"]').count());
    await page.locator('[data-rule="lead-multiple"][data-cell="C23"]').click();
    await expect.poll(() => fake.selection).toEqual({ sheet: "Phụ lục", address: "C23" });
    expect(await page.locator('[data-rule="indicator-unknown"]').first().textContent()).toContain(XSS);
    expect(await page.locator("main img").count()).toBe(0);
    await act(page, "mark");
    expect(fake.sheets[0].fills.size).toBeGreaterThan(5);
    await act(page, "clear-marks");
    expect(snapshot(fake.sheets[0])).toEqual(before);
    await page.screenshot({ path: artifact("sheets-sidebar-check.png"), fullPage: true });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a tracking list: summary counts, one clickable row per commitment, marks cleared exactly", async () => {
    const fake = new FakeSheets([memorySheet(await sampleGrid("yen-hung-chi-tieu-2025.xlsx"), "Chỉ tiêu")]);
    const before = snapshot(fake.sheets[0]);
    const { page } = await open(fake);
    await act(page, "check");
    const summary = page.locator("[data-summary]");
    expect([await summary.getAttribute("data-met"), await summary.getAttribute("data-not-met"), await summary.getAttribute("data-pending")]).toEqual(["7", "4", "2"]);
    expect(await page.locator("[data-tracking] li[data-cell]").count()).toBe(13);
    await page.locator('[data-tracking] [data-cell="C15"]').click();
    await expect.poll(() => fake.selection).toEqual({ sheet: "Chỉ tiêu", address: "C15" });
    await act(page, "mark");
    expect([...fake.sheets[0].fills.keys()].sort()).toEqual(["C14", "C15", "C8", "C9"]);
    await act(page, "clear-marks");
    expect(snapshot(fake.sheets[0])).toEqual(before);
    await page.close();
  });

  it("previews the fill, applies it with DTI_SCORE formulas, and undo restores the sheet; a refusal reaches the status line", async () => {
    const fake = new FakeSheets([memorySheet(inputs, "Số liệu")]);
    const before = snapshot(fake.sheets[0]);
    const { page } = await open(fake);
    await act(page, "fill");
    const news = await page.locator("[data-preview] [data-new]").evaluateAll((els) => els.map((e) => [e.getAttribute("data-cell"), e.getAttribute("data-new")]));
    expect(news.length).toBeGreaterThan(10);
    expect(news.filter(([, f]) => f!.startsWith("=DTI_SCORE(")).length).toBeGreaterThan(5);
    await act(page, "apply");
    for (const [cell, f] of news) {
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell!)!;
      const c = col.charCodeAt(0) - 65;
      const s = fake.sheets[0];
      expect(f!.startsWith("=") ? s.formulas[Number(row) - 1][c] : String(s.values[Number(row) - 1][c] ?? "")).toBe(f);
    }
    // The user edits a written cell: undo must refuse and say which.
    const [cell] = news[3];
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell!)!;
    fake.sheets[0].formulas[Number(row) - 1][col.charCodeAt(0) - 65] = null;
    fake.sheets[0].values[Number(row) - 1][col.charCodeAt(0) - 65] = 5;
    await act(page, "undo");
    expect(await page.locator("[data-status]").textContent()).toContain(cell!);
    expect(await page.locator("[data-status]").getAttribute("class")).toContain("error");
    fake.sheets[0].values[Number(row) - 1][col.charCodeAt(0) - 65] = null;
    fake.sheets[0].formulas[Number(row) - 1][col.charCodeAt(0) - 65] = news[3][1];
    await act(page, "undo");
    expect(snapshot(fake.sheets[0])).toEqual(before);
    await page.close();
  });

  it("imports a Word plan's appendix as a new sheet through google.script.run; it checks; undo removes it", async () => {
    const fake = new FakeSheets([memorySheet(inputs, "Số liệu")]);
    const { page, errors } = await open(fake);
    const docx = join(tempDir("dti-import-"), "Kế hoạch xã.docx");
    writeFileSync(docx, await wordPlan());
    await page.setInputFiles('[data-action="import-docx"]', docx);
    await page.waitForFunction(() => /Kế hoạch xã/.test(document.querySelector("[data-status]")?.textContent ?? ""));
    const added = fake.sheets.find((x) => x.name === "Kế hoạch xã");
    expect(added?.values[3]?.slice(0, 2)).toEqual(["STT", "Chỉ số"]);
    await act(page, "check");
    expect(await page.locator("[data-summary]").textContent()).toContain("29");
    await page.screenshot({ path: artifact("sheets-sidebar-import-docx.png"), fullPage: true });
    await act(page, "undo");
    expect(fake.sheets.some((x) => x.name === "Kế hoạch xã")).toBe(false);
    expect(errors).toEqual([]);
  });

  it("fits Sheets' 300 px sidebar in Google's add-on look: nothing wider, the status covers no button", async () => {
    const fake = new FakeSheets([memorySheet(dongNai, "Phụ lục")]);
    const { page } = await open(fake);
    await page.setViewportSize({ width: 300, height: 600 });
    await act(page, "check");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    expect(await buttonsUnderStatus(page)).toBe(0);
    expect(await page.evaluate(() => [document.body.classList.contains("theme-google"), getComputedStyle(document.body).fontFamily])).toEqual([true, "Arial, sans-serif"]);
    expect(await page.evaluate(() => document.querySelector('[data-action="check"]')!.classList.contains("action"))).toBe(true);
    await page.screenshot({ path: artifact("sheets-sidebar-300.png") });
  });
});
