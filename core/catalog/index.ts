// Looks indicators up by code or key in an edition: the catalog as the rest of the core sees it.
import { CellError, naError } from "../errors";
import { toCode, type Raw } from "../values";
import { DEFAULT_EDITION, EDITIONS, INDICATORS, PILLARS } from "./indicators";
import type { Edition, EditionId, Indicator, Pillar } from "./types";

export * from "./types";
export { DEFAULT_EDITION, EDITIONS, INDICATORS, PILLARS };

const BY_KEY = new Map(INDICATORS.map((i) => [i.key, i]));
const EDITION_BY_ID = new Map(EDITIONS.map((e) => [e.id, e]));
const CODE_MAPS = new Map(EDITIONS.map((e) => [e.id, new Map(e.codes)]));
const KEY_TO_CODE = new Map(EDITIONS.map((e) => [e.id, new Map(e.codes.map(([c, k]) => [k, c]))]));

const EDITION_ALIASES: Record<string, EditionId> = {
  "draft-2025": "draft-2025", draft: "draft-2025", "du-thao": "draft-2025", "dự thảo": "draft-2025", "2025": "draft-2025", "27": "draft-2025",
  "qd405-29": "qd405-29", qd405: "qd405-29", "405": "qd405-29", "29": "qd405-29", "qđ405": "qd405-29", "qđ 405": "qd405-29",
};

/** Reads an edition argument; blank means the default edition. */
export function resolveEdition(v: Raw): Edition | CellError {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return EDITION_BY_ID.get(DEFAULT_EDITION)!;
  const id = EDITION_ALIASES[String(v).normalize("NFC").trim().toLowerCase()];
  if (!id) return naError("unknownEdition", { edition: String(v) });
  return EDITION_BY_ID.get(id)!;
}

export function getEdition(id: EditionId): Edition {
  return EDITION_BY_ID.get(id)!;
}

export function getIndicator(key: string): Indicator | undefined {
  return BY_KEY.get(key);
}

export function keyForCode(edition: EditionId, code: string): string | undefined {
  return CODE_MAPS.get(edition)!.get(code);
}

export function codeForKey(edition: EditionId, key: string): string | undefined {
  return KEY_TO_CODE.get(edition)!.get(key);
}

export function maxFor(edition: EditionId, key: string): number | null {
  return getEdition(edition).maxima[key] ?? null;
}

export function nameIn(edition: EditionId, ind: Indicator): string {
  return ind.names[edition] ?? ind.names["draft-2025"] ?? ind.names["qd405-29"]!;
}

export function getPillar(n: number): Pillar | undefined {
  return PILLARS.find((p) => p.n === n);
}

/** One indicator as an edition sees it. */
export interface Resolved {
  indicator: Indicator;
  code: string;
  edition: Edition;
  /** null: not published in this edition. */
  max: number | null;
}

/** Resolves a code ("6.3", 6.3) or a key within an edition, or explains why not. */
export function resolveIndicator(codeArg: Raw, editionArg?: Raw): Resolved | CellError {
  const edition = resolveEdition(editionArg);
  if (edition instanceof CellError) return edition;
  const code = toCode(codeArg);
  if (code === null) return naError("missingCode");
  if (code instanceof CellError) return naError("unknownCode", { code: String(codeArg), edition: edition.id });
  let key = keyForCode(edition.id, code);
  if (!key && BY_KEY.has(code) && codeForKey(edition.id, code)) key = code;
  if (!key) return naError("unknownCode", { code: String(codeArg).trim(), edition: edition.id });
  return {
    indicator: BY_KEY.get(key)!,
    code: codeForKey(edition.id, key)!,
    edition,
    max: edition.maxima[key] ?? null,
  };
}

/** The edition's indicators, in order. */
export function listIndicators(edition: EditionId): Resolved[] {
  const e = getEdition(edition);
  return e.codes.map(([code, key]) => ({ indicator: BY_KEY.get(key)!, code, edition: e, max: e.maxima[key] ?? null }));
}
