// The Office.js side of the operations: one request context, at most three syncs per operation, never a sync per row.
import { columnLetter, parseArea, type Area, type Grid } from "../core/grid";
import { cellInput, toBlocks } from "../core/host/blocks";
import { uniqueSheetName, type DocumentPort, type Mark, type MarkState, type NewSheet, type PortWrite, type SheetData } from "../core/host/port";
import type { Raw } from "../core/values";
import { Refusal } from "../core/errors";
import { registerMessages } from "../core/i18n";

registerMessages("vi", {
  excelNeeds: "Việc này cần Excel có bộ API ExcelApi {version} trở lên (Microsoft 365, Excel 2021 bản 2108+ hoặc Excel cho Mac 16.35+); bản Excel này chưa có",
  excelNotesFailed: "Excel này không thêm được ghi chú vào ô ({code}); chưa đánh dấu ô nào. Hãy cập nhật Excel hoặc dùng Excel trên web",
});
registerMessages("en", {
  excelNeeds: "This needs an Excel with the ExcelApi {version} set or later (Microsoft 365, Excel 2021 version 2108+ or Excel for Mac 16.35+); this Excel does not have it",
  excelNotesFailed: "This Excel could not add a note to a cell ({code}); no cell was marked. Update Excel or use Excel on the web",
});

/** Whether the host has an ExcelApi requirement set (Office's own check; outside Office, everything is assumed). */
export type Supports = (version: string) => boolean;
export const officeSupports: Supports = (version) => {
  const req = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (set: string, v: string) => boolean } } } }).Office?.context?.requirements;
  return req?.isSetSupported ? req.isSetSupported("ExcelApi", version) : true;
};

/** Office Online refuses a request over 5 MB; stay well under it and sync once per extra chunk. */
const CHUNK_BYTES = 4_000_000;
/** Writes this large wait for one recalculation at the end instead of one per block. */
const SUSPEND_AT = 1000;

/** Bytes of a string in UTF-8 (the request limit counts bytes; Vietnamese letters take two or three). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** "'Phụ lục'!C23" → "C23". */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** Excel on the web refused a response over its 5 MB limit. */
function tooLarge(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  return err?.code === "ResponsePayloadSizeLimitExceeded" || /payload size|response.*(large|limit)/i.test(err?.message ?? "");
}

function sheetError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "ItemNotFound" || code === "InvalidArgument";
}

export class ExcelPort implements DocumentPort {
  readonly host = "excel" as const;
  /** How many times this port called `context.sync()` (the bench and tests read it). */
  syncs = 0;

  /** Notes (ExcelApi 1.18) show in every Excel; threaded comments (1.10) show as clutter in older ones. */
  private readonly annotations: "notes" | "comments" | null;

  constructor(private readonly context: Excel.RequestContext, private readonly supports: Supports = officeSupports) {
    this.annotations = supports("1.18") ? "notes" : supports("1.10") ? "comments" : null;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }

  private sheet(name: string): Excel.Worksheet {
    return this.context.workbook.worksheets.getItem(name);
  }

  /**
   * The used range in one sync; a response over Excel on the web's 5 MB limit fails the whole batch, so the
   * sheet is then read again: its size and merges first, then its cells in slices of rows under the limit.
   */
  async readSheets(name?: string): Promise<SheetData[]> {
    try {
      return await this.readAtOnce(name);
    } catch (e) {
      if (name && sheetError(e)) return [];
      if (!tooLarge(e)) throw e;
      return this.readInSlices(name);
    }
  }

  private worksheet(name: string | undefined): Excel.Worksheet {
    const sheets = this.context.workbook.worksheets;
    return name ? sheets.getItem(name) : sheets.getActiveWorksheet();
  }

  /** The sheet's name, protection and merged areas (ExcelApi 1.13; without it the table is read cell by cell). */
  private loadSheetFacts(ws: Excel.Worksheet, used: Excel.Range) {
    ws.load("name");
    ws.protection.load("protected");
    const merged = this.supports("1.13") ? used.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    return merged;
  }

  private sheetData(ws: Excel.Worksheet, merged: Excel.RangeAreas | null, cells: { values: Raw[][]; formulas: unknown[][]; row: number; col: number } | null): SheetData[] {
    const grid: Grid = { name: ws.name, values: [], formulas: [], merges: [] };
    if (cells) {
      grid.values = cells.values;
      grid.formulas = cells.formulas.map((row) => row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)));
      grid.origin = { row: cells.row, col: cells.col };
      if (merged && !merged.isNullObject && merged.address) {
        grid.merges = merged.address.split(",").map((a) => parseArea(localAddress(a))).filter((a): a is Area => a !== null);
      }
    }
    return [{ name: ws.name, grid, protected: ws.protection.protected }];
  }

  private async readAtOnce(name: string | undefined): Promise<SheetData[]> {
    const ws = this.worksheet(name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values,formulas,rowIndex,columnIndex");
    const merged = this.loadSheetFacts(ws, used);
    await this.sync();
    return this.sheetData(ws, merged, used.isNullObject ? null : { values: used.values as Raw[][], formulas: used.formulas as unknown[][], row: used.rowIndex, col: used.columnIndex });
  }

  /** The used range's size, then its cells in slices of rows, one sync each; a slice still over the limit is halved. */
  private async readInSlices(name: string | undefined): Promise<SheetData[]> {
    const ws = this.worksheet(name);
    const used = ws.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const merged = this.loadSheetFacts(ws, used);
    await this.sync();
    const values: Raw[][] = [];
    const formulas: unknown[][] = [];
    // A guess of what a row costs, corrected whenever a slice still passes the limit.
    let rows = Math.max(1, Math.floor(CHUNK_BYTES / Math.max(1, used.columnCount * 2 * 48)));
    for (let start = 0; start < used.rowCount; ) {
      const n = Math.min(rows, used.rowCount - start);
      const slice = ws.getRangeByIndexes(used.rowIndex + start, used.columnIndex, n, used.columnCount);
      slice.load("values,formulas");
      try {
        await this.sync();
      } catch (e) {
        if (!tooLarge(e) || n === 1) throw e;
        rows = Math.max(1, Math.floor(n / 2));
        continue;
      }
      values.push(...(slice.values as Raw[][]));
      formulas.push(...(slice.formulas as unknown[][]));
      start += n;
    }
    return this.sheetData(ws, merged, { values, formulas, row: used.rowIndex, col: used.columnIndex });
  }

  async writeCells(sheet: string, writes: readonly PortWrite[]): Promise<void> {
    const ws = this.sheet(sheet);
    if (writes.length >= SUSPEND_AT) this.context.application.suspendApiCalculationUntilNextSync();
    let bytes = 0;
    for (const block of toBlocks(writes)) {
      const rows = block.cells.map((row) => row.map((w) => cellInput(w)));
      // A block is sent in slices of rows, each request staying under the limit.
      let start = 0;
      while (start < rows.length) {
        let end = start;
        let size = 0;
        while (end < rows.length) {
          const rowSize = utf8Length(JSON.stringify(rows[end]));
          if (end > start && bytes + size + rowSize > CHUNK_BYTES) break;
          size += rowSize;
          end++;
        }
        if (bytes > 0 && bytes + size > CHUNK_BYTES) {
          await this.sync();
          bytes = 0;
          continue;
        }
        const top = block.top + start;
        const address = `${columnLetter(block.left)}${top + 1}:${columnLetter(block.left + rows[0].length - 1)}${block.top + end}`;
        ws.getRange(address).formulas = rows.slice(start, end) as unknown as string[][];
        bytes += size;
        start = end;
      }
    }
    await this.sync();
  }

  async select(sheet: string, address: string): Promise<void> {
    const ws = this.sheet(sheet);
    ws.activate();
    ws.getRange(address).select();
    await this.sync();
  }

  /** The notes (or, in an Excel without notes, the comments) of a sheet by cell: two syncs, the collection then where each sits. */
  private async commentsByCell(ws: Excel.Worksheet): Promise<Map<string, Excel.Comment>> {
    if (!this.annotations) return new Map();
    const comments = (this.annotations === "notes" ? (ws as unknown as { notes: Excel.CommentCollection }).notes : ws.comments);
    comments.load("items/id");
    await this.sync();
    const at = new Map<string, Excel.Comment>();
    if (!comments.items.length) return at;
    const locations = comments.items.map((c) => {
      const r = c.getLocation();
      r.load("address");
      return { c, r };
    });
    await this.sync();
    for (const { c, r } of locations) at.set(localAddress(r.address), c);
    return at;
  }

  async readMarks(sheet: string, addresses: readonly string[]): Promise<MarkState[]> {
    // A mark must be undone exactly: without reading a cell's fill (ExcelApi 1.9) it is not made at all.
    if (!this.supports("1.9")) throw new Refusal("excelNeeds", { version: "1.9" });
    const ws = this.sheet(sheet);
    const props = addresses.map((a) => ws.getRange(a).getCellProperties({ format: { fill: { color: true, pattern: true } } }));
    // The fills are read with the comments' first sync.
    const comments = await this.commentsByCell(ws);
    return addresses.map((address, i) => {
      const fill = props[i].value[0][0].format?.fill;
      const none = !fill || fill.pattern === "None" || !fill.color;
      return { address, fill: none ? null : fill.color!, note: comments.has(address) };
    });
  }

  /**
   * Notes first, fills after, in one batch: a note the host cannot add (NotImplemented) stops the batch before
   * any fill, and the notes added before it are taken away again — never half the marks. Without notes or
   * comments (ExcelApi below 1.10) a mark is its fill only.
   */
  async writeMarks(sheet: string, marks: readonly Mark[]): Promise<void> {
    const ws = this.sheet(sheet);
    const noted = this.annotations ? marks.filter((m) => m.note !== null) : [];
    const collection = this.annotations === "notes" ? (ws as unknown as { notes: Excel.CommentCollection }).notes : ws.comments;
    try {
      for (const m of noted) collection.add(ws.getRange(m.address), m.note!);
      for (const m of marks) ws.getRange(m.address).format.fill.color = m.color;
      await this.sync();
    } catch (e) {
      const code = (e as { code?: string } | null)?.code ?? "Error";
      if (!noted.length || code === "InvalidOperationInCellEditMode" || code === "AccessDenied" || code === "WorksheetLocked") throw e;
      const added = await this.commentsByCell(ws).catch(() => new Map<string, Excel.Comment>());
      for (const m of noted) added.get(m.address)?.delete();
      await this.sync().catch(() => undefined);
      throw new Refusal("excelNotesFailed", { code });
    }
  }

  async clearMarks(sheet: string, cells: readonly MarkState[]): Promise<void> {
    const ws = this.sheet(sheet);
    const comments = cells.some((c) => c.note) ? await this.commentsByCell(ws) : new Map<string, Excel.Comment>();
    for (const c of cells) {
      const fill = ws.getRange(c.address).format.fill;
      if (c.fill === null) fill.clear();
      else fill.color = c.fill;
      if (c.note) comments.get(c.address)?.delete();
    }
    await this.sync();
  }

  async addSheet(spec: NewSheet): Promise<string> {
    const sheets = this.context.workbook.worksheets;
    sheets.load("items/name");
    await this.sync();
    const name = uniqueSheetName(spec.name, sheets.items.map((s) => s.name));
    const ws = sheets.add(name);
    if (spec.cells.length >= SUSPEND_AT) this.context.application.suspendApiCalculationUntilNextSync();
    const matrix: (string | number | boolean)[][] = Array.from({ length: spec.rows }, () => new Array(spec.cols).fill(""));
    for (const c of spec.cells) matrix[c.row][c.col] = cellInput(c) as string | number | boolean;
    const last = columnLetter(spec.cols - 1);
    const all = ws.getRange(`A1:${last}${spec.rows}`);
    all.formulas = matrix as unknown as string[][];
    all.format.wrapText = true;
    all.format.verticalAlignment = "Top";
    for (const m of spec.merges) ws.getRange(`${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`).merge(false);
    spec.widths.forEach((w, i) => {
      // Excel measures widths in points: about seven per character of the default font.
      ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = w * 7;
    });
    for (const r of spec.boldRows) ws.getRange(`A${r + 1}:${last}${r + 1}`).format.font.bold = true;
    if (spec.freeze) ws.freezePanes.freezeAt(ws.getRange(`A1:${columnLetter(spec.freeze.cols - 1)}${spec.freeze.rows}`));
    if (spec.chart) {
      const r = spec.chart.range;
      const source = ws.getRange(`${columnLetter(r.left)}${r.top + 1}:${columnLetter(r.right)}${r.bottom + 1}`);
      const chart = ws.charts.add(Excel.ChartType.columnClustered, source, Excel.ChartSeriesBy.columns);
      chart.title.text = spec.chart.title;
      chart.setPosition(spec.chart.anchor);
    }
    ws.activate();
    await this.sync();
    return name;
  }

  async deleteSheet(name: string): Promise<void> {
    this.sheet(name).delete();
    await this.sync();
  }
}
