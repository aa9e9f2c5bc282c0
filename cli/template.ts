// `dti template -o FILE.xlsx`: the pane's "insert a template" over a new workbook file; type the inputs, then `dti fill` scores it.
import { DEFAULT_EDITION, listIndicators } from "../core/catalog";
import { insertTemplate } from "../core/host/operations";
import { formatMessage, registerMessages, type Lang } from "../core/i18n";
import { NewBook } from "../files/book";
import { editionOption, guardOutput, writeOut } from "./output";
import type { Io } from "./score";

registerMessages("vi", {
  templateUsage: "Cách dùng: dti template -o MẪU.xlsx [--edition BỘ] [--lang vi|en]",
  templateDone: "Đã ghi mẫu {file}: {count} chỉ số. Nhập số liệu a, b, c, d rồi chạy: dti fill {file} -o KẾT_QUẢ.xlsx",
});
registerMessages("en", {
  templateUsage: "Usage: dti template -o TEMPLATE.xlsx [--edition E] [--lang vi|en]",
  templateDone: "Wrote template {file}: {count} indicators. Enter inputs a, b, c, d, then run: dti fill {file} -o RESULT.xlsx",
});

export interface TemplateOptions { lang: Lang; edition?: string; output?: string; force?: boolean }

export async function runTemplate(o: TemplateOptions, io: Io): Promise<number> {
  if (!o.output) {
    io.err(formatMessage("templateUsage", {}, o.lang));
    return 2;
  }
  const edition = editionOption(o.edition, o.lang, io);
  if (edition === null) return 2;
  if (!(await guardOutput(o.output, [], o.force ?? false, o.lang, io))) return 2;
  const book = new NewBook();
  const chosen = edition ?? DEFAULT_EDITION;
  insertTemplate(book, { edition: chosen, lang: o.lang });
  if (!(await writeOut(o.output, () => book.save(), o.lang, io))) return 2;
  io.out(formatMessage("templateDone", { file: o.output, count: listIndicators(chosen).length }, o.lang));
  return 0;
}
