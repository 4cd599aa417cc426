import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { SUPPRESSED, type ExportTable } from "@pb/reports";
import { nameSheets, toXlsxValue, writeTablesWorkbook } from "./xlsx-workbook";

const table: ExportTable = {
  id: "t",
  title: "Paid: by stream / month [test]",
  columns: [
    { key: "name", label: "Name", kind: "text" },
    { key: "n", label: "Children", kind: "count" },
    { key: "p", label: "Paid", kind: "pence" },
  ],
  rows: [
    { name: "=1+1", n: 12, p: 123_456 },
    { name: "Health", n: SUPPRESSED, p: SUPPRESSED },
    { name: "Transport", n: 30, p: 10 },
  ],
  totalRow: { name: "Total", n: 45, p: 123_567 },
};

async function writeToBuffer(about: ExportTable, tables: ExportTable[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((r) => out.on("end", r));
  await writeTablesWorkbook(out, about, tables);
  await ended;
  return Buffer.concat(chunks);
}

describe("the XLSX workbook", () => {
  it("names sheets within Excel's rules, each different", () => {
    expect(nameSheets(["About", "a/b:c*d?e[f]g\\h", "x".repeat(40), "x".repeat(40)])).toEqual(["About", "a b c d e f g h", "x".repeat(31), `${"x".repeat(29)} 2`]);
  });

  it("gives a table with a short sheet name that tab, and the rest their titles", async () => {
    const about: ExportTable = { id: "about", title: "About", columns: [{ key: "item", label: "Item", kind: "text" }], rows: [] };
    const long = { ...table, id: "long", title: "Committed, scheduled and paid by funding stream, financial year 2025-26", sheetName: "Spend by stream" };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await writeToBuffer(about, [long, table]) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(["About", "Spend by stream", "Paid by stream month test"]);
  });

  it("holds money as pounds with the exact decimal, counts as numbers, suppressed as c and formulas as text", () => {
    expect(toXlsxValue({ key: "p", label: "P", kind: "pence" }, 123_456)).toBe(1234.56);
    expect(toXlsxValue({ key: "n", label: "N", kind: "count" }, 7)).toBe(7);
    expect(toXlsxValue({ key: "n", label: "N", kind: "count" }, SUPPRESSED)).toBe("c");
    expect(toXlsxValue({ key: "t", label: "T", kind: "text" }, "@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("writes an About sheet and one sheet per table that a reader gives back to the penny", async () => {
    const about: ExportTable = { id: "about", title: "About", columns: [{ key: "item", label: "Item", kind: "text" }, { key: "value", label: "Value", kind: "text" }], rows: [{ item: "Period", value: "2025-26" }] };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await writeToBuffer(about, [table]) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(["About", "Paid by stream month test"]);
    const sheet = book.worksheets[1];
    expect(sheet?.getRow(1).values).toEqual([undefined, "Name", "Children", "Paid (GBP)"]);
    expect(sheet?.getRow(2).values).toEqual([undefined, "'=1+1", 12, 1234.56]);
    expect(sheet?.getRow(3).values).toEqual([undefined, "Health", "c", "c"]);
    expect(sheet?.getRow(5).values).toEqual([undefined, "Total", 45, 1235.67]);
    expect(sheet?.getCell("C2").numFmt).toBe('"£"#,##0.00;-"£"#,##0.00');
    const pence = [2, 3, 4].map((r) => sheet?.getCell(`C${r}`).value).filter((v): v is number => typeof v === "number").reduce((s, v) => s + Math.round(v * 100), 0);
    expect(pence).toBe(123_466); // the shown rows; the suppressed one is in the total only
  });
});
