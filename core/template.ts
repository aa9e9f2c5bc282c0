// A ready input sheet for an edition: indicators under pillar headings, what a..d mean, inputs, points.
import { PILLARS, getEdition, listIndicators, nameIn, type EditionId } from "./catalog";
import type { Area, Grid } from "./grid";
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
