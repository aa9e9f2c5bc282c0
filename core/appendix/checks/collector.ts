// Collects findings as data: the rule (severity from the rules table), the cell, the indicator, and data
// parameters; the message is worded from them, with language-dependent words kept out of the data.
import { getPillar } from "../../catalog";
import { formatMessage, formatNumber, formatPercent, type Lang } from "../../i18n";
import type { Level } from "../table";
import { RULES, severityOf, type RuleId, type Severity } from "./rules";

export type Params = Record<string, string | number | null>;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** A1 address, or null when the finding is about the table as a whole (a missing indicator). */
  cell: string | null;
  /** 1-based sheet row, or null. */
  row: number | null;
  /** The indicator's code in the table's edition (or as written, when unrecognised). */
  code: string | null;
  key: string | null;
  message: string;
  /** The data behind the message (codes, numbers, cells, texts from the sheet), for tests and machines. */
  params: Params;
}

export type Who = { code: string | null; key: string | null } | null;

/** Words a message needs that depend on the language: derived from the data, never stored in it. */
function wording(params: Params, lang: Lang): Params {
  const out: Params = {};
  if (typeof params.thresholdValue === "number") out.threshold = params.rate ? `${formatNumber(params.thresholdValue, lang)}/1.000` : formatPercent(params.thresholdValue, lang);
  if (typeof params.forgoneShare === "number") out.share = formatPercent(params.forgoneShare, lang);
  if (typeof params.n === "number" && params.expectedPillar === undefined) {
    const p = getPillar(params.n);
    if (p) out.expected = lang === "en" ? p.en : p.vi;
  }
  return out;
}

export class Collector {
  readonly findings: Finding[] = [];
  /** The rules the running check declared; a check raising another is a defect, caught by the tests. */
  private allowed: readonly RuleId[] | null = null;
  constructor(private readonly lang: Lang, private readonly level: Level = "province") {}

  /** Runs a check that may raise only the rules it declared. */
  within<T>(rules: readonly RuleId[], run: () => T): T {
    const outer = this.allowed;
    this.allowed = rules;
    try {
      return run();
    } finally {
      this.allowed = outer;
    }
  }

  add(rule: RuleId, cell: { address: string } | null, who: Who, params: Params = {}, variant?: string): void {
    if (this.allowed && !this.allowed.includes(rule)) throw new Error(`rule ${rule} is not declared by the check raising it`);
    const key = variant ?? RULES[rule].messages[0];
    if (!RULES[rule].messages.includes(key)) throw new Error(`rule ${rule} has no message ${key}`);
    this.findings.push({
      rule,
      severity: severityOf(rule, this.level),
      cell: cell?.address ?? null,
      row: cell ? Number(/\d+$/.exec(cell.address)![0]) : null,
      code: who?.code ?? null,
      key: who?.key ?? null,
      message: formatMessage(key, { ...params, ...wording(params, this.lang) }, this.lang),
      params,
    });
  }
}
