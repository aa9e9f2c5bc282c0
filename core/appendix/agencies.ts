// Splits an agency cell into agencies with care: "Các sở, ngành, địa phương" is one collective, "Sở KH&CN, Sở Nội vụ" two.
import { foldText, memoText } from "../values";

export interface Agency {
  text: string;
  /** A collective ("Các sở, ngành", "UBND các xã, phường"): nobody in particular is accountable. */
  collective: boolean;
  /** Normalised name for comparisons (abbreviations expanded the same way). */
  key: string;
}

// Words that open the name of a new agency after a comma.
const HEADS = /^(so|ban|bo|cuc|chi cuc|vien|ubnd|uy ban|cong an|van phong|phong|trung tam|bao|dai|doan|tinh doan|ngan hang|thue|thong ke|buu dien|tram|truong|hoi|to|cac|nhung|tat ca|toan bo|mat tran|ubmttq|hdnd|hoi dong|tap doan|cong ty|doanh nghiep|vnpt|viettel|mobifone|bch|bo chi huy|kho bac|benh vien|ttyt|trung doan|ap|khu pho)\b/;

const GENERIC = /^(so|ban|nganh|dia phuong|xa|phuong|don vi|co quan|doan the|to chuc|huyen|thi xa|thanh pho|dac khu)\b/;

const ABBREVIATIONS: [RegExp, string][] = [
  [/khoa hoc (va|&) cong nghe|kh ?& ?cn|khcn/g, "khcn"],
  [/uy ban nhan dan|ubnd/g, "ubnd"],
  [/van hoa ?(-|va)? ?xa hoi|vh ?- ?xh|vhxh/g, "vhxh"],
  [/phat thanh( va|,)? truyen hinh|ptth/g, "ptth"],
  [/hanh chinh cong|hcc/g, "hcc"],
  [/phuc vu|pv/g, "pv"],
  [/thong tin (va|&) truyen thong|tt ?& ?tt/g, "tttt"],
  [/thanh nien cong san ho chi minh|tncs hcm/g, "tncshcm"],
  [/hoi dong nhan dan|hdnd/g, "hdnd"],
];

export const agencyKey = memoText(keyOfAgency);
function keyOfAgency(text: string): string {
  let s = foldText(text).replace(/\([^)]*\)/g, " ");
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  return s.replace(/[^a-z0-9]+/g, "");
}

function isCollective(text: string): boolean {
  const f = foldText(text.replace(/\([^)]*\)/g, " "));
  return /\b(cac|nhung|tat ca|toan bo|moi)\b/.test(f) || /^(dia phuong|so, nganh|so nganh)/.test(f);
}

/** Splits on ";" and line breaks, then on commas only where a new agency's name starts (remembered: callers only read the answer). */
export const splitAgencies = memoText(splitCell);
function splitCell(cell: string): Agency[] {
  const out: Agency[] = [];
  // Commas and semicolons inside parentheses belong to the agency ("Văn phòng UBND tỉnh (Trung tâm PV HCC)").
  let depth = 0;
  let protectedText = "";
  for (const ch of cell.normalize("NFC")) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    protectedText += depth > 0 && (ch === "," || ch === ";") ? (ch === "," ? "\u0001" : "\u0002") : ch;
  }
  const pieces = protectedText
    .split(/[;\n\r]+/)
    .flatMap((p) => p.split(/\s+(?:và|cùng)\s+(?=các\b)/i));
  for (const piece of pieces) {
    const parts = piece.split(",").map((s) => s.trim()).filter(Boolean);
    let current = "";
    for (const part of parts) {
      const f = foldText(part);
      // "Các sở, ban, ngành tỉnh": after a collective, bare plural nouns continue it.
      const continuesCollective = /^(cac|nhung)\b/.test(foldText(current)) && GENERIC.test(f) && f.split(" ").length <= 3;
      if (current && HEADS.test(f) && !continuesCollective) {
        out.push(make(current));
        current = part;
      } else current = current ? `${current}, ${part}` : part;
    }
    if (current) out.push(make(current));
  }
  return out.filter((a) => a.key !== "");
}

function make(raw: string): Agency {
  const text = raw.replace(/\u0001/g, ",").replace(/\u0002/g, ";").replace(/\s+/g, " ").replace(/[.,;]+$/, "").trim();
  return { text, collective: isCollective(text), key: agencyKey(text) };
}
