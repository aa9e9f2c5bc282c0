// The one task pane / sidebar: binds the markup's data-* hooks to a Backend. Cell text is only ever set as text.
import type { EditionId } from "../core/catalog";
import type { Finding } from "../core/appendix/validate";
import type { Level } from "../core/appendix/table";
import { formatMessage, formatNumber, type Lang } from "../core/i18n";
import type { CheckResult, MarkRecord, OperationOptions, PreviewResult, UndoRecord } from "../core/host/operations";
import { countTracking, trackingRule } from "../core/appendix/tracking-state";
import type { Raw } from "../core/values";
import type { Backend } from "./backend";
import "./i18n";

export interface PaneOptions {
  lang: Lang;
  /** Turns a host failure (Office's error codes, a thrown Error) into a sentence for the status line. */
  describeError?: (e: unknown, lang: Lang) => string | null;
}

type Action = "check" | "mark" | "clear-marks" | "fill" | "apply" | "undo" | "template" | "chart";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function shown(v: Raw, lang: Lang): string {
  if (v === null || v === undefined || v === "") return formatMessage("paneEmpty", {}, lang);
  if (typeof v === "number") return formatNumber(v, lang, 4);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

const levelKey = (l: Level) => (l === "commune" ? "levelCommune" : l === "district" ? "levelDistrict" : "levelProvince");

export function mountPane(root: ParentNode, backend: Backend, pane: PaneOptions): void {
  const lang = pane.lang;
  const t = (key: string, params: Record<string, string | number | null> = {}) => formatMessage(key, params, lang);
  const q = <T extends Element>(sel: string) => root.querySelector(sel) as T;
  const button = (a: Action) => q<HTMLButtonElement>(`[data-action="${a}"]`);
  const status = q<HTMLElement>("[data-status]");
  const summary = q<HTMLElement>("[data-summary]");
  const findingsList = q<HTMLElement>("[data-findings]");
  const trackingList = q<HTMLElement>("[data-tracking]");
  const preview = q<HTMLElement>("[data-preview]");
  const overwrite = q<HTMLInputElement>("input[data-overwrite]");

  root.querySelectorAll<HTMLElement>("[data-i18n]").forEach((e) => {
    e.textContent = t(e.dataset.i18n!);
  });
  const main = root.querySelector("main");
  if (main) main.lang = lang;

  let lastCheck: CheckResult | null = null;
  let marks: MarkRecord | null = null;
  let lastPreview: { result: PreviewResult; options: OperationOptions } | null = null;
  const undoStack: UndoRecord[] = [];
  let busy = false;

  const setStatus = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle("error", error);
  };
  const refreshButtons = () => {
    button("mark").disabled = busy || !lastCheck || !lastCheck.report.findings.some((f) => f.cell && f.severity !== "info");
    button("clear-marks").disabled = busy || !marks;
    button("apply").disabled = busy || !lastPreview || lastPreview.result.plan.writes.length === 0;
    button("undo").disabled = busy || undoStack.length === 0;
    for (const a of ["check", "fill", "template", "chart"] as const) button(a).disabled = busy;
  };

  const optionValue = (name: string) => q<HTMLInputElement | HTMLSelectElement>(`[data-option="${name}"]`)?.value ?? "";
  const options = (): OperationOptions => {
    const year = Number(optionValue("year"));
    return {
      lang,
      edition: (optionValue("edition") || undefined) as EditionId | undefined,
      level: (optionValue("level") || undefined) as Level | undefined,
      year: Number.isInteger(year) && year >= 2000 ? year : null,
      force: overwrite.checked,
    };
  };

  /** Runs one backend call with the status line showing progress, then its result or why it failed. */
  async function run(work: () => Promise<string | void>): Promise<void> {
    if (busy) return;
    busy = true;
    refreshButtons();
    root.querySelector("main")?.setAttribute("aria-busy", "true");
    setStatus(t("paneWorking"));
    try {
      const message = await work();
      setStatus(message ?? "");
    } catch (e) {
      setStatus(describe(e), true);
    } finally {
      busy = false;
      root.querySelector("main")?.removeAttribute("aria-busy");
      refreshButtons();
    }
  }

  function describe(e: unknown): string {
    const host = pane.describeError?.(e, lang);
    if (host) return host;
    const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
    return t("paneFailed", { message: message || String(e) });
  }

  function renderCheck(r: CheckResult): void {
    const { report, counts } = r;
    summary.hidden = false;
    summary.replaceChildren();
    summary.dataset.errors = String(counts.errors);
    summary.dataset.warnings = String(counts.warnings);
    summary.dataset.infos = String(counts.infos);
    summary.append(el("div", t("paneChecked", {
      sheet: r.sheet ?? "",
      edition: report.edition ?? "—",
      level: t(levelKey(report.level)),
      indicators: report.summary?.recognised ?? report.indicators.length,
      errors: counts.errors,
      warnings: counts.warnings,
      infos: counts.infos,
    })));
    for (const year of Object.keys(report.projection).sort()) {
      const p = report.projection[year];
      summary.append(el("div", t("paneProjection", { year, total: formatNumber(p.total, lang) })));
      const table = el("table");
      const head = el("tr");
      head.append(el("th", t("panePillar")), el("th", t("panePoints")));
      table.append(head);
      for (const [pillar, points] of Object.entries(p.pillars)) {
        const tr = el("tr");
        tr.append(el("td", pillar), el("td", points === null ? "—" : formatNumber(points, lang), "num"));
        table.append(tr);
      }
      summary.append(table);
    }
    renderTracking(r);
    findingsList.replaceChildren();
    if (!report.findings.length) findingsList.append(el("li", t("paneNoFindings")));
    // Errors first, then warnings, then notes; within each, in sheet order.
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const sorted = [...report.findings].sort((a, b) => rank[a.severity] - rank[b.severity] || (a.row ?? Infinity) - (b.row ?? Infinity));
    for (const f of sorted) findingsList.append(findingItem(f, r.sheet ?? ""));
  }

  /** A list item that selects its cell on click, Enter or Space, and says which in the status line. */
  function selects(li: HTMLElement, sheet: string, cell: string, says: string): void {
    li.tabIndex = 0;
    li.setAttribute("role", "button");
    const go = () => run(async () => {
      await backend.select({ sheet, cell });
      return `${cell}: ${says}`;
    });
    li.addEventListener("click", go);
    li.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        void go();
      }
    });
  }

  function renderTracking(r: CheckResult): void {
    const rows = r.report.tracking;
    trackingList.replaceChildren();
    trackingList.hidden = !rows;
    if (!rows) {
      for (const k of ["met", "notMet", "pending"]) delete summary.dataset[k];
      return;
    }
    const n = countTracking(rows);
    summary.dataset.met = String(n.met);
    summary.dataset.notMet = String(n.notMet);
    summary.dataset.pending = String(n.pending);
    summary.append(el("div", t("paneTracking", { rows: rows.length, met: n.met, notMet: n.notMet, pending: n.pending }), "tracking-summary"));
    const severity = { "target-met": "info", "target-not-met": "warning", "result-missing": "info", "result-unreadable": "warning", "target-unreadable": "warning" } as const;
    for (const row of rows) {
      const rule = trackingRule(row);
      const li = el("li");
      li.dataset.cell = rule === "target-unreadable" ? row.textCell : row.resultCell;
      li.dataset.rule = rule;
      li.dataset.severity = severity[rule];
      li.dataset.met = row.met === null ? "" : String(row.met);
      const mark = row.met === true ? "✓" : row.met === false ? "✗" : "·";
      li.append(
        el("span", `${mark} ${li.dataset.cell}`, "where"),
        el("span", row.text),
        el("span", t("paneTrackingRow", { target: row.target ?? t("paneNoTarget"), result: row.result ?? t("paneNoResult") }), "rule"),
      );
      selects(li, r.sheet ?? "", li.dataset.cell!, row.text);
      trackingList.append(li);
    }
  }

  function findingItem(f: Finding, sheet: string): HTMLElement {
    const li = el("li");
    li.dataset.rule = f.rule;
    li.dataset.severity = f.severity;
    const sev = t(f.severity === "error" ? "severityError" : f.severity === "warning" ? "severityWarning" : "severityInfo");
    li.append(el("span", f.cell ?? f.code ?? "—", "where"), el("span", f.message), el("span", `${sev} · ${f.rule}`, "rule"));
    if (f.cell) {
      li.dataset.cell = f.cell;
      selects(li, sheet, f.cell, f.message);
    }
    return li;
  }

  function renderPreview(p: PreviewResult): void {
    const { plan } = p;
    preview.hidden = false;
    preview.replaceChildren();
    preview.append(el("p", t("panePreview", {
      writes: plan.writes.length,
      sheet: p.sheet,
      column: plan.pointsColumn,
      kept: plan.conflicts.length,
      total: plan.total === null ? "—" : formatNumber(plan.total, lang),
    })));
    for (const w of plan.writes) {
      const d = el("div");
      d.dataset.cell = w.address;
      d.dataset.new = w.formula ?? (w.value === null || w.value === undefined ? "" : String(w.value));
      const after = w.formula ? `${w.formula}${w.value !== null && w.value !== undefined ? ` (${shown(w.value, lang)})` : w.error ? ` (${w.error.code})` : ""}` : shown(w.value, lang);
      d.append(el("span", w.address, "addr"), el("span", `${w.before.formula ?? shown(w.before.value, lang)} → ${after}`));
      preview.append(d);
    }
    for (const c of plan.conflicts) {
      const d = el("div");
      d.dataset.cell = c.address;
      d.dataset.kept = "";
      d.append(el("span", c.address, "addr"), el("span", `${c.before.formula ?? shown(c.before.value, lang)} — ${t("paneKept")}`));
      preview.append(d);
    }
  }

  const handlers: Record<Action, () => Promise<string | void>> = {
    check: async () => {
      const r = await backend.check(options());
      lastCheck = r;
      renderCheck(r);
      if (r.empty) return t("paneEmptySheet");
      return t("paneChecked", {
        sheet: r.sheet ?? "", edition: r.report.edition ?? "—", level: t(levelKey(r.report.level)),
        indicators: r.report.summary?.recognised ?? r.report.indicators.length, errors: r.counts.errors, warnings: r.counts.warnings, infos: r.counts.infos,
      });
    },
    mark: async () => {
      if (!lastCheck) return;
      if (marks) await backend.clearMarks(marks);
      marks = await backend.mark({ sheet: lastCheck.sheet ?? "", findings: lastCheck.report.findings }, options());
      return t("paneMarked", { count: marks.cells.length });
    },
    "clear-marks": async () => {
      if (!marks) return t("paneNothingMarked");
      const r = await backend.clearMarks(marks);
      marks = null;
      return t("paneCleared", { count: r.cleared });
    },
    fill: async () => {
      const o = options();
      const result = await backend.previewFill(o);
      lastPreview = { result, options: o };
      renderPreview(result);
      return t("panePreview", { writes: result.plan.writes.length, sheet: result.sheet, column: result.plan.pointsColumn, kept: result.plan.conflicts.length, total: result.plan.total === null ? "—" : formatNumber(result.plan.total, lang) });
    },
    apply: async () => {
      if (!lastPreview) return t("paneNoPreview");
      const { result, options: o } = lastPreview;
      const expected = result.plan.writes.map((w) => ({ address: w.address, formula: w.formula, value: w.value }));
      const record = await backend.applyFill({ ...o, sheet: result.sheet, expected });
      // The plan itself is not needed to undo; keep the record small (it travels back in Sheets).
      undoStack.push({ kind: record.kind, sheet: record.sheet, cells: record.cells });
      lastPreview = null;
      preview.hidden = true;
      preview.replaceChildren();
      return t("paneApplied", { count: record.cells.length });
    },
    undo: async () => {
      const record = undoStack[undoStack.length - 1];
      if (!record) return t("paneNothingToUndo");
      const r = await backend.undo(record, options());
      undoStack.pop();
      return record.kind === "sheet" ? t("paneSheetRemoved", { sheet: record.sheet }) : t("paneUndone", { count: r.restored });
    },
    template: async () => {
      const record = await backend.insertTemplate(options());
      undoStack.push(record);
      return t("paneTemplateDone", { sheet: record.sheet });
    },
    chart: async () => {
      const record = await backend.chart(options());
      undoStack.push(record);
      return t("paneChartDone", { sheet: record.sheet });
    },
  };

  for (const a of Object.keys(handlers) as Action[]) button(a).addEventListener("click", () => run(handlers[a]));
  // A changed choice makes the preview stale: preview again (with or without overwriting typed cells).
  overwrite.addEventListener("change", () => {
    if (lastPreview) void run(handlers.fill);
  });
  refreshButtons();
}
