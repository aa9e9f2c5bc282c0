// Checks the built-in catalog's data with zod (run by the tests and the build, not shipped in bundles).
import * as z from "zod";
import { EDITIONS, INDICATORS, PILLARS } from "./indicators";

const letter = z.enum(["a", "b", "c", "d"]);
const rule = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("proportional") }),
  z.object({
    kind: z.literal("threshold"),
    t: z.number().positive().max(1),
    byYear: z.array(z.object({ from: z.number().int(), to: z.number().int(), t: z.number().positive().max(1) })).optional(),
  }),
  z.object({ kind: z.literal("all-or-nothing") }),
  z.object({ kind: z.literal("checklist"), weights: z.array(z.number().positive()).min(1).max(4) }),
  z.object({ kind: z.literal("rate-threshold"), t: z.number().positive() }),
]);

const indicator = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    pillar: z.number().int().min(1).max(6),
    names: z.object({ "draft-2025": z.string().min(5).optional(), "qd405-29": z.string().min(5).optional() }),
    en: z.string().min(5),
    aliases: z.array(z.string().min(5)),
    keywords: z.array(z.string().min(2)).min(1),
    rule: rule.nullable(),
    ratio: z
      .object({ num: z.array(letter).min(1), den: z.array(letter).min(1), share: z.boolean(), pairs: z.array(z.tuple([letter, letter])).optional() })
      .nullable(),
    inputs: z.array(z.object({ letter, vi: z.string().min(3), en: z.string().min(3) })),
    note: z.object({ vi: z.string(), en: z.string() }).optional(),
  })
  .refine((i) => i.names["draft-2025"] || i.names["qd405-29"], "an indicator needs a name")
  .refine((i) => i.rule === null || i.rule.kind === "checklist" || i.ratio !== null, "a ratio rule needs a ratio formula")
  .refine(
    (i) => i.rule?.kind !== "checklist" || Math.abs(i.rule.weights.reduce((s, w) => s + w, 0) - 1) < 1e-9,
    "checklist weights sum to 1",
  )
  .refine((i) => i.rule?.kind !== "checklist" || i.rule.weights.length === i.inputs.length, "one input per criterion")
  .refine(
    (i) => !i.ratio || [...i.ratio.num, ...i.ratio.den].every((l) => i.inputs.some((x) => x.letter === l)),
    "every ratio letter has a meaning",
  );

const edition = z.object({
  id: z.enum(["draft-2025", "qd405-29"]),
  vi: z.string(),
  en: z.string(),
  codes: z.array(z.tuple([z.string().regex(/^[1-6]\.\d$/), z.string()])),
  maxima: z.record(z.string(), z.number().positive()),
  pillarMaxima: z.record(z.string(), z.number().positive()),
});

/** Returns the list of problems in the built-in catalog (empty when it is sound). */
export function checkCatalog(): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const i of INDICATORS) {
    const r = indicator.safeParse(i);
    if (!r.success) problems.push(`${i.key}: ${r.error.issues.map((x) => x.message).join("; ")}`);
    if (keys.has(i.key)) problems.push(`${i.key}: duplicate key`);
    keys.add(i.key);
  }
  if (PILLARS.length !== 6) problems.push("there must be 6 pillars");
  for (const e of EDITIONS) {
    const r = edition.safeParse(e);
    if (!r.success) problems.push(`${e.id}: ${r.error.issues.map((x) => x.message).join("; ")}`);
    const seenCodes = new Set<string>();
    const seenKeys = new Set<string>();
    for (const [code, key] of e.codes) {
      if (seenCodes.has(code)) problems.push(`${e.id}: code ${code} twice`);
      if (seenKeys.has(key)) problems.push(`${e.id}: key ${key} twice`);
      seenCodes.add(code);
      seenKeys.add(key);
      const ind = INDICATORS.find((i) => i.key === key);
      if (!ind) problems.push(`${e.id}: ${code} → unknown key ${key}`);
      else if (Number(code[0]) !== ind.pillar) problems.push(`${e.id}: ${code} is not in pillar ${ind.pillar}`);
      if (ind && e.maxima[key] !== undefined && ind.rule === null) problems.push(`${e.id}: ${code} has a maximum but no rule`);
    }
    for (const key of Object.keys(e.maxima)) if (!seenKeys.has(key)) problems.push(`${e.id}: maximum for ${key} outside the edition`);
    const total = Object.values(e.pillarMaxima).reduce((s, v) => s + v, 0);
    if (total !== 1000) problems.push(`${e.id}: pillar maxima sum to ${total}, not 1000`);
    // Where every indicator of a pillar has a published maximum, they must add up to the pillar's.
    for (const p of PILLARS) {
      const inPillar = e.codes.filter(([c]) => c.startsWith(`${p.n}.`));
      if (inPillar.every(([, k]) => e.maxima[k] !== undefined)) {
        const sum = inPillar.reduce((s, [, k]) => s + e.maxima[k], 0);
        if (sum !== e.pillarMaxima[p.n]) problems.push(`${e.id}: pillar ${p.n} indicators sum to ${sum}, not ${e.pillarMaxima[p.n]}`);
      }
    }
  }
  return problems;
}
