// The one task pane / sidebar: a state object, pure renderers of it, and the wiring of the markup's
// data-* hooks to a Backend. Cell text is only ever set as text.
import type { EditionId } from "../core/catalog";
import type { Finding } from "../core/appendix/validate";
import type { Level } from "../core/appendix/table";
import { SEVERITY_RANK, severityOf } from "../core/appendix/checks/rules";
import { formatMessage, formatNumber, type Lang } from "../core/i18n";
import type { CheckResult, MarkRecord, OperationOptions, PreviewResult, UndoRecord } from "../core/host/operations";
import { countTracking, trackingRule } from "../core/appendix/tracking-state";
import type { Raw } from "../core/values";
import { readDocx } from "../formats/docx";
import type { Backend } from "./backend";
import "./i18n";

export interface PaneOptions {
  lang: Lang;
  /** Turns a host failure (Office's error codes, a thrown Error) into a sentence for the status line. */
  describeError?: (e: unknown, lang: Lang) => string | null;
}

type Action = "check" | "mark" | "clear-marks" | "fill" | "apply" | "undo" | "template" | "chart";
const ACTIONS: readonly Action[] = ["check", "mark", "clear-marks", "fill", "apply", "undo", "template", "chart"];

/** Everything the pane remembers between clicks. */
export interface PaneState {
  lastCheck: CheckResult | null;
  marks: MarkRecord | null;
  lastPreview: { result: PreviewResult; options: OperationOptions } | null;
  undoStack: UndoRecord[];
  busy: boolean;
}

/** Words in the pane's language. */
type Words = (key: string, params?: Record<string, string | number | null>) => string;
/** What a rendered list item does when chosen: select its cell and say why. */
type OnSelect = (li: HTMLElement, cell: string, says: string) => void;

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

/** Which buttons can be pressed in this state. */
export function enabledActions(s: PaneState): Record<Action, boolean> {
  const idle = !s.busy;
  return {
    check: idle,
    mark: idle && !!s.lastCheck && s.lastCheck.report.findings.some((f) => f.cell && f.severity !== "info"),
    "clear-marks": idle && !!s.marks,
    fill: idle,
    apply: idle && !!s.lastPreview && s.lastPreview.result.plan.writes.length > 0,
    undo: idle && s.undoStack.length > 0,
    template: idle,
    chart: idle,
  };
}

/** The one-line account of a check, for the summary and the status line. */
function checkedLine(r: CheckResult, t: Words): string {
  const { report, counts } = r;
  return t("paneChecked", {
    sheet: r.sheet ?? "", edition: report.edition ?? "—", level: t(levelKey(report.level)),
    indicators: report.summary?.recognised ?? report.indicators.length, errors: counts.errors, warnings: counts.warnings, infos: counts.infos,
  });
}

/** The summary block: counts, and points per pillar for each projected year. */
export function renderSummary(r: CheckResult, t: Words, lang: Lang): Node[] {
  const nodes: Node[] = [el("div", checkedLine(r, t))];
  for (const year of Object.keys(r.report.projection).sort()) {
    const p = r.report.projection[year];
    nodes.push(el("div", t("paneProjection", { year, total: formatNumber(p.total, lang) })));
    const table = el("table");
    const head = el("tr");
    head.append(el("th", t("panePillar")), el("th", t("panePoints")));
    table.append(head);
    for (const [pillar, points] of Object.entries(p.pillars)) {
      const tr = el("tr");
      tr.append(el("td", pillar), el("td", points === null ? "—" : formatNumber(points, lang), "num"));
      table.append(tr);
    }
    nodes.push(table);
  }
  return nodes;
}

/** Findings, errors first, then warnings, then notes; within each, in sheet order. */
export function renderFindings(r: CheckResult, t: Words, onSelect: OnSelect): HTMLElement[] {
  if (!r.report.findings.length) return [el("li", t("paneNoFindings"))];
  const sorted = [...r.report.findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.row ?? Infinity) - (b.row ?? Infinity));
  return sorted.map((f) => findingItem(f, t, onSelect));
}

function findingItem(f: Finding, t: Words, onSelect: OnSelect): HTMLElement {
  const li = el("li");
  li.dataset.rule = f.rule;
  li.dataset.severity = f.severity;
  const sev = t(f.severity === "error" ? "severityError" : f.severity === "warning" ? "severityWarning" : "severityInfo");
  li.append(el("span", f.cell ?? f.code ?? "—", "where"), el("span", f.message), el("span", `${sev} · ${f.rule}`, "rule"));
  if (f.cell) {
    li.dataset.cell = f.cell;
    onSelect(li, f.cell, f.message);
  }
  return li;
}

/** A tracking list's rows, each with its rule and its severity from the rules table (a met target is a note). */
export function renderTracking(r: CheckResult, t: Words, onSelect: OnSelect): HTMLElement[] {
  return (r.report.tracking ?? []).map((row) => {
    const rule = trackingRule(row);
    const li = el("li");
    li.dataset.cell = rule === "target-unreadable" ? row.textCell : row.resultCell;
    li.dataset.rule = rule;
    li.dataset.severity = rule === "target-met" ? "info" : severityOf(rule, r.report.level);
    li.dataset.met = row.met === null ? "" : String(row.met);
    const mark = row.met === true ? "✓" : row.met === false ? "✗" : "·";
    li.append(
      el("span", `${mark} ${li.dataset.cell}`, "where"),
      el("span", row.text),
      el("span", t("paneTrackingRow", { target: row.target ?? t("paneNoTarget"), result: row.result ?? t("paneNoResult") }), "rule"),
    );
    onSelect(li, li.dataset.cell!, row.text);
    return li;
  });
}

/** The preview: one line per cell to write (old → new), then the typed cells kept. */
export function renderPreview(p: PreviewResult, t: Words, lang: Lang): Node[] {
  const { plan } = p;
  const nodes: Node[] = [el("p", previewLine(p, t, lang))];
  for (const w of plan.writes) {
    const d = el("div");
    d.dataset.cell = w.address;
    d.dataset.new = w.formula ?? (w.value === null || w.value === undefined ? "" : String(w.value));
    const after = w.formula ? `${w.formula}${w.value !== null && w.value !== undefined ? ` (${shown(w.value, lang)})` : w.error ? ` (${w.error.code})` : ""}` : shown(w.value, lang);
    d.append(el("span", w.address, "addr"), el("span", `${w.before.formula ?? shown(w.before.value, lang)} → ${after}`));
    nodes.push(d);
  }
  for (const c of plan.conflicts) {
    const d = el("div");
    d.dataset.cell = c.address;
    d.dataset.kept = "";
    d.append(el("span", c.address, "addr"), el("span", `${c.before.formula ?? shown(c.before.value, lang)} — ${t("paneKept")}`));
    nodes.push(d);
  }
  return nodes;
}

function previewLine(p: PreviewResult, t: Words, lang: Lang): string {
  const { plan } = p;
  return t("panePreview", { writes: plan.writes.length, sheet: p.sheet, column: plan.pointsColumn, kept: plan.conflicts.length, total: plan.total === null ? "—" : formatNumber(plan.total, lang) });
}

/** The markup's hooks. */
interface View {
  root: ParentNode;
  status: HTMLElement;
  summary: HTMLElement;
  findings: HTMLElement;
  tracking: HTMLElement;
  preview: HTMLElement;
  overwrite: HTMLInputElement;
  button: (a: Action) => HTMLButtonElement;
  option: (name: string) => string;
  importInput: HTMLInputElement | null;
}

function bindView(root: ParentNode): View {
  const q = <T extends Element>(sel: string) => root.querySelector(sel) as T;
  return {
    root,
    status: q("[data-status]"),
    summary: q("[data-summary]"),
    findings: q("[data-findings]"),
    tracking: q("[data-tracking]"),
    preview: q("[data-preview]"),
    overwrite: q("input[data-overwrite]"),
    button: (a) => q(`[data-action="${a}"]`),
    option: (name) => q<HTMLInputElement | HTMLSelectElement>(`[data-option="${name}"]`)?.value ?? "",
    importInput: root.querySelector<HTMLInputElement>('input[data-action="import-docx"]'),
  };
}

/** Shows a check: the summary (with the counts as data-* for tests and styles), the tracking list, the findings. */
function showCheck(view: View, r: CheckResult, t: Words, lang: Lang, onSelect: OnSelect): void {
  const { summary } = view;
  summary.hidden = false;
  summary.replaceChildren(...renderSummary(r, t, lang));
  summary.dataset.errors = String(r.counts.errors);
  summary.dataset.warnings = String(r.counts.warnings);
  summary.dataset.infos = String(r.counts.infos);
  const rows = r.report.tracking;
  view.tracking.hidden = !rows;
  view.tracking.replaceChildren(...renderTracking(r, t, onSelect));
  if (rows) {
    const n = countTracking(rows);
    summary.dataset.met = String(n.met);
    summary.dataset.notMet = String(n.notMet);
    summary.dataset.pending = String(n.pending);
    summary.append(el("div", t("paneTracking", { rows: rows.length, met: n.met, notMet: n.notMet, pending: n.pending }), "tracking-summary"));
  } else {
    for (const k of ["met", "notMet", "pending"]) delete summary.dataset[k];
  }
  view.findings.replaceChildren(...renderFindings(r, t, onSelect));
}

/** What each button does: one backend call, the state updated, the status sentence returned. */
function actionsOf(backend: Backend, state: PaneState, view: View, t: Words, lang: Lang, options: () => OperationOptions, onSelect: OnSelect): Record<Action, () => Promise<string | void>> {
  const pushUndo = (record: UndoRecord) => state.undoStack.push(record);
  return {
    check: async () => {
      const r = await backend.check(options());
      state.lastCheck = r;
      showCheck(view, r, t, lang, onSelect);
      return r.empty ? t("paneEmptySheet") : checkedLine(r, t);
    },
    mark: async () => {
      if (!state.lastCheck) return;
      if (state.marks) await backend.clearMarks(state.marks);
      state.marks = await backend.mark({ sheet: state.lastCheck.sheet ?? "", findings: state.lastCheck.report.findings }, options());
      return t("paneMarked", { count: state.marks.cells.length });
    },
    "clear-marks": async () => {
      if (!state.marks) return t("paneNothingMarked");
      const r = await backend.clearMarks(state.marks);
      state.marks = null;
      return t("paneCleared", { count: r.cleared });
    },
    fill: async () => {
      const o = options();
      const result = await backend.previewFill(o);
      state.lastPreview = { result, options: o };
      view.preview.hidden = false;
      view.preview.replaceChildren(...renderPreview(result, t, lang));
      return previewLine(result, t, lang);
    },
    apply: async () => {
      if (!state.lastPreview) return t("paneNoPreview");
      const { result, options: o } = state.lastPreview;
      const expected = result.plan.writes.map((w) => ({ address: w.address, formula: w.formula, value: w.value }));
      const record = await backend.applyFill({ ...o, sheet: result.sheet, expected });
      // The plan itself is not needed to undo; keep the record small (it travels back in Sheets).
      pushUndo({ kind: record.kind, sheet: record.sheet, cells: record.cells });
      state.lastPreview = null;
      view.preview.hidden = true;
      view.preview.replaceChildren();
      return t("paneApplied", { count: record.cells.length });
    },
    undo: async () => {
      const record = state.undoStack[state.undoStack.length - 1];
      if (!record) return t("paneNothingToUndo");
      const r = await backend.undo(record, options());
      state.undoStack.pop();
      return record.kind === "sheet" ? t("paneSheetRemoved", { sheet: record.sheet }) : t("paneUndone", { count: r.restored });
    },
    template: async () => {
      const record = await backend.insertTemplate(options());
      pushUndo(record);
      return t("paneTemplateDone", { sheet: record.sheet });
    },
    chart: async () => {
      const record = await backend.chart(options());
      pushUndo(record);
      return t("paneChartDone", { sheet: record.sheet });
    },
  };
}

/**
 * "Nhập phụ lục từ Word": the chosen .docx is read here, in the pane (host-free reader, nothing leaves the
 * machine but the tables), and its appendix lands in a new sheet through the backend — one batch, undoable.
 */
function wireImport(view: View, backend: Backend, state: PaneState, t: Words, run: (work: () => Promise<string | void>) => Promise<void>, options: () => OperationOptions): void {
  const input = view.importInput;
  if (!input) return;
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      input.value = "";
      const doc = readDocx(bytes, file.name);
      const record = await backend.importTable({ tables: doc.tables, file: file.name }, options());
      state.undoStack.push({ kind: record.kind, sheet: record.sheet, cells: record.cells });
      return t("paneImported", { sheet: record.sheet, file: file.name, rows: record.rows });
    });
  });
}

/** The options as the pane's controls set them. */
function chosenOptions(view: View, lang: Lang): OperationOptions {
  const year = Number(view.option("year"));
  return {
    lang,
    edition: (view.option("edition") || undefined) as EditionId | undefined,
    level: (view.option("level") || undefined) as Level | undefined,
    year: Number.isInteger(year) && year >= 2000 ? year : null,
    force: view.overwrite.checked,
  };
}

export function mountPane(root: ParentNode, backend: Backend, pane: PaneOptions): void {
  const lang = pane.lang;
  const t: Words = (key, params = {}) => formatMessage(key, params, lang);
  const view = bindView(root);
  root.querySelectorAll<HTMLElement>("[data-i18n]").forEach((e) => {
    e.textContent = t(e.dataset.i18n!);
  });
  const main = root.querySelector("main");
  if (main) main.lang = lang;
  const state: PaneState = { lastCheck: null, marks: null, lastPreview: null, undoStack: [], busy: false };

  const setStatus = (text: string, error = false) => {
    view.status.textContent = text;
    view.status.classList.toggle("error", error);
  };
  const refreshButtons = () => {
    const enabled = enabledActions(state);
    for (const a of ACTIONS) view.button(a).disabled = !enabled[a];
    if (view.importInput) view.importInput.disabled = state.busy;
  };
  const describe = (e: unknown): string => {
    const host = pane.describeError?.(e, lang);
    if (host) return host;
    const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
    return t("paneFailed", { message: message || String(e) });
  };
  /** Runs one backend call with the status line showing progress, then its result or why it failed. */
  const run = async (work: () => Promise<string | void>): Promise<void> => {
    if (state.busy) return;
    state.busy = true;
    refreshButtons();
    main?.setAttribute("aria-busy", "true");
    setStatus(t("paneWorking"));
    try {
      setStatus((await work()) ?? "");
    } catch (e) {
      setStatus(describe(e), true);
    } finally {
      state.busy = false;
      main?.removeAttribute("aria-busy");
      refreshButtons();
    }
  };
  /** A list item that selects its cell on click, Enter or Space, and says which in the status line. */
  const onSelect: OnSelect = (li, cell, says) => {
    li.tabIndex = 0;
    li.setAttribute("role", "button");
    const sheet = state.lastCheck?.sheet ?? "";
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
  };
  const options = () => chosenOptions(view, lang);

  const actions = actionsOf(backend, state, view, t, lang, options, onSelect);
  for (const a of ACTIONS) view.button(a).addEventListener("click", () => run(actions[a]));
  wireImport(view, backend, state, t, run, options);
  // A changed choice makes the preview stale: preview again (with or without overwriting typed cells).
  view.overwrite.addEventListener("change", () => {
    if (state.lastPreview) void run(actions.fill);
  });
  refreshButtons();
}
