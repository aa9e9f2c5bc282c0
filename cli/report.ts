// Renders check reports for people: a text summary and a self-contained HTML page with a pillar chart.
import { PILLARS, getEdition } from "../core/catalog";
import { createHash } from "node:crypto";
import { SEVERITY_RANK } from "../core/appendix/checks/rules";
import { formatNumber, type Lang } from "../core/i18n";
import { summaryRow, type DeskEntry, type FileReport } from "./entry";
import { countTracking } from "../core/appendix/tracking";

const T = {
  vi: {
    file: "Tệp", sheet: "Trang tính", edition: "Bộ chỉ số", level: "Cấp", province: "tỉnh", district: "huyện", commune: "xã",
    indicators: "chỉ số nhận ra", errors: "lỗi", warnings: "cảnh báo", infos: "ghi chú", none: "Không có phát hiện nào.",
    projection: "Điểm dự kiến nếu đạt đúng mục tiêu", pillar: "Trụ cột", points: "Điểm", max: "Tối đa", total: "Tổng",
    unscoreable: "không tính được", unscored: "Không quy ra điểm", title: "Báo cáo kiểm tra phụ lục DTI",
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" }, severityHeader: "Mức", cell: "Ô", rule: "Quy tắc", code: "Chỉ số", message: "Nội dung",
    reason: { qualitative: "mục tiêu định tính", "max-not-published": "chưa công bố điểm tối đa", "rule-not-published": "chưa công bố cách tính", missing: "thiếu mục tiêu", "unit-mismatch": "mục tiêu khác đơn vị" },
    tracked: "chỉ tiêu theo dõi", units: "Tổng hợp theo đơn vị", unitCol: "Đơn vị", recognisedCol: "Chỉ số nhận ra", pillarShort: "TC", checked: "Đã kiểm tra", tracking: "Theo dõi chỉ tiêu", met: "đạt", notMet: "chưa đạt", pending: "chưa có kết quả", target: "Mục tiêu", result: "Kết quả", status: "Tình trạng", noTarget: "không ghi mục tiêu",
  },
  en: {
    file: "File", sheet: "Sheet", edition: "Edition", level: "Level", province: "province", district: "district", commune: "commune",
    indicators: "indicators recognised", errors: "errors", warnings: "warnings", infos: "notes", none: "No findings.",
    projection: "Projected points if every target is met exactly", pillar: "Pillar", points: "Points", max: "Maximum", total: "Total",
    unscoreable: "not scoreable", unscored: "Not scored", title: "DTI appendix check report",
    severity: { error: "Error", warning: "Warning", info: "Note" }, severityHeader: "Severity", cell: "Cell", rule: "Rule", code: "Indicator", message: "Message",
    reason: { qualitative: "qualitative target", "max-not-published": "maximum not published", "rule-not-published": "rule not published", missing: "no target", "unit-mismatch": "target in another unit" },
    tracked: "tracked targets", units: "Summary by unit", unitCol: "Unit", recognisedCol: "Indicators recognised", pillarShort: "P", checked: "Checked", tracking: "Tracked targets", met: "met", notMet: "not met", pending: "no result yet", target: "Target", result: "Result", status: "Status", noTarget: "no target stated",
  },
};

/** For people: errors first, then warnings, then notes; each group in sheet order. */
function ordered(r: FileReport) {
  return r.findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i).map((x) => x.f);
}

export function textSummary(r: FileReport, lang: Lang): string {
  const t = T[lang];
  const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
  const lines = [
    `${t.file}: ${r.file} — ${t.sheet} "${r.sheet ?? ""}" — ${t.edition} ${r.edition ?? "—"} — ${t.level} ${t[r.level]}`,
    `  ${r.tracking ? `${r.tracking.length} ${t.tracked}` : `${r.summary?.recognised ?? r.indicators.filter((i) => i.key).length} ${t.indicators}`}; ${count("error")} ${t.errors}, ${count("warning")} ${t.warnings}, ${count("info")} ${t.infos}`,
  ];
  if (!r.findings.length) lines.push(`  ${t.none}`);
  for (const f of ordered(r)) {
    lines.push(`  [${t.severity[f.severity]}] ${(f.cell ?? "—").padEnd(5)} ${(f.code ?? "").padEnd(4)} ${f.rule}: ${f.message}`);
  }
  if (r.tracking) {
    const n = countTracking(r.tracking);
    lines.push(`  ${t.tracking}: ${n.met} ${t.met}, ${n.notMet} ${t.notMet}, ${n.pending} ${t.pending}`);
    for (const row of r.tracking) {
      const code = row.indicator ? ` (${Object.entries(row.indicator.codes).map(([e, c]) => `${c} ${e}`).join(", ")})` : "";
      lines.push(`    ${trackingMark(row.met)} ${row.resultCell.padEnd(5)} ${row.target ?? t.noTarget} → ${row.result ?? "—"}${code}`);
    }
  }
  for (const [year, p] of Object.entries(r.projection)) {
    const parts = Object.entries(p.pillars).map(([n, v]) => `${n}: ${v === null ? t.unscoreable : formatNumber(v, lang)}`);
    lines.push(`  ${t.projection} ${year}: ${parts.join("; ")} — ${t.total} ${formatNumber(p.total, lang)}`);
    if (p.unscored.length) lines.push(`    ${t.unscored}: ${p.unscored.map((u) => `${u.code} (${t.reason[u.reason]})`).join(", ")}`);
  }
  return lines.join("\n");
}

/** Text from a workbook goes into the page as text, never as markup. */
function trackingMark(met: boolean | null): string {
  return met === true ? "✓" : met === false ? "✗" : "·";
}

function trackingTable(r: FileReport, lang: Lang): string {
  if (!r.tracking) return "";
  const t = T[lang];
  const n = countTracking(r.tracking);
  const rows = r.tracking
    .map((row) => `<tr class="${row.met === true ? "met" : row.met === false ? "warning" : "info"}"><td>${trackingMark(row.met)} ${escapeHtml(row.met === true ? t.met : row.met === false ? t.notMet : t.pending)}</td><td>${escapeHtml(row.resultCell)}</td><td>${escapeHtml(row.text)}</td><td>${escapeHtml(row.target ?? t.noTarget)}</td><td>${escapeHtml(row.result ?? "—")}</td></tr>`)
    .join("");
  return `<h3>${escapeHtml(`${t.tracking}: ${n.met} ${t.met}, ${n.notMet} ${t.notMet}, ${n.pending} ${t.pending}`)}</h3>
<table><thead><tr><th>${t.status}</th><th>${t.cell}</th><th>${t.message}</th><th>${t.target}</th><th>${t.result}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function chart(r: FileReport, lang: Lang): string {
  const t = T[lang];
  const years = Object.keys(r.projection);
  if (!years.length || !r.edition) return "";
  const maxima = getEdition(r.edition).pillarMaxima;
  const w = 640;
  const rowH = 28;
  const left = 230;
  const scale = (w - left - 70) / 200;
  const parts: string[] = [];
  const colors = ["#1565c0", "#2e7d32", "#ef6c00"];
  let y = 10;
  for (const p of PILLARS) {
    parts.push(`<text x="0" y="${y + 14}" font-size="12">${escapeHtml(`${p.n}. ${lang === "en" ? p.en : p.vi}`)}</text>`);
    parts.push(`<rect x="${left}" y="${y}" width="${maxima[p.n] * scale}" height="${rowH - 8}" fill="#eceff1" stroke="#b0bec5"/>`);
    years.forEach((yr, i) => {
      const v = r.projection[yr].pillars[String(p.n)];
      const h = (rowH - 8) / years.length;
      if (v === null || v === undefined) {
        parts.push(`<text x="${left + 4}" y="${y + h * (i + 1) - 2}" font-size="10" fill="#777">${escapeHtml(`${yr}: ${t.unscoreable}`)}</text>`);
      } else {
        parts.push(`<rect x="${left}" y="${y + h * i}" width="${v * scale}" height="${h}" fill="${colors[i % colors.length]}"><title>${escapeHtml(`${yr}: ${formatNumber(v, lang)}`)}</title></rect>`);
        parts.push(`<text x="${left + v * scale + 4}" y="${y + h * (i + 1) - 2}" font-size="10">${escapeHtml(formatNumber(v, lang))}</text>`);
      }
    });
    parts.push(`<text x="${left + maxima[p.n] * scale + 40}" y="${y + 14}" font-size="10" fill="#555">/${maxima[p.n]}</text>`);
    y += rowH;
  }
  const legend = years.map((yr, i) => `<span style="color:${colors[i % colors.length]}">■</span> ${escapeHtml(yr)}`).join(" &nbsp; ");
  return `<h3>${escapeHtml(t.projection)}</h3><p>${legend} &nbsp; <span style="color:#b0bec5">□</span> ${escapeHtml(t.max)}</p><svg role="img" width="${w}" height="${y + 10}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`;
}

// Sorting the per-unit table by a header click: the only script, allowed by its hash in the page's policy.
const SORT_SCRIPT = `document.querySelectorAll("table.sortable th").forEach(function(th,i){th.addEventListener("click",function(){var tb=th.closest("table").tBodies[0];var rows=[].slice.call(tb.rows);var dir=th.getAttribute("data-dir")==="asc"?-1:1;th.setAttribute("data-dir",dir>0?"asc":"desc");rows.sort(function(a,b){var x=a.cells[i].getAttribute("data-v"),y=b.cells[i].getAttribute("data-v");if(x!==null&&y!==null)return (Number(x)-Number(y))*dir;return a.cells[i].textContent.localeCompare(b.cells[i].textContent,"vi")*dir;});rows.forEach(function(r){tb.appendChild(r);});});});`;
const SORT_HASH = createHash("sha256").update(SORT_SCRIPT).digest("base64");

/** The desk's table: one row per file, sortable by any column; numbers carry their value for sorting. */
function unitTable(entries: readonly DeskEntry[], lang: Lang): string {
  const t = T[lang];
  const num = (v: number | null) => (v === null ? "<td>—</td>" : `<td class="num" data-v="${v}">${escapeHtml(formatNumber(v, lang))}</td>`);
  const head = [t.file, t.unitCol, t.level, t.edition, t.recognisedCol, t.errors, t.warnings, t.infos, ...PILLARS.map((p) => `${t.pillarShort}${p.n}`), `${t.total} 2026`, `${t.total} 2030`, t.status];
  const rows = entries.map((e) => {
    const s = summaryRow(e);
    return `<tr><td>${escapeHtml(s.name)}</td><td>${escapeHtml(s.unit ?? "")}</td><td>${escapeHtml(s.level ? t[s.level as "province" | "district" | "commune"] ?? s.level : "")}</td><td>${escapeHtml(s.edition ?? "")}</td>${num(s.recognised)}${num(s.errors)}${num(s.warnings)}${num(s.notes)}${s.pillars.map(num).join("")}${num(s.total2026)}${num(s.total2030)}<td>${escapeHtml(s.status ?? t.checked)}</td></tr>`;
  });
  return `<section><h2>${escapeHtml(t.units)}</h2><table class="sortable"><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}

export function htmlReport(reports: readonly FileReport[], lang: Lang, entries?: readonly DeskEntry[]): string {
  const t = T[lang];
  const sections = reports.map((r) => {
    const rows = ordered(r)
      .map((f) => `<tr class="${f.severity}"><td>${escapeHtml(t.severity[f.severity])}</td><td>${escapeHtml(f.cell ?? "—")}</td><td>${escapeHtml(f.code ?? "")}</td><td><code>${escapeHtml(f.rule)}</code></td><td>${escapeHtml(f.message)}</td></tr>`)
      .join("");
    const projection = Object.entries(r.projection)
      .map(([yr, p]) => `<p><b>${escapeHtml(yr)}</b>: ${escapeHtml(t.total)} ${escapeHtml(formatNumber(p.total, lang))}${p.unscored.length ? ` — ${escapeHtml(t.unscored)}: ${escapeHtml(p.unscored.map((u) => `${u.code} (${t.reason[u.reason]})`).join(", "))}` : ""}</p>`)
      .join("");
    return `<section><h2>${escapeHtml(r.file)}</h2><p>${escapeHtml(`${t.sheet} "${r.sheet ?? ""}" · ${t.edition} ${r.edition ?? "—"} · ${t.level} ${t[r.level]} · ${r.summary?.recognised ?? r.indicators.length} ${t.indicators}`)}</p>
<table><thead><tr><th>${t.severityHeader}</th><th>${t.cell}</th><th>${t.code}</th><th>${t.rule}</th><th>${t.message}</th></tr></thead><tbody>${rows || `<tr><td colspan="5">${escapeHtml(t.none)}</td></tr>`}</tbody></table>
${trackingTable(r, lang)}${r.tracking ? "" : chart(r, lang)}${projection}</section>`;
  });
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${SORT_HASH}'">
<title>${escapeHtml(t.title)}</title><style>
body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:24px;color:#222;max-width:1100px}
table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0 16px}th,td{border:1px solid #cfd8dc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eceff1}tr.error td:first-child{color:#b71c1c;font-weight:600}tr.warning td:first-child{color:#e65100}tr.info td:first-child{color:#1565c0}tr.met td:first-child{color:#2e7d32}
section{border-top:2px solid #90a4ae;padding-top:8px;margin-top:16px}td.num{text-align:right;font-variant-numeric:tabular-nums}table.sortable th{cursor:pointer}
</style></head><body><h1>${escapeHtml(t.title)}</h1>${entries ? unitTable(entries, lang) : ""}${sections.join("")}${entries ? `<script>${SORT_SCRIPT}</script>` : ""}</body></html>`;
}
