// What a row of a table is, tested once: footers and signatures, column numbering, group headings, Roman
// pillar headings, totals, plan headings, bullets with their own target, explanation lines.
import { foldText } from "../values";

const ROMAN = /^(i{1,3}|iv|v|vi{0,3}|ix|x)\s*[.):\-–]\s*\S/i;
export const ROMAN_PILLAR = /^(i{1,3}|iv|vi?)\s*[.):\-–]\s*(\S.*)$/i;
export const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };
const FOOTER = /^(ghi chu\s*:|chu thich\s*:|noi nhan\b|nguoi lap\b|xac nhan\b|tm\.? ?(uy ban|ubnd|dang uy)\b|(kt\.? ?)?(pho )?(chu tich|giam doc|bi thu)\.?$)/;
const TOTAL = /^(tong|tong cong|cong|tong diem|tong so diem|tong chi so( thanh phan)?|tong so)$|^(tong diem|tong cong|tong so diem|tong chi so thanh phan)\b/;
const PLAN_HEADING = /^(muc tieu( chung| cu the)?|chi tieu( cu the| chu yeu)?|nhiem vu( trong tam| chu yeu)?|giai phap( thuc hien)?|to chuc thuc hien|muc dich|yeu cau|quan diem|pham vi|doi tuong( ap dung)?|noi dung( thuc hien)?|kinh phi( thuc hien)?)\s*[:.]?$/;

type Texts = readonly { text: string }[];

/** "Ghi chú:", "Nơi nhận", a signature block: the table has ended. */
export function isFooter(text: string): boolean {
  return FOOTER.test(foldText(text));
}

/** "(1) (2) (3) …" or "1 2 3 …" under a header numbers the columns. */
export function isColumnNumbers(texts: Texts): boolean {
  return texts.length >= 3 && texts.every((t) => /^[([]?\d{1,2}[)\]]?$/.test(t.text));
}

/** "I. NHÓM CHỈ TIÊU … (06)", "Nhóm 2": a group heading (strictly: it names a group or declares a count). */
export function isGroupHeading(texts: Texts, strict = false): boolean {
  if (!texts.length || texts.length > 2) return false;
  const t = texts[0].text;
  const f = foldText(t);
  const opens = ROMAN.test(t) || /^nhom\b/.test(f);
  return opens && (!strict || /\bnhom\b/.test(f) || /\(\d+\)\s*$/.test(t));
}

/** The count a group heading declares: "(06)" → 6. */
export function declaredCount(text: string): number | null {
  const m = /\((\d+)\)\s*$/.exec(text);
  return m ? Number(m[1]) : null;
}

/** "Tổng điểm", "Tổng cộng": a total row's label. */
export function isTotalLabel(text: string): boolean {
  return TOTAL.test(foldText(text));
}

/** "Mục tiêu chung", "Giải pháp": a plan's section title, numbered like an indicator but not one. */
export function isPlanHeading(name: string): boolean {
  return PLAN_HEADING.test(foldText(name));
}

/** A "-" (or "+", "•") bullet line. */
export function isBullet(text: string): boolean {
  return /^[-–+•]\s*\S/.test(text);
}

/** "a) …", "b) …": an explanation under the criterion above. */
export function isExplanation(text: string): boolean {
  return /^[a-zđ]\)\s/.test(text);
}

/** A numbered heading of a plan's text ("I. …", "1. …", "1.1. …", "a) …"). */
export function isNumberedHeading(text: string): boolean {
  return /^([IVX]+|\d+(\.\d+)*|[a-zđ])[.)]\s+\S/i.test(text);
}
