// The catalog's data: both editions, maxima, codes per edition, lookups.
import { describe, expect, it } from "vitest";
import { EDITIONS, INDICATORS, getEdition, listIndicators, resolveIndicator } from "../../core/catalog";
import { checkCatalog } from "../../core/catalog/schema";
import { CellError } from "../../core/errors";

describe("catalog", () => {
  it("passes its own zod schema and consistency checks", () => {
    expect(checkCatalog()).toEqual([]);
  });

  it("has 27 indicators in draft-2025 and 29 in qd405-29", () => {
    expect(getEdition("draft-2025").codes).toHaveLength(27);
    expect(getEdition("qd405-29").codes).toHaveLength(29);
  });

  it("draft-2025 pillar maxima and indicator maxima both sum to 1000", () => {
    const d = getEdition("draft-2025");
    expect(Object.values(d.pillarMaxima).reduce((s, v) => s + v, 0)).toBe(1000);
    expect(Object.values(d.maxima).reduce((s, v) => s + v, 0)).toBe(1000);
    expect(d.pillarMaxima).toEqual({ 1: 200, 2: 100, 3: 100, 4: 200, 5: 200, 6: 200 });
  });

  it("qd405-29 publishes no per-indicator maxima for pillars 3 and 4", () => {
    for (const r of listIndicators("qd405-29")) {
      if (r.indicator.pillar === 3 || r.indicator.pillar === 4) expect(r.max).toBeNull();
      else expect(r.max).toBe(getEdition("draft-2025").maxima[r.indicator.key]);
    }
  });

  it("maps the same indicator to different codes per edition", () => {
    const usage = resolveIndicator("4.3", "draft-2025") as { indicator: { key: string } };
    const usage405 = resolveIndicator("4.4", "qd405-29") as { indicator: { key: string } };
    expect(usage.indicator.key).toBe("online-service-usage");
    expect(usage405.indicator.key).toBe("online-service-usage");
    expect((resolveIndicator("3.3", "qd405-29") as { indicator: { key: string } }).indicator.key).toBe("security-inspection");
  });

  it("resolves codes given as numbers, text with a comma, and keys; refuses unknown ones", () => {
    expect((resolveIndicator(6.3) as { code: string }).code).toBe("6.3");
    expect((resolveIndicator("6,3") as { code: string }).code).toBe("6.3");
    expect((resolveIndicator("digital-signatures") as { code: string }).code).toBe("6.3");
    const e = resolveIndicator("9.9");
    expect(e).toBeInstanceOf(CellError);
    expect((e as CellError).type).toBe("NA");
    expect((resolveIndicator("4.7") as CellError).type).toBe("NA");
    expect((resolveIndicator("4.7", "qd405-29") as { indicator: { key: string } }).indicator.key).toBe("digital-government-budget");
    expect((resolveIndicator("6.3", "nope") as CellError).key).toBe("unknownEdition");
  });

  it("every indicator is used by at least one edition", () => {
    const used = new Set(EDITIONS.flatMap((e) => e.codes.map(([, k]) => k)));
    expect(INDICATORS.filter((i) => !used.has(i.key)).map((i) => i.key)).toEqual([]);
  });
});
