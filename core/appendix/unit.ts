// The unit a submitted table belongs to, read from its title: "UBND xã Đại Phước" → "Xã Đại Phước", "Sở Y tế".
import { foldText } from "../values";

const LEVELS: [RegExp, string][] = [
  [/^thi xa\b/, "Thị xã"],
  [/^thi tran\b/, "Thị trấn"],
  [/^thanh pho\b/, "Thành phố"],
  [/^dac khu\b/, "Đặc khu"],
  [/^tinh\b/, "Tỉnh"],
  [/^huyen\b/, "Huyện"],
  [/^phuong\b/, "Phường"],
  [/^xa\b/, "Xã"],
];
// Where a unit's name stops: punctuation, or the words that follow a name in a title.
const STOP = /^(nam|ve|ngay|thang|den|theo|kem|tai|trong|so|dot|quy|cac|nhung|va)$/;
// Two-word phrases that start the rest of a title, not a name ("… Yên Hùng CÁC CHỈ TIÊU", "… Y tế BÁO CÁO").
const STOP2 = /^(giai doan|chi tieu|chi so|bao cao|ke hoach|phu luc|chuyen doi|danh gia|tong hop|muc tieu|nhiem vu|ket qua|thuc hien|phan cong)$/;

function stopsAt(words: readonly string[], i: number): boolean {
  const w = foldText(words[i].replace(/[),;.:"“”]+$/, ""));
  if (STOP.test(w) || /^[(\d]/.test(words[i]) || /^[IVX]+\.$/.test(words[i])) return true;
  const next = words[i + 1] ? foldText(words[i + 1].replace(/[),;.:"“”]+$/, "")) : "";
  return STOP2.test(`${w} ${next}`);
}

function titleCase(word: string): string {
  return word.length <= 1 ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1).toLowerCase();
}

/** The name after a level word: at most five words, up to punctuation or a word that ends a name. */
function nameAfter(text: string): string | null {
  const words: string[] = [];
  const all = text.split(/\s+/).filter(Boolean);
  // In capitals a name's end cannot be seen: place names have at most three words.
  const max = all.slice(0, 3).every((w) => w === w.toUpperCase()) ? 3 : 5;
  for (let i = 0; i < all.length; i++) {
    const w = all[i];
    const clean = w.replace(/[),;.:"“”]+$/, "");
    if (!clean || stopsAt(all, i)) break;
    words.push(clean);
    if (clean !== w || words.length >= max) break;
  }
  if (!words.length) return null;
  // An all-capitals title names the unit in capitals: write it the usual way.
  return words.map((w) => (w === w.toUpperCase() ? titleCase(w) : w)).join(" ");
}

/**
 * The unit named by a title: a province, district or commune after "UBND" / "Ủy ban nhân dân" / "của",
 * or a department ("Sở …", "Văn phòng …", "Công an …"). Null when the title names none.
 */
export function unitFromTitle(title: string): string | null {
  const t = title.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!t) return null;
  const f = foldText(t);
  // Folding keeps the length, so positions found in the folded text hold in the original.
  if (f.length !== t.length) return null;
  const anchors = [...f.matchAll(/\b(ubnd|uy ban nhan dan|cua|thuoc)\s+/g)];
  for (const a of anchors) {
    const at = a.index! + a[0].length;
    const rest = f.slice(at);
    for (const [re, label] of LEVELS) {
      const m = re.exec(rest);
      if (!m) continue;
      const name = nameAfter(t.slice(at + m[0].length).trim());
      if (name) return `${label} ${name}`;
    }
  }
  // "Sở …" (not "Số …", which folds the same), "Văn phòng …", "Công an …".
  const dept = /\b(so|van phong|cong an|ban quan ly|trung tam)\s+(?=\S)/.exec(f);
  if (dept && dept.index !== undefined && (dept[1] !== "so" || /^s[ởỞ]/i.test(t.slice(dept.index)))) {
    const words = t.slice(dept.index).split(/\s+/).filter(Boolean);
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const clean = words[i].replace(/[),;.:"“”]+$/, "");
      if (out.length && stopsAt(words, i)) break;
      out.push(clean);
      if (clean !== words[i] || out.length >= 7) break;
    }
    if (out.length >= 2) return out.map((w) => (w === w.toUpperCase() && w.length > 1 && !/&/.test(w) ? titleCase(w) : w)).join(" ");
  }
  return null;
}
