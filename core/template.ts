// A ready input sheet for an edition: indicators under pillar headings, what a..d mean, inputs, points.
import { PILLARS, getEdition, listIndicators, nameIn, type EditionId } from "./catalog";
import { isFillFailure, planFill } from "./fill";
import { columnLetter, type Area, type Grid } from "./grid";
import type { NewSheet, PortWrite } from "./host/port";
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
 * The template as a new sheet for a spreadsheet host: the template's cells plus live formulas — a
 * score per indicator (blank until its inputs are typed, so totals add up as the sheet fills),
 * pillar totals, the grand total and the DTI value — exactly as the fill would write them.
 */
export function planTemplateSheet(edition: EditionId, host: "excel" | "sheets", lang: Lang = "vi"): NewSheet {
  const t = buildTemplate(edition, lang);
  const plan = planFill(t.grid, { edition, host, mode: "formula", lang });
  if (isFillFailure(plan)) throw new Error(`template: ${plan.error}`);
  const byCell = new Map(plan.writes.map((w) => [`${w.row}:${w.col}`, w]));
  const rows = Math.max(t.grid.values.length, ...plan.writes.map((w) => w.row + 1));
  const cols = TEMPLATE_WIDTHS.length;
  const cells: PortWrite[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const w = byCell.get(`${r}:${c}`);
      const address = `${columnLetter(c)}${r + 1}`;
      if (w) {
        let formula = w.formula;
        if (w.purpose === "score" && formula) {
          const inputs = `${columnLetter(3)}${r + 1}:${columnLetter(6)}${r + 1}`;
          formula = `=IF(COUNTA(${inputs})=0,"",${formula.slice(1)})`;
        }
        cells.push({ address, row: r, col: c, formula, value: formula ? null : w.value });
      } else {
        const v = t.grid.values[r]?.[c];
        if (v !== null && v !== undefined && v !== "") cells.push({ address, row: r, col: c, formula: null, value: v });
      }
    }
  }
  return {
    name: formatMessage("templateSheet", {}, lang),
    cells,
    rows,
    cols,
    merges: t.grid.merges ?? [],
    widths: TEMPLATE_WIDTHS,
    boldRows: [0, t.headerRow, ...t.pillarRows, ...plan.writes.filter((w) => w.purpose === "grand-total" || w.purpose === "dti").map((w) => w.row)],
    freeze: { rows: t.headerRow + 1, cols: 2 },
    chart: null,
  };
}

/** A sheet holding points per pillar beside the pillar maxima, with a column chart of both. */
export function planChartSheet(edition: EditionId, pillars: Record<string, number | null>, source: string, lang: Lang = "vi"): NewSheet {
  const ed = getEdition(edition);
  const t = (k: string, p: Record<string, string> = {}) => formatMessage(k, p, lang);
  const values: Raw[][] = [[t("chartPillar"), t("chartPoints"), t("chartMax")]];
  for (const p of PILLARS) values.push([`${p.n}. ${lang === "en" ? p.en : p.vi}`, pillars[String(p.n)] ?? 0, ed.pillarMaxima[p.n]]);
  const cells: PortWrite[] = [];
  values.forEach((row, r) => row.forEach((value, c) => cells.push({ address: `${columnLetter(c)}${r + 1}`, row: r, col: c, formula: null, value })));
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
