// The lossless cell writer on sheet XML as other tools write it: rows on their own lines, cells inserted in order.
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { translateFormula, writeCellsInPackage } from "../../files/write";
import type { PortWrite } from "../../core/host/port";
import { patchPart } from "../fixtures/hostile";
import { ensureBuilt, libreOfficeAvailable, recalcCsv, runCli, tempDir } from "../fixtures/cli";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

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

describe("a shared formula's master overwritten", () => {
  it.each([
    ["C5*2", 1, 0, "C6*2"],
    ["$C$5+C5", 3, 0, "$C$5+C8"],
    ["SUM(C5:D5)/$B5", 1, 1, "SUM(D6:E6)/$B6"],
    ["'Số liệu 2026'!A1+Sheet2!$A1", 1, 0, "'Số liệu 2026'!A2+Sheet2!$A2"],
    ["LOG10(A1)&\"A1\"", 1, 0, "LOG10(A2)&\"A1\""],
    ["IF(C5=\"\",0,C5/D5*20)", 2, 0, "IF(C7=\"\",0,C7/D7*20)"],
  ] as const)("%s moved %i rows, %i columns reads %s", (f, dr, dc, want) => {
    expect(translateFormula(f, dr, dc)).toBe(want);
  });

  it("fill --force over a points column filled down (one shared formula): each dependent gets its own formula, LibreOffice agrees", async () => {
    ensureBuilt();
    const tmp = tempDir("dti-shared-");
    // The points column G holds one shared formula from G5 down to G45, past the table's last row.
    const input = join(tmp, "shared.xlsx");
    writeFileSync(input, await patchPart(readFileSync("samples/so-lieu-cham-diem-2026.xlsx"), "xl/worksheets/sheet1.xml", (x) =>
      x.replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (row, r: string, attrs: string, inner: string) => {
        const n = Number(r);
        if (n < 5 || n > 45) return row;
        const f = n === 5 ? '<f t="shared" ref="G5:G45" si="0">IF(C5="",0,C5*0)</f>' : '<f t="shared" si="0"/>';
        return `<row r="${r}"${attrs}>${inner.replace(/<c r="G\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, "")}<c r="G${r}">${f}<v>0</v></c></row>`;
      }).replace(/(<sheetData>[\s\S]*?)(<\/sheetData>)/, (_m, body: string, end: string) => {
        // Rows past the table that the sample does not have get their dependent cell too.
        const have = new Set([...body.matchAll(/<row r="(\d+)"/g)].map((x) => Number(x[1])));
        const extra = Array.from({ length: 45 - 4 }, (_, i) => i + 5).filter((n) => !have.has(n)).map((n) => `<row r="${n}"><c r="G${n}"><f t="shared" si="0"/><v>0</v></c></row>`).join("");
        return body + extra + end;
      })));
    const refused = runCli(["fill", input, "-o", join(tmp, "no-force.xlsx")]);
    expect(refused.status).toBe(2);
    const out = join(tmp, "forced.xlsx");
    const r = runCli(["fill", input, "-o", out, "--force", "--json"]);
    expect(r.status, r.err).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file("xl/worksheets/sheet1.xml")!.async("string");
    // No dependent is left pointing at a master that is gone.
    expect(xml).not.toMatch(/t="shared"/);
    expect(await cellXml(readFileSync(out), "G45")).toMatch(/<f>IF\(C45=&quot;&quot;,0,C45\*0\)<\/f>/);
    if (!libreOfficeAvailable()) throw new Error("LibreOffice is installed by scripts/ensure-tools.sh");
    const plan = JSON.parse(r.out);
    const csv = recalcCsv(out, tmp);
    // The grand total's SUM, recalculated by LibreOffice over our points and the dependents' own formulas.
    expect(csv.some((row) => Math.abs(Number(row[6]) - plan.total) < 1e-6)).toBe(true);
    expect(csv[44][6]).toBe("0");
  }, 120_000);
});
