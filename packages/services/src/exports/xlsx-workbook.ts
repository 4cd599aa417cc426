import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import {
  formatCellForDisplay,
  formatColumnHeader,
  isSuppressed,
  listTableRows,
  neutraliseFormula,
  penceToPoundsNumber,
  percentToFraction,
  readFileDate,
  SPREADSHEET_FORMATS,
  SUPPRESSED_TEXT,
  toUtcMidnight,
  type ExportCell,
  type ExportColumn,
  type ExportTable,
} from "@pb/reports";
import { nameSheets } from "./sheet-names";

export { nameSheets } from "./sheet-names";

/** Column widths, in characters: wide enough for the longest cell, never wider than this. */
export const MAX_COLUMN_WIDTH = 60;
const MIN_COLUMN_WIDTH = 8;
// The header's filter button takes about three characters' room.
const FILTER_BUTTON = 3;
// A frozen header row: it stays in view however far a reader scrolls.
const FROZEN_HEADER: Partial<ExcelJS.WorksheetView>[] = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];

/**
 * One cell's value in the workbook (the conventions are in @pb/reports' file-values): money becomes
 * pounds and a percentage its fraction only here, at the edge of the file; a date is a date cell.
 */
export function toXlsxValue(column: ExportColumn, cell: ExportCell | undefined): string | number | Date | null {
  if (cell === undefined || cell === null) return null;
  if (isSuppressed(cell)) return SUPPRESSED_TEXT;
  if (typeof cell === "number") return column.kind === "pence" ? penceToPoundsNumber(cell) : column.kind === "percent" ? percentToFraction(cell) : cell;
  const date = readFileDate(column.kind, cell);
  return date ? toUtcMidnight(date) : neutraliseFormula(cell);
}

/** The tab a table gets: its short sheet name where it has one, else its title (cut at a word by nameSheets). */
export function tabTitle(table: ExportTable): string {
  return table.sheetName ?? table.title;
}

/** How many characters a cell takes as the spreadsheet shows it. */
function shownLength(column: ExportColumn, cell: ExportCell | undefined): number {
  if (column.kind === "date" && typeof cell === "string" && readFileDate("date", cell)) return (SPREADSHEET_FORMATS.date ?? "").length;
  return formatCellForDisplay(column, cell).length;
}

/** Widths that fit each column's longest cell (the header with room for its filter button), from 8 to 60 characters. */
export function fitColumnWidths(columns: readonly ExportColumn[], rows: readonly (readonly ExportCell[])[]): number[] {
  return columns.map((column, i) => {
    let longest = formatColumnHeader(column).length + FILTER_BUTTON;
    for (const row of rows) longest = Math.max(longest, shownLength(column, row[i]));
    return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, longest + 2));
  });
}

/** "A1:G13": the header and the body rows, where the filter goes (the totals row and the note stay out of sorting). */
export function filterRange(columnCount: number, bodyRows: number): string {
  return `A1:${columnLetter(columnCount)}${1 + bodyRows}`;
}

/** A filter's range as a workbook names it: 'Sheet''s name'!$A$1:$C$4. */
function absoluteRange(sheetName: string, range: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

type SheetFilter = { sheetIndex: number; sheetName: string; range: string };

/**
 * Excel and LibreOffice show a sheet's filter buttons only when the workbook also names the filtered
 * range `_xlnm._FilterDatabase` for that sheet (Excel always writes it; LibreOffice imports no
 * filter without it). exceljs's streaming writer has no sheet-scoped names, so the names are handed
 * to the workbook part it writes on commit (exceljs 4.4 reads `_definedNames.model` there; the unit
 * test reads the name back from the file, so a change in exceljs fails the test, not the file).
 */
function nameFilterRanges(book: ExcelJS.stream.xlsx.WorkbookWriter, filters: readonly SheetFilter[]): void {
  const model = filters.map((f) => ({ name: "_xlnm._FilterDatabase", localSheetId: f.sheetIndex, ranges: [absoluteRange(f.sheetName, f.range)] }));
  (book as unknown as { _definedNames: { model: typeof model } })._definedNames = { model };
}

function columnLetter(n: number): string {
  let letters = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) letters = String.fromCharCode(65 + ((i - 1) % 26)) + letters;
  return letters;
}

/**
 * A sheet and the style of each of its columns' cells. exceljs renders a cell's style to XML unless it
 * has seen that very style object before (it keeps them by identity), and gives every cell an object of
 * its own: handing each cell its column's one object renders each style once per sheet, not per cell.
 */
type SheetWriter = { sheet: ExcelJS.Worksheet; plain: Partial<ExcelJS.Style>[]; suppressed: Partial<ExcelJS.Style>[] };

function addSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly ExportColumn[], sample: readonly (readonly ExportCell[])[]): SheetWriter {
  const sheet = book.addWorksheet(name, { views: FROZEN_HEADER });
  const widths = fitColumnWidths(columns, sample);
  // A text column is formatted as text ("@"), so that a code such as "11-15" is never read as a date.
  const formats = columns.map((c) => SPREADSHEET_FORMATS[c.kind] ?? (c.kind === "text" ? "@" : null));
  sheet.columns = columns.map((c, i) => ({ key: c.key, width: widths[i] }));
  const header = sheet.addRow(columns.map(formatColumnHeader));
  header.font = { bold: true };
  header.commit();
  return {
    sheet,
    plain: formats.map((numFmt) => (numFmt ? { numFmt } : {})),
    // "c" stands where a figure would: on the right, like the figures around it.
    suppressed: formats.map((numFmt) => ({ ...(numFmt ? { numFmt } : {}), alignment: { horizontal: "right" } })),
  };
}

function writeRow(writer: SheetWriter, columns: readonly ExportColumn[], cells: readonly ExportCell[], bold = false): void {
  const row = writer.sheet.addRow(columns.map((c, i) => toXlsxValue(c, cells[i])));
  columns.forEach((_c, i) => {
    const style = isSuppressed(cells[i]) ? writer.suppressed[i] : writer.plain[i];
    // A bold row's cells each get a copy: setting the row's font writes into every cell's style object.
    row.getCell(i + 1).style = bold ? { ...style } : (style ?? {});
  });
  if (bold) row.font = { bold: true };
  row.commit();
}

const cellsOf = (columns: readonly ExportColumn[], row: Readonly<Record<string, ExportCell>>) => columns.map((c) => row[c.key] ?? null);

function openBook(output: Writable): ExcelJS.stream.xlsx.WorkbookWriter {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  book.creator = "Personal budgets";
  return book;
}

/**
 * Streams a workbook: the About sheet first, then one sheet per table, each with its header row
 * frozen, a filter over the header and body, and columns as wide as their contents.
 */
export async function writeTablesWorkbook(output: Writable, about: ExportTable, tables: readonly ExportTable[]): Promise<void> {
  const book = openBook(output);
  const names = nameSheets(["About", ...tables.map(tabTitle)]);
  const filters: SheetFilter[] = [];
  [about, ...tables].forEach((table, i) => {
    const rows = listTableRows(table).map((row) => cellsOf(table.columns, row));
    const sheetName = names[i] ?? table.id;
    const writer = addSheet(book, sheetName, table.columns, rows);
    const sheet = writer.sheet;
    // The About sheet is a list of items: frozen like the rest, nothing to filter.
    if (table !== about) {
      const range = filterRange(table.columns.length, table.rows.length);
      sheet.autoFilter = range;
      filters.push({ sheetIndex: i, sheetName, range });
    }
    for (const row of table.rows) writeRow(writer, table.columns, cellsOf(table.columns, row));
    if (table.totalRow) writeRow(writer, table.columns, cellsOf(table.columns, table.totalRow), true);
    if (table.note) sheet.addRow([]).commit();
    if (table.note) sheet.addRow([neutraliseFormula(table.note)]).commit();
    sheet.commit();
  });
  nameFilterRanges(book, filters);
  await book.commit();
}

/**
 * A workbook with one long sheet written row by row from an async source (the row-level extract).
 * exceljs writes a sheet's column widths before its first row, so the widths are fitted to the
 * header and the first batch of rows (up to 2,000), held back until they are measured.
 */
export async function writeStreamedSheet(
  output: Writable,
  sheetName: string,
  columns: readonly ExportColumn[],
  batches: AsyncIterable<readonly (readonly ExportCell[])[]>,
  about: ExportTable,
): Promise<void> {
  const book = openBook(output);
  const [aboutName = "About", dataName = "Rows"] = nameSheets(["About", sheetName]);
  const aboutSheet = addSheet(book, aboutName, about.columns, about.rows.map((row) => cellsOf(about.columns, row)));
  for (const row of about.rows) writeRow(aboutSheet, about.columns, cellsOf(about.columns, row));
  aboutSheet.sheet.commit();
  const reader = batches[Symbol.asyncIterator]();
  let batch = await reader.next();
  const writer = addSheet(book, dataName, columns, batch.done ? [] : batch.value);
  const sheet = writer.sheet;
  let written = 0;
  for (; !batch.done; batch = await reader.next()) {
    for (const cells of batch.value) writeRow(writer, columns, cells);
    written += batch.value.length;
    await waitForSheet(sheet);
    await waitForDrain(output);
  }
  const range = filterRange(columns.length, written);
  sheet.autoFilter = range;
  nameFilterRanges(book, [{ sheetIndex: 1, sheetName: dataName, range }]);
  sheet.commit();
  await book.commit();
}

// exceljs writes into the output without waiting; wait here when the reader falls behind.
async function waitForDrain(output: Writable): Promise<void> {
  if (output.writableNeedDrain) await new Promise<void>((resolve) => output.once("drain", resolve));
}

/**
 * exceljs hands a sheet's XML to the zip without waiting for it to be taken: archiver buffers the sheet
 * in a stream of its own until it reaches that entry, and a reader faster than deflate would queue the
 * whole sheet there, uncompressed (about 260 MB for 200,000 rows). Waiting for that stream to drain
 * keeps the queue to about a batch. It is a readable-stream 2 stream, which has no writableNeedDrain.
 */
async function waitForSheet(sheet: ExcelJS.Worksheet): Promise<void> {
  const pipes = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes ?? [];
  for (const pipe of pipes) {
    const state = (pipe as unknown as { _writableState?: { needDrain?: boolean } })._writableState;
    if (!(pipe.writableNeedDrain ?? state?.needDrain) || pipe.destroyed) continue;
    await new Promise<void>((resolve, reject) => {
      const settle = (error?: Error) => {
        pipe.off("drain", settle).off("close", settle).off("finish", settle).off("error", settle);
        if (error instanceof Error) reject(error);
        else resolve();
      };
      pipe.on("drain", settle).on("close", settle).on("finish", settle).on("error", settle);
    });
  }
}
