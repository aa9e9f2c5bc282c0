// Tracking lists ("TT | Chỉ tiêu | Kết quả đạt được"): the target inside each row's text, the result beside it, met or not.
import { codeForKey, type EditionId } from "../catalog";
import { mapColumns, type ColumnRole } from "./columns";
import { recognizeName } from "./recognize";
import { isFooter } from "./rows";
import { GridReader, type Grid } from "../grid";
import { meetsTarget, parseTarget, readOp, type Target } from "../targets";
import type { TrackingRow } from "./tracking-state";
import { cleanFloat, foldText, isBlank, parseVietnameseNumber, type Raw } from "../values";

export * from "./tracking-state";

/** Longest text a target is looked for in: sentences in a plan are short; anything longer is not read (linear time). */
const MAX_TEXT = 2000;
const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

/** Words that introduce a target just before its number ("đạt trên 80%"), folded. */
const CUES = ["dat", "tren", "toi thieu", "it nhat", "khong duoi", "khong thap hon", "phan dau", "phan dau dat", "duoi", "toi da", "khong qua", "khong vuot qua", "hon", "vuot"];
/** What a counted target counts ("12 doanh nghiệp"), folded. */
const UNITS = /^(doanh nghiep|dn|ho gia dinh|ho|nguoi|cong dan|thon|ap|to|xa|co quan|don vi|nen tang|dich vu|ung dung|diem|mo hinh|cuoc|lop|khoa|san pham|hop tac xa|htx|cua hang|tiem|tai khoan|thiet bi|camera|tram)\b/;

export interface WrittenTarget {
  target: Target;
  /** The words of the text that state the target ("đạt trên 80%"). */
  phrase: string;
  /** The unit of a counted target ("doanh nghiệp"), folded; null for a share. */
  unit: string | null;
}

interface Candidate {
  start: number;
  end: number;
  value: number;
  percent: boolean;
  unit: string | null;
  per: boolean;
}

function folded(s: string): string {
  return foldText(s);
}

/** The cue words right before position `at` (up to three words), and where they start. */
function cueBefore(text: string, at: number): { start: number; words: string } {
  const head = text.slice(Math.max(0, at - 40), at);
  const words = head.split(/\s+/).filter(Boolean);
  let taken = 0;
  for (let k = 1; k <= Math.min(3, words.length); k++) {
    const tail = folded(words.slice(words.length - k).join(" "));
    if (CUES.includes(tail) || CUES.some((c) => tail.endsWith(" " + c) && CUES.includes(tail.split(" ")[0]))) taken = k;
  }
  if (!taken) return { start: at, words: "" };
  const phrase = words.slice(words.length - taken).join(" ");
  return { start: at - (head.length - head.lastIndexOf(phrase)), words: phrase };
}

/**
 * Finds the target a sentence states, wherever it stands: "… đạt trên 80%", "… 90% trở lên", a bare
 * "… 50%" at the end, "đạt 100%", "ít nhất 12 doanh nghiệp", "01 doanh nghiệp/1.000 dân". The last
 * share in the sentence is its target (ages such as "từ 15 tuổi trở lên" and years are not targets).
 * Null when the text states none: the row is reported, never guessed.
 */
export function extractTarget(text: string): WrittenTarget | null {
  const raw = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!raw || raw.length > MAX_TEXT) return null;
  const candidates: Candidate[] = [];
  const re = new RegExp(`(?<![\\d.,])(${NUMBER})(\\s*%)?`, "g");
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const after = folded(raw.slice(m.index + m[0].length, m.index + m[0].length + 40)).trim();
    const value = parseVietnameseNumber(m[1]);
    if (typeof value !== "number") continue;
    const percent = !!m[2];
    if (!percent && /^(tuoi|nam\b|thang|ngay)/.test(after)) continue;
    if (!percent && /^20\d\d$/.test(m[1])) continue;
    const unit = !percent ? (UNITS.exec(after)?.[1] ?? null) : null;
    const per = !percent && /^[^\d]{0,30}?\/\s*\d[\d.]*\s*(dan|nguoi)/.test(after);
    candidates.push({ start: m.index, end: m.index + m[0].length, value, percent, unit, per });
  }
  const pick = [...candidates].reverse().find((c) => c.percent) ?? [...candidates].reverse().find((c) => c.per || (c.unit && cueBefore(raw, c.start).words));
  if (!pick) return null;
  const cue = cueBefore(raw, pick.start);
  let end = pick.end;
  const rest = raw.slice(end);
  const upward = /^\s*(trở lên|tro len|trở xuống|tro xuong)/i.exec(rest);
  if (upward) end += upward[0].length;
  if (pick.per) end += /^[^\d]{0,30}?\/\s*\d[\d.]*\s*\S+/.exec(rest)![0].length;
  else if (pick.unit) end += rest.length - rest.trimStart().length + pick.unit.length;
  const phrase = raw.slice(cue.start, end).trim();
  if (pick.percent || pick.per) {
    const t = parseTarget(phrase);
    if (!t || t.kind === "qualitative") return null;
    return { target: t, phrase, unit: null };
  }
  return { target: { kind: "count", op: readOp(folded(cue.words)), value: pick.value, total: NaN, text: phrase }, phrase, unit: pick.unit };
}

export type ResultReading = { value: number; text: string } | { unreadable: string } | null;

/**
 * A result as typed, read for its target: "96%", "85,5%", 0.96 or 96 (a number for a share: up to 1 is
 * a ratio, above 1 up to 100 is percent), "2240/3200", a formula's value, "12 doanh nghiệp" for a
 * count. Blank is no result yet (null).
 */
export function readResult(v: Raw, t: WrittenTarget): ResultReading {
  if (isBlank(v)) return null;
  const share = t.target.kind === "percent";
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 0) return { unreadable: String(v) };
    if (share) return v <= 1 ? { value: v, text: String(v) } : v <= 100 ? { value: cleanFloat(v / 100), text: String(v) } : { unreadable: String(v) };
    return { value: v, text: String(v) };
  }
  if (typeof v !== "string") return { unreadable: String(v) };
  const text = v.normalize("NFC").replace(/\s+/g, " ").trim();
  if (text.length > 200) return { unreadable: text.slice(0, 60) + "…" };
  const pct = new RegExp(`^(?:đạt\\s*)?(${NUMBER})\\s*%$`, "i").exec(text);
  if (pct) {
    const n = parseVietnameseNumber(pct[1]);
    return typeof n === "number" && share ? { value: cleanFloat(n / 100), text } : { unreadable: text };
  }
  const frac = new RegExp(`^(${NUMBER})\\s*/\\s*(${NUMBER})(?:\\s+\\S.*)?$`).exec(text);
  if (frac) {
    const a = parseVietnameseNumber(frac[1]);
    const b = parseVietnameseNumber(frac[2]);
    if (typeof a !== "number" || typeof b !== "number" || b <= 0) return { unreadable: text };
    if (share) return { value: cleanFloat(a / b), text };
    if (t.target.kind === "rate") return { value: cleanFloat((a * 1000) / b), text };
    return { value: a, text };
  }
  const counted = new RegExp(`^(?:đạt\\s*)?(${NUMBER})(?:\\s+(\\S.*))?$`, "i").exec(text);
  if (counted) {
    const n = parseVietnameseNumber(counted[1]);
    if (typeof n !== "number") return { unreadable: text };
    const unit = counted[2] ? folded(counted[2]) : null;
    if (share) return unit ? { unreadable: text } : n <= 1 ? { value: n, text } : n <= 100 ? { value: cleanFloat(n / 100), text } : { unreadable: text };
    if (unit && t.unit && !unit.startsWith(t.unit) && !t.unit.startsWith(unit.split(" ")[0])) return { unreadable: text };
    return { value: n, text };
  }
  return { unreadable: text };
}

export interface TrackingList {
  headerRow: number;
  textColumn: string;
  resultColumn: string;
  rows: TrackingRow[];
}

const OTHER_TABLE_ROLES = new Set(["lead", "coord", "monitor", "target", "targetPoints", "max", "score", "a", "b", "c", "d", "ratio", "basis"]);

/** A header naming the commitments and their results, and nothing an appendix or scoring table has. */
type HeaderRead = { text: ColumnRole; result: ColumnRole; stt: ColumnRole | null } | "other-table" | null;

// Header cells are labels: short, and worded as one ("Chỉ tiêu", "Kết quả đạt được"), not sentences of a row.
const TEXT_HEADER = /^(ten )?(chi tieu|noi dung|nhiem vu|muc tieu|cam ket|chi so)( (chu yeu|cu the|nam 20\d\d|thuc hien))?$/;
const RESULT_HEADER = /^(ket qua|ket qua dat duoc|ket qua thuc hien|thuc hien|uoc dat|uoc thuc hien|thuc te|ket qua thuc te)( (nam |den )?(20\d\d|thang \d+.*|quy .*))?( \(.*\))?$/;

function trackingHeader(reader: GridReader, r: number): HeaderRead {
  const texts: string[] = [];
  for (let c = 0; c < reader.colCount; c++) texts.push(reader.isCovered(r, c) && reader.area(r, c)!.left !== c ? "" : reader.text(r, c));
  const filled = texts.filter(Boolean);
  if (filled.length < 2) return null;
  const cols = mapColumns(texts);
  // An appendix or scoring table's header: the tracking list, if any, is not above it.
  if (cols.filter((c) => OTHER_TABLE_ROLES.has(c.role)).length >= 2) return "other-table";
  if (cols.some((c) => OTHER_TABLE_ROLES.has(c.role)) || filled.some((t) => t.length > 60)) return null;
  const text = cols.find((c) => (c.role === "name" || c.role === "tasks") && TEXT_HEADER.test(folded(c.header)));
  const result = cols.find((c) => c.role === "result" && c.col > (text?.col ?? Infinity) && RESULT_HEADER.test(folded(c.header)));
  if (!text || !result) return null;
  return { text, result, stt: cols.find((c) => c.role === "stt") ?? null };
}

function indicatorOf(text: string, phrase: string | null): TrackingRow["indicator"] {
  const words = (phrase ? text.replace(phrase, " ") : text).replace(/[;.,]+\s*$/, "");
  const m = recognizeName(words);
  if (!m) return null;
  const codes: Partial<Record<EditionId, string>> = {};
  for (const e of ["draft-2025", "qd405-29"] as const) {
    const c = codeForKey(e, m.key);
    if (c) codes[e] = c;
  }
  return { key: m.key, codes };
}

/** Finds a tracking list on a sheet: its header, and one row per numbered commitment; null when there is none. */
export function findTrackingList(grid: Grid): TrackingList | null {
  const reader = new GridReader(grid);
  let header: Exclude<HeaderRead, "other-table"> = null;
  let headerRow = -1;
  for (let r = 0; r < Math.min(reader.rowCount, 300) && !header; r++) {
    const h = trackingHeader(reader, r);
    if (h === "other-table") return null;
    header = h;
    headerRow = r;
  }
  if (!header) return null;
  const { text: textCol, result: resultCol, stt } = header;
  const rows: TrackingRow[] = [];
  let blankRun = 0;
  let prevGridRow = -1;
  for (let r = headerRow + 1; r < reader.rowCount; r++) {
    const text = reader.text(r, textCol.col);
    const sttText = stt ? reader.text(r, stt.col) : "";
    if (!text && !sttText) {
      if (++blankRun >= 3 && rows.length) break;
      continue;
    }
    blankRun = 0;
    if (isFooter(text || sttText)) break;
    // "(1) (2) (3)" numbering the columns.
    if (/^[([]?\d{1,2}[)\]]?$/.test(text)) continue;
    const prev = rows[rows.length - 1];
    // A line without its own number, under a numbered row whose target is not yet stated, continues it (text
    // pasted from PDF); the result may stand on either line.
    if (prev && stt && !sttText && !prev.targetValue) {
      prev.text = `${prev.text} ${text}`.trim();
      let resultRow = prevGridRow;
      if (isBlank(reader.value(prevGridRow, resultCol.col)) && !isBlank(reader.value(r, resultCol.col))) {
        resultRow = r;
        prev.resultCell = reader.address(r, resultCol.col);
      }
      Object.assign(prev, judge(prev.text, reader.value(resultRow, resultCol.col)));
      continue;
    }
    if (!text) continue;
    const base = { row: reader.sheetRow(r), text, textCell: reader.address(r, textCol.col), resultCell: reader.address(r, resultCol.col) };
    rows.push({ ...base, ...judge(text, reader.value(r, resultCol.col)) });
    prevGridRow = r;
  }
  // Commitments state their targets: a list where most rows state none is some other table (a report of figures).
  const stated = rows.filter((r) => r.targetValue).length;
  if (!rows.length || stated < rows.length / 2) return null;
  return { headerRow: reader.sheetRow(headerRow), textColumn: textCol.header, resultColumn: resultCol.header, rows };
}

/** The result as people read it: text as typed; a number as a percent for a share ("0.8" is 80%), else as it is. */
function shownResult(v: Raw, written: WrittenTarget | null): string | null {
  if (isBlank(v)) return null;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" && written?.target.kind === "percent" && v >= 0 && v <= 100) return `${cleanFloat((v <= 1 ? v * 100 : v))}%`;
  return String(v);
}

function judge(text: string, resultRaw: Raw): Omit<TrackingRow, "row" | "text" | "textCell" | "resultCell"> {
  const written = extractTarget(text);
  const reading = written ? readResult(resultRaw, written) : null;
  const resultText = shownResult(resultRaw, written);
  let met: boolean | null = null;
  let resultValue: number | null = null;
  let unreadable = false;
  if (reading && "value" in reading) {
    resultValue = reading.value;
    const m = meetsTarget(written!.target, reading.value);
    met = typeof m === "boolean" ? m : null;
  } else if (reading && "unreadable" in reading) unreadable = true;
  return {
    target: written?.phrase ?? null,
    targetValue: written?.target ?? null,
    result: resultText,
    resultValue,
    resultUnreadable: unreadable,
    met,
    indicator: indicatorOf(text, written?.phrase ?? null),
  };
}

