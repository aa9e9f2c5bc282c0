// Reads a plan's text for `dti check --plan`: plain text, or a Word .docx (its paragraphs, via jszip).
import JSZip from "jszip";
import { FileRefusal, readRegularFile } from "./files";
import { FileError, type FileProblem } from "./xlsx";

/** A plan is a document of a few hundred KB; 20 MB is far more than any, and a device or pipe is never read. */
export const PLAN_LIMIT = 20 * 1024 * 1024;

export class PlanError extends Error {
  constructor(readonly key: "planFormat") {
    super(key);
  }
}

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
  let buf: Buffer;
  try {
    buf = await readRegularFile(file, PLAN_LIMIT, "vi");
  } catch (e) {
    if (e instanceof FileRefusal) throw new FileError(e.key as FileProblem, file, e.params);
    throw e;
  }
  if (buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const zip = await JSZip.loadAsync(buf).catch(() => null);
    const doc = zip?.file("word/document.xml");
    if (!doc) throw new PlanError("planFormat");
    return decode(await doc.async("string"));
  }
  if (buf.subarray(0, 5).toString("latin1") === "%PDF-" || buf.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new PlanError("planFormat");
  }
  const text = buf.toString("utf8");
  if (text.includes("\u0000")) throw new PlanError("planFormat");
  return text;
}
