// What every command that writes a file shares: the output checked before any work, written atomically,
// a failure said in one sentence; and the --edition option read once.
import { resolveEdition, type EditionId } from "../core/catalog";
import { CellError, isRefusal } from "../core/errors";
import { formatMessage, registerMessages, type Lang } from "../core/i18n";
import { checkOutput, writeAtomic } from "../files/disk";
import type { Io } from "./score";

registerMessages("vi", {
  cannotWrite: "Không ghi được tệp {file}: kiểm tra thư mục có tồn tại và có quyền ghi, tệp không đang mở trong Excel",
  cannotBuild: "Không tạo được nội dung cho {file}: {reason}",
});
registerMessages("en", {
  cannotWrite: "Cannot write {file}: check that the folder exists and is writable, and the file is not open in Excel",
  cannotBuild: "Could not build the contents of {file}: {reason}",
});

/** The sentence for a refusal (worded for this file), or `fallback` for anything else. */
export function describeError(e: unknown, lang: Lang, fallback: { key: string; params: Record<string, string | number> }, extra: Record<string, string | number> = {}): string {
  return isRefusal(e) ? e.describe(lang, extra) : formatMessage(fallback.key, fallback.params, lang);
}

/** The --edition option: undefined (detect it), an edition, or null after telling the user it is wrong. */
export function editionOption(v: string | undefined, lang: Lang, io: Io): EditionId | undefined | null {
  if (!v) return undefined;
  const e = resolveEdition(v);
  if (e instanceof CellError) {
    io.err(`${e.code} ${formatMessage(e.key, e.params, lang)}`);
    return null;
  }
  return e.id;
}

/** Writes an output file atomically, or says in the user's language what failed (the previous file stays). */
export async function writeOut(file: string, data: () => Promise<Buffer | string>, lang: Lang, io: Io): Promise<boolean> {
  let bytes: Buffer | string;
  try {
    bytes = await data();
  } catch (e) {
    io.err(describeError(e, lang, { key: "cannotBuild", params: { file, reason: e instanceof Error ? e.message : String(e) } }, { file }));
    return false;
  }
  try {
    await writeAtomic(file, bytes, lang);
    return true;
  } catch (e) {
    io.err(describeError(e, lang, { key: "cannotWrite", params: { file } }));
    return false;
  }
}

/** Refuses an output that is an input or an existing file (without --force), before any work. */
export async function guardOutput(output: string, inputs: readonly string[], force: boolean, lang: Lang, io: Io): Promise<boolean> {
  try {
    await checkOutput(output, inputs, force, lang);
    return true;
  } catch (e) {
    if (!isRefusal(e)) throw e;
    io.err(e.describe(lang));
    return false;
  }
}
