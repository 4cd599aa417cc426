import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import {
  formatColumnHeader,
  isSuppressed,
  neutraliseFormula,
  penceToPoundsNumber,
  SUPPRESSED_TEXT,
  type ColumnKind,
  type ExportCell,
  type ExportColumn,
  type ExportTable,
} from "@pb/reports";

// Number formats: pounds with the pound sign and pence; whole counts; a percentage held as 12.5.
const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  pence: '"£"#,##0.00;-"£"#,##0.00',
  count: "#,##0",
  number: "#,##0.##",
  percent: '0.0"%"',
};

/** One cell's value in the workbook: money becomes pounds only here, at the edge of the file. */
export function toXlsxValue(column: ExportColumn, cell: ExportCell | undefined): string | number | null {
  if (cell === undefined || cell === null) return null;
  if (isSuppressed(cell)) return SUPPRESSED_TEXT;
  if (typeof cell === "number") return column.kind === "pence" ? penceToPoundsNumber(cell) : cell;
  return neutraliseFormula(cell);
}

/** The tab a table gets: its short sheet name where it has one, else its title (cut to fit by nameSheets). */
export function tabTitle(table: ExportTable): string {
  return table.sheetName ?? table.title;
}

/** Sheet names: at most 31 characters, none of []:*?/\, and each different. */
export function nameSheets(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base = title.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " ").trim().slice(0, 31) || "Sheet";
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function startSheet(sheet: ExcelJS.Worksheet, columns: readonly ExportColumn[]): void {
  sheet.columns = columns.map((c) => ({
    key: c.key,
    width: Math.min(60, Math.max(12, formatColumnHeader(c).length + 2)),
    style: NUMBER_FORMATS[c.kind] ? { numFmt: NUMBER_FORMATS[c.kind] } : {},
  }));
  const header = sheet.addRow(columns.map(formatColumnHeader));
  header.font = { bold: true };
  header.commit();
}

function writeRow(sheet: ExcelJS.Worksheet, columns: readonly ExportColumn[], cells: readonly ExportCell[], bold = false): void {
  const row = sheet.addRow(columns.map((c, i) => toXlsxValue(c, cells[i])));
  columns.forEach((c, i) => {
    if (isSuppressed(cells[i])) row.getCell(i + 1).alignment = { horizontal: "right" };
    else if (c.kind === "text" && typeof cells[i] === "string") row.getCell(i + 1).numFmt = "@";
  });
  if (bold) row.font = { bold: true };
  row.commit();
}

/**
 * Streams a workbook: the About sheet first, then one sheet per table, each row committed as it
 * is written so that memory stays flat however long a table is.
 */
export async function writeTablesWorkbook(output: Writable, about: ExportTable, tables: readonly ExportTable[]): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  book.creator = "Personal budgets";
  const all = [about, ...tables];
  const names = nameSheets(["About", ...tables.map(tabTitle)]);
  all.forEach((table, i) => {
    const sheet = book.addWorksheet(names[i]);
    startSheet(sheet, table.columns);
    for (const row of table.rows) writeRow(sheet, table.columns, table.columns.map((c) => row[c.key] ?? null));
    if (table.totalRow) {
      const total = table.totalRow;
      writeRow(sheet, table.columns, table.columns.map((c) => total[c.key] ?? null), true);
    }
    if (table.note) sheet.addRow([]).commit();
    if (table.note) sheet.addRow([neutraliseFormula(table.note)]).commit();
    sheet.commit();
  });
  await book.commit();
}

/** A workbook with one long sheet written row by row from an async source (the row-level extract). */
export async function writeStreamedSheet(
  output: Writable,
  sheetName: string,
  columns: readonly ExportColumn[],
  batches: AsyncIterable<readonly (readonly ExportCell[])[]>,
  about: ExportTable,
): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  book.creator = "Personal budgets";
  const [aboutName = "About", dataName = "Rows"] = nameSheets(["About", sheetName]);
  const aboutSheet = book.addWorksheet(aboutName);
  startSheet(aboutSheet, about.columns);
  for (const row of about.rows) writeRow(aboutSheet, about.columns, about.columns.map((c) => row[c.key] ?? null));
  aboutSheet.commit();
  const sheet = book.addWorksheet(dataName);
  startSheet(sheet, columns);
  for await (const batch of batches) {
    for (const cells of batch) writeRow(sheet, columns, cells);
    await waitForDrain(output);
  }
  sheet.commit();
  await book.commit();
}

// exceljs writes into the output without waiting; wait here when the reader falls behind.
async function waitForDrain(output: Writable): Promise<void> {
  if (output.writableNeedDrain) await new Promise<void>((resolve) => output.once("drain", resolve));
}
