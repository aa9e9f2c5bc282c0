// `dti score` and `dti target`: the custom functions on the command line, one call or many lines from stdin.
import { callFunction, type Result } from "../core/functions";
import { CellError } from "../core/errors";
import { formatMessage, formatNumber, type Lang } from "../core/i18n";
import { resolveIndicator } from "../core/catalog";
import { readArgument } from "../core/values";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  readStdin: () => Promise<string>;
}

export interface ScoreOptions {
  year?: string;
  edition?: string;
  lang: Lang;
  /** "vi": 19,9; default: 19.9 so other programs can read the output. */
  format?: string;
}

export function formatResult(r: Result, o: ScoreOptions): string {
  if (r instanceof CellError) return `${r.code} ${formatMessage(r.key, r.params, o.lang)}`;
  if (typeof r === "number") return o.format === "vi" ? formatNumber(r, "vi", 6) : String(r);
  if (typeof r === "boolean") return r ? "TRUE" : "FALSE";
  return r;
}

/** Scores one line of arguments; they pass the gate's command-line reading ("1.2" is a decimal there). */
function scoreOne(code: string, given: readonly string[], o: ScoreOptions): Result {
  // Rows copied from a sheet end in empty cells: those are not inputs.
  const inputs = [...given];
  while (inputs.length && inputs[inputs.length - 1].trim() === "") inputs.pop();
  if (inputs.length > 4) {
    const r = resolveIndicator(code, o.edition ?? null);
    if (r instanceof CellError) return r;
    const letters = r.indicator.inputs.map((x) => x.letter);
    return new CellError("VALUE", "tooManyInputs", { code: r.code, count: letters.length, letters: letters.join(", ") });
  }
  const [a = null, b = null, c = null, d = null] = inputs.map(readArgument);
  return callFunction("SCORE", [code, a, b, c, d, o.year ?? null, o.edition ?? null]) as Result;
}

export async function runScore(positional: readonly string[], o: ScoreOptions, io: Io): Promise<number> {
  if (positional.length === 1 && positional[0] === "-") {
    let text: string;
    try {
      text = await io.readStdin();
    } catch (e) {
      // A folder, or input that cannot be read, is said so: exit 2, never a silent success.
      io.err(formatMessage("stdinUnreadable", { reason: (e as NodeJS.ErrnoException).code ?? String(e) }, o.lang));
      return 2;
    }
    let failed = false;
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === "") lines.pop();
    for (const line of lines) {
      // One output line per input line, so results stay aligned with their rows; a blank row stays blank.
      if (line.trim() === "") {
        io.out("");
        continue;
      }
      const [code, ...inputs] = line.split("\t");
      const r = scoreOne(code, inputs, o);
      if (r instanceof CellError) failed = true;
      io.out(formatResult(r, o));
    }
    return failed ? 2 : 0;
  }
  if (positional.length < 2) {
    io.err(o.lang === "en" ? "Usage: dti score CODE A [B] [C] [D] [--year Y] [--edition E]" : "Cách dùng: dti score MÃ A [B] [C] [D] [--year NĂM] [--edition BỘ]");
    return 2;
  }
  const r = scoreOne(positional[0], positional.slice(1), o);
  if (r instanceof CellError) {
    io.err(formatResult(r, o));
    return 2;
  }
  io.out(formatResult(r, o));
  return 0;
}

export function runTarget(positional: readonly string[], o: ScoreOptions, io: Io): number {
  if (positional.length !== 2) {
    io.err(o.lang === "en" ? "Usage: dti target \"TARGET TEXT\" ACTUAL" : "Cách dùng: dti target \"MỤC TIÊU\" GIÁ_TRỊ_THỰC_TẾ");
    return 2;
  }
  const r = callFunction("TARGET", [positional[0], readArgument(positional[1])]) as Result;
  if (r instanceof CellError) {
    io.err(formatResult(r, o));
    return 2;
  }
  io.out(formatResult(r, o));
  return 0;
}
