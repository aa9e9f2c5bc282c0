// A ready input sheet for an edition: indicators under pillar headings, what a..d mean, inputs, points.
import { PILLARS, getEdition, listIndicators, nameIn, type EditionId } from "./catalog";
import { isFillFailure, planFill, type Host, type PortWrite } from "./fill";
import { areaAddress, cellAddress, type Area, type Grid } from "./grid";
import { formatMessage, registerMessages, type Lang } from "./i18n";
import type { Raw } from "./values";

registerMessages("vi", {
  templateTitle: "BẢNG SỐ LIỆU CHẤM ĐIỂM CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) — {edition}",
  templateHint: "Nhập số liệu a, b, c, d theo đúng định nghĩa ở cột \"Số liệu cần nhập\" (tiêu chí: Có/Không hoặc x); số viết kiểu Việt Nam (1.234,5).",
  templateStt: "STT",
  templateName: "Chỉ số",
  templateInputs: "Số liệu cần nhập",
  templateMax: "Điểm tối đa",
  templatePoints: "Điểm",
  templateNotPublished: "chưa công bố",
});
registerMessages("en", {
  templateTitle: "DIGITAL TRANSFORMATION INDEX (DTI) SCORING SHEET — {edition}",
  templateHint: "Enter inputs a, b, c, d exactly as the \"Inputs\" column defines them (criteria: yes/no or x); numbers the Vietnamese way (1.234,5).",
  templateStt: "No.",
  templateName: "Indicator",
  templateInputs: "Inputs",
  templateMax: "Maximum",
  templatePoints: "Points",
  templateNotPublished: "not published",
});

export interface ChartSpec {
  title: string;
  /** Columns (the default) or horizontal bars; a file writer draws either, the panes draw columns. */
  kind?: "column" | "bar";
  /** The value axis' upper end, when it is fixed (1000 points). */
  max?: number;
  /** The data, header row and label column included. */
  range: Area;
  /** Where the chart's top-left corner goes. */
  anchor: string;
}

/** A sheet to add, written from A1 in one batch. */
export interface NewSheet {
  name: string;
  cells: PortWrite[];
  rows: number;
  cols: number;
  merges: Area[];
  /** Column widths in characters. */
  widths: number[];
  boldRows: number[];
  /** Rows and columns kept in view while scrolling. */
  freeze: { rows: number; cols: number } | null;
  chart: ChartSpec | null;
  /** How a file writer lays the sheet out; spreadsheet hosts lay out what they add themselves. */
  look?: SheetLook;
}

/** Layout a workbook file needs spelt out: table borders, input shading, number formats, a filter. */
export interface SheetLook {
  /** Thin borders from this row down (the table under its title). */
  tableFrom?: number;
  /** Cells to shade as the ones to type in. */
  inputs?: Area[];
  /** Number formats by column ("#,##0.00"), below the first row. */
  formats?: Record<number, string>;
  /** The first row is a header: taller, wrapped, with an autofilter. */
  header?: boolean;
  /** Column widths fitted to the longest text (8 to 60 characters) instead of `widths`. */
  fit?: boolean;
}

export interface Template {
  grid: Grid;
  /** 0-based rows of the header, pillar headings and indicators, for hosts that style them. */
  headerRow: number;
  pillarRows: number[];
  indicatorRows: number[];
}

/** Columns: STT, Chỉ số, Số liệu cần nhập, a, b, c, d, Điểm tối đa, Điểm. */
export function buildTemplate(edition: EditionId, lang: Lang = "vi"): Template {
  const ed = getEdition(edition);
  const t = (k: string, p: Record<string, string> = {}) => formatMessage(k, p, lang);
  const values: Raw[][] = [[t("templateTitle", { edition: lang === "en" ? ed.en : ed.vi })], [t("templateHint")], []];
  const merges: Area[] = [
    { top: 0, left: 0, bottom: 0, right: 8 },
    { top: 1, left: 0, bottom: 1, right: 8 },
  ];
  const headerRow = values.length;
  values.push([t("templateStt"), t("templateName"), t("templateInputs"), "a", "b", "c", "d", t("templateMax"), t("templatePoints")]);
  const pillarRows: number[] = [];
  const indicatorRows: number[] = [];
  const all = listIndicators(edition);
  for (const p of PILLARS) {
    pillarRows.push(values.length);
    values.push([p.n, lang === "en" ? p.en : p.vi, null, null, null, null, null, ed.pillarMaxima[p.n], null]);
    merges.push({ top: values.length - 1, left: 1, bottom: values.length - 1, right: 6 });
    for (const r of all.filter((x) => x.indicator.pillar === p.n)) {
      const inputs = r.indicator.inputs.map((x) => `${x.letter} = ${lang === "en" ? x.en : x.vi}`).join("\n");
      indicatorRows.push(values.length);
      values.push([r.code, nameIn(edition, r.indicator), inputs || t("templateNotPublished"), null, null, null, null, r.max ?? t("templateNotPublished"), null]);
    }
  }
  return { grid: { name: "DTI", values, merges }, headerRow, pillarRows, indicatorRows };
}

registerMessages("vi", { templateSheet: "Mẫu DTI", chartSheet: "Biểu đồ DTI", chartTitle: "Điểm DTI theo trụ cột — {sheet}", chartPillar: "Trụ cột", chartPoints: "Điểm", chartMax: "Điểm tối đa" });
registerMessages("en", { templateSheet: "DTI template", chartSheet: "DTI chart", chartTitle: "DTI points per pillar — {sheet}", chartPillar: "Pillar", chartPoints: "Points", chartMax: "Maximum" });

/** Column widths of the template, in characters (the file writer and the spreadsheet hosts use the same). */
export const TEMPLATE_WIDTHS = [6, 55, 60, 12, 12, 12, 12, 10, 10];

/**
 * The template as a new sheet. In a spreadsheet it carries live formulas — a score per indicator
 * (blank until its inputs are typed, so totals add up as the sheet fills), pillar totals, the grand
 * total and the DTI value — exactly as the fill would write them. A workbook file has no add-in to
 * compute them: it gets the inputs only, and `dti fill` scores it.
 */
export function planTemplateSheet(edition: EditionId, host: Host, lang: Lang = "vi"): NewSheet {
  const t = buildTemplate(edition, lang);
  const writes = host === "xlsx" ? [] : liveWrites(t, edition, host, lang);
  const byCell = new Map(writes.map((w) => [`${w.row}:${w.col}`, w]));
  const rows = Math.max(t.grid.values.length, ...writes.map((w) => w.row + 1));
  const cols = TEMPLATE_WIDTHS.length;
  const cells: PortWrite[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const w = byCell.get(`${r}:${c}`);
      const v = w ? w.value : t.grid.values[r]?.[c];
      if (w || (v !== null && v !== undefined && v !== "")) cells.push({ address: cellAddress(r, c), row: r, col: c, formula: w?.formula ?? null, value: w?.formula ? null : v });
    }
  }
  return {
    name: formatMessage("templateSheet", {}, lang),
    cells,
    rows,
    cols,
    merges: t.grid.merges ?? [],
    widths: TEMPLATE_WIDTHS,
    boldRows: [0, t.headerRow, ...t.pillarRows, ...writes.filter((w) => w.purpose === "grand-total" || w.purpose === "dti").map((w) => w.row)],
    freeze: { rows: t.headerRow + 1, cols: 2 },
    chart: null,
    look: { tableFrom: t.headerRow, inputs: t.indicatorRows.map((r) => ({ top: r, left: 3, bottom: r, right: 6 })) },
  };
}

/** The fill's formulas for the template, each score left blank until its row's inputs are typed. */
function liveWrites(t: Template, edition: EditionId, host: Host, lang: Lang) {
  const plan = planFill(t.grid, { edition, host, mode: "formula", lang });
  if (isFillFailure(plan)) throw new Error(`template: ${plan.error}`);
  return plan.writes.map((w) => {
    if (w.purpose !== "score" || !w.formula) return w;
    const inputs = areaAddress({ top: w.row, left: 3, bottom: w.row, right: 6 });
    return { ...w, formula: `=IF(COUNTA(${inputs})=0,"",${w.formula.slice(1)})` };
  });
}

/**
 * A grid as a new sheet, from A1: its values (the title rows above the table included), its merged areas
 * (moved by the grid's origin), widths from its longest lines, the header row kept in view.
 */
export function gridSheet(grid: Grid, name: string): NewSheet {
  const top = grid.origin?.row ?? 0;
  const left = grid.origin?.col ?? 0;
  const cells: PortWrite[] = [];
  let cols = 1;
  grid.values.forEach((row, r) => row.forEach((value, c) => {
    if (value === null || value === undefined || value === "") return;
    cells.push({ address: cellAddress(r, c), row: r, col: c, formula: null, value });
    cols = Math.max(cols, c + 1);
  }));
  const widths = Array.from({ length: cols }, (_, c) => {
    const longest = Math.max(0, ...grid.values.slice(-top).map((row) => String(row[c] ?? "").split("\n").reduce((m, l) => Math.max(m, l.length), 0)));
    return Math.max(6, Math.min(60, longest + 2));
  });
  const merges = (grid.merges ?? []).map((m) => ({ top: m.top - top, left: m.left - left, bottom: m.bottom - top, right: m.right - left })).filter((m) => m.top >= 0 && m.left >= 0);
  return { name, cells, rows: grid.values.length, cols, merges, widths, boldRows: top < 0 ? [-top] : [0], freeze: null, chart: null };
}

/** A sheet holding points per pillar beside the pillar maxima, with a column chart of both. */
export function planChartSheet(edition: EditionId, pillars: Record<string, number | null>, source: string, lang: Lang = "vi"): NewSheet {
  const ed = getEdition(edition);
  const t = (k: string, p: Record<string, string> = {}) => formatMessage(k, p, lang);
  const values: Raw[][] = [[t("chartPillar"), t("chartPoints"), t("chartMax")]];
  for (const p of PILLARS) values.push([`${p.n}. ${lang === "en" ? p.en : p.vi}`, pillars[String(p.n)] ?? 0, ed.pillarMaxima[p.n]]);
  const cells: PortWrite[] = [];
  values.forEach((row, r) => row.forEach((value, c) => cells.push({ address: cellAddress(r, c), row: r, col: c, formula: null, value })));
  return {
    name: t("chartSheet"),
    cells,
    rows: values.length,
    cols: 3,
    merges: [],
    widths: [40, 10, 12],
    boldRows: [0],
    freeze: null,
    chart: { title: t("chartTitle", { sheet: source }), range: { top: 0, left: 0, bottom: values.length - 1, right: 2 }, anchor: "E2" },
  };
}
