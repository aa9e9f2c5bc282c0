// The lossless cell writer on sheet XML as other tools write it: rows on their own lines, cells inserted in order.
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { writeCellsInPackage } from "../../files/write";
import type { PortWrite } from "../../core/host/port";
import { patchPart } from "../fixtures/hostile";

const cellXml = async (bytes: Buffer, ref: string) => {
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
  return new RegExp(`<c\\b[^>]*\\br="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0] ?? null;
};

describe("writeCellsInPackage", () => {
  it("writes into a sheet whose rows stand on their own lines with a comment among them, keeping the other rows", async () => {
    const pretty = await patchPart(readFileSync("samples/so-lieu-cham-diem-2026.xlsx"), "xl/worksheets/sheet1.xml", (x) => x.replace(/<\/row>/g, "</row>\n  ").replace("<sheetData>", "<sheetData><!-- xuất từ phần mềm khác -->"));
    const writes: PortWrite[] = [
      { address: "H6", row: 5, col: 7, formula: "=SUM(C6:D6)", value: 3 },
      { address: "B60", row: 59, col: 1, formula: null, value: "Tổng điểm" },
    ];
    const out = await writeCellsInPackage(pretty, "Số liệu 2026", writes);
    expect(await cellXml(out, "H6")).toMatch(/<f>SUM\(C6:D6\)<\/f><v>3<\/v>/);
    expect(await cellXml(out, "B60")).toContain("Tổng điểm");
    expect(await cellXml(out, "B6")).toBe(await cellXml(pretty, "B6"));
  });
});
