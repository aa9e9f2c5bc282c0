// One checked file as the command line reports it: the desk's entry, read by the text, HTML and summary outputs.
import { PILLARS } from "../core/catalog";
import type { CheckReport } from "../core/appendix/validate";

export interface FileReport extends CheckReport {
  file: string;
}

/** One submitted file: its report, or why it could not be read. */
export interface DeskEntry {
  file: string;
  /** The name shown (relative to the folder given). */
  name: string;
  report: FileReport | null;
  error: string | null;
}

/** The numbers of a summary row, shared by the workbook, the HTML table and the tests. */
export function summaryRow(e: DeskEntry) {
  const r = e.report;
  const count = (s: string) => r?.findings.filter((f) => f.severity === s).length ?? null;
  const p26 = r?.projection["2026"] ?? null;
  return {
    name: e.name,
    sheet: r?.sheet ?? null,
    unit: r?.unit ?? null,
    level: r?.level ?? null,
    edition: r?.edition ?? null,
    recognised: r ? r.indicators.filter((i) => i.key).length : null,
    errors: count("error"),
    warnings: count("warning"),
    notes: count("info"),
    pillars: PILLARS.map((p) => p26?.pillars[String(p.n)] ?? null),
    total2026: p26 ? p26.total : null,
    total2030: r?.projection["2030"]?.total ?? null,
    status: e.error,
  };
}
