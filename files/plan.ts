// Reads a plan's text for `dti check --plan`: plain text, or a Word .docx (its paragraphs, via jszip).
import JSZip from "jszip";
import { Refusal } from "../core/errors";
import { registerMessages } from "../core/i18n";
import { readRegularFile } from "./disk";

registerMessages("vi", { planFormat: "Không đọc được kế hoạch {file}: hãy dùng tệp .docx hoặc .txt (PDF và .doc cũ: lưu lại dạng .docx)" });
registerMessages("en", { planFormat: "Cannot read the plan {file}: use a .docx or .txt file (PDF and old .doc: save as .docx)" });

/** A plan is a document of a few hundred KB; 20 MB is far more than any, and a device or pipe is never read. */
export const PLAN_LIMIT = 20 * 1024 * 1024;

function decode(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<w:br\/>/g, "\n")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export async function readPlanText(file: string): Promise<string> {
  const buf = await readRegularFile(file, PLAN_LIMIT, "vi");
  if (buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const zip = await JSZip.loadAsync(buf).catch(() => null);
    const doc = zip?.file("word/document.xml");
    if (!doc) throw new Refusal("planFormat", { file });
    return decode(await doc.async("string"));
  }
  if (buf.subarray(0, 5).toString("latin1") === "%PDF-" || buf.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new Refusal("planFormat", { file });
  }
  const text = buf.toString("utf8");
  if (text.includes("\u0000")) throw new Refusal("planFormat", { file });
  return text;
}
