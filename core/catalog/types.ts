// The shape of the indicator catalog: one entry per indicator, codes and maxima per edition.

export type EditionId = "draft-2025" | "qd405-29";
export type Letter = "a" | "b" | "c" | "d";

export type Rule =
  | { kind: "proportional" }
  | { kind: "threshold"; t: number; byYear?: readonly { from: number; to: number; t: number }[] }
  | { kind: "all-or-nothing" }
  | { kind: "checklist"; weights: readonly number[] }
  | { kind: "rate-threshold"; t: number };

/** ratio = (sum of num letters) / (sum of den letters); `pairs` are [part, whole] that must hold part ≤ whole. */
export interface RatioFormula {
  num: readonly Letter[];
  den: readonly Letter[];
  /** A share of a whole (≤ 100 %); false for rates such as enterprises per 1000 people. */
  share: boolean;
  pairs?: readonly (readonly [Letter, Letter])[];
}

export interface InputMeaning {
  letter: Letter;
  vi: string;
  en: string;
}

export interface Indicator {
  key: string;
  pillar: 1 | 2 | 3 | 4 | 5 | 6;
  /** Name as each edition writes it; `vi` of the draft is the default. */
  names: Partial<Record<EditionId, string>>;
  en: string;
  /** Phrases that name the indicator in running prose ("chữ ký số"), for reading plan bodies. */
  keywords: readonly string[];
  /** Other wordings seen in real documents (commune appendices, extracted tables). */
  aliases: readonly string[];
  /** null: no source publishes a rule for this indicator. */
  rule: Rule | null;
  ratio: RatioFormula | null;
  inputs: readonly InputMeaning[];
  /** Why the formula reads as it does, where the source is wrong or silent. */
  note?: { vi: string; en: string };
}

export interface Edition {
  id: EditionId;
  vi: string;
  en: string;
  /** code → indicator key, in the edition's order. */
  codes: readonly (readonly [string, string])[];
  /** key → maximum points; missing key: not published. */
  maxima: Readonly<Record<string, number>>;
  pillarMaxima: Readonly<Record<number, number>>;
}

export interface Pillar {
  n: 1 | 2 | 3 | 4 | 5 | 6;
  vi: string;
  en: string;
  /** Wordings of the pillar heading that are accepted as the same pillar. */
  aliases: readonly string[];
}
