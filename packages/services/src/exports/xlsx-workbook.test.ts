import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { SUPPRESSED, type ExportCell, type ExportTable } from "@pb/reports";
import { fitColumnWidths, MAX_COLUMN_WIDTH, toXlsxValue, writeStreamedSheet, writeTablesWorkbook } from "./xlsx-workbook";

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

const dated: ExportTable = {
  id: "dated",
  title: "Requests per month",
  sheetName: "Requests by month",
  columns: [
    { key: "month", label: "Month", kind: "month" },
    { key: "on", label: "Census date", kind: "date" },
    { key: "share", label: "Share", kind: "percent" },
    { key: "change", label: "Change", kind: "pence" },
    { key: "words", label: "Words", kind: "text" },
  ],
  rows: [
    { month: "2025-04", on: "2025-04-30", share: 12.5, change: -2_126_387, words: "short" },
    { month: "2025-05", on: "2025-05-31", share: 33.3, change: 0, words: "a much longer sentence than the header, of forty-four characters" },
  ],
  totalRow: { month: "Total", on: null, share: 20, change: -2_126_387, words: "x".repeat(200) },
  note: "A note much longer than any cell, which must not widen the first column: ".repeat(3),
};

const about: ExportTable = { id: "about", title: "About", columns: [{ key: "item", label: "Item", kind: "text" }, { key: "value", label: "Value", kind: "text" }], rows: [{ item: "Period", value: "2025-26" }] };

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((r) => out.on("end", r));
  await write(out);
  await ended;
  return Buffer.concat(chunks);
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as never);
  return book;
}


describe("the XLSX workbook", () => {
  it("gives a table with a short sheet name that tab, and the rest their titles cut at a word", async () => {
    const long = { ...table, id: "long", title: "Committed, scheduled and paid by funding stream, financial year 2025-26", sheetName: "Spend by stream" };
    const untitled = { ...table, id: "cut", title: "Spend on direct payments by funding stream and financial year" };
    const book = await load(await collect((out) => writeTablesWorkbook(out, about, [long, table, untitled])));
    expect(book.worksheets.map((s) => s.name)).toEqual(["About", "Spend by stream", "Paid by stream month test", "Spend on direct payments"]);
  });

  it("holds money as pounds with the exact decimal, counts as numbers, percentages as fractions, dates as dates, suppressed as c and formulas as text", () => {
    expect(toXlsxValue({ key: "p", label: "P", kind: "pence" }, 123_456)).toBe(1234.56);
    expect(toXlsxValue({ key: "p", label: "P", kind: "pence" }, -2_126_387)).toBe(-21263.87);
    expect(toXlsxValue({ key: "n", label: "N", kind: "count" }, 7)).toBe(7);
    expect(toXlsxValue({ key: "s", label: "S", kind: "percent" }, 12.5)).toBe(0.125);
    expect(toXlsxValue({ key: "d", label: "D", kind: "date" }, "2025-04-01")).toEqual(new Date(Date.UTC(2025, 3, 1)));
    expect(toXlsxValue({ key: "m", label: "M", kind: "month" }, "2025-04")).toEqual(new Date(Date.UTC(2025, 3, 1)));
    expect(toXlsxValue({ key: "m", label: "M", kind: "month" }, "Total")).toBe("Total");
    expect(toXlsxValue({ key: "n", label: "N", kind: "count" }, SUPPRESSED)).toBe("c");
    expect(toXlsxValue({ key: "t", label: "T", kind: "text" }, "@SUM(A1)")).toBe("'@SUM(A1)");
    expect(toXlsxValue({ key: "t", label: "T", kind: "text" }, "-5")).toBe("'-5");
  });

  it("writes an About sheet and one sheet per table that a reader gives back to the penny", async () => {
    const book = await load(await collect((out) => writeTablesWorkbook(out, about, [table])));
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

  it("writes dates and months as date cells with en-GB formats, percentages as fractions with a % format, negative money as a number", async () => {
    const buffer = await collect((out) => writeTablesWorkbook(out, about, [dated]));
    const sheet = (await load(buffer)).getWorksheet("Requests by month");
    expect(sheet?.getCell("A2").value).toEqual(new Date(Date.UTC(2025, 3, 1)));
    expect(sheet?.getCell("A2").numFmt).toBe("mmmm yyyy");
    expect(sheet?.getCell("B3").value).toEqual(new Date(Date.UTC(2025, 4, 31)));
    expect(sheet?.getCell("B3").numFmt).toBe("dd/mm/yyyy");
    expect(sheet?.getCell("C2").value).toBe(0.125);
    expect(sheet?.getCell("C3").value).toBe(0.333);
    expect(sheet?.getCell("C2").numFmt).toBe("0.0%");
    expect(sheet?.getCell("D2").value).toBe(-21263.87);
    expect(sheet?.getCell("A4").value).toBe("Total");
  });

  it("freezes every sheet's header row and filters each table's header and body", async () => {
    const buffer = await collect((out) => writeTablesWorkbook(out, about, [table, dated]));
    const book = await load(buffer);
    for (const sheet of book.worksheets) expect(sheet.views[0], sheet.name).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(book.worksheets.map((s) => s.autoFilter)).toEqual([undefined, "A1:C4", "A1:E3"]);
    // The workbook names each filtered range as Excel does, which LibreOffice needs to show the filter.
    const one = await load(await collect((out) => writeTablesWorkbook(out, about, [{ ...dated, sheetName: "Children's requests" }])));
    expect(one.definedNames.model).toEqual([{ name: "_xlnm._FilterDatabase", ranges: ["'Children''s requests'!$A$1:$E$3"] }]);
  });

  it("fits each column to its longest cell as shown, within 60 characters, the note left out", async () => {
    const sheet = (await load(await collect((out) => writeTablesWorkbook(out, about, [dated])))).getWorksheet("Requests by month");
    const widths = [1, 2, 3, 4, 5].map((c) => sheet?.getColumn(c).width);
    // The header counts with room for its filter button (3) and every column has 2 to spare.
    expect(widths).toEqual(["April 2025".length + 2, "Census date".length + 5, "Share (%)".length + 5, "Change (GBP)".length + 5, MAX_COLUMN_WIDTH]);
    expect(fitColumnWidths([{ key: "p", label: "P", kind: "pence" }], [[-212_638_700], [SUPPRESSED]])).toEqual(["-£2,126,387.00".length + 2]);
    expect(fitColumnWidths([{ key: "m", label: "Month", kind: "month" }], [["2025-09"]])).toEqual(["September 2025".length + 2]);
    expect(fitColumnWidths([{ key: "d", label: "On", kind: "date" }], [["2025-09-30"]])).toEqual(["30/09/2025".length + 2]);
  });

  it("streams a long sheet with the header frozen, a filter over every row and widths from the first rows", async () => {
    const columns = [{ key: "code", label: "Code", kind: "text" as const }, { key: "on", label: "Due on", kind: "date" as const }, { key: "amount", label: "Amount", kind: "pence" as const }];
    async function* batches(): AsyncGenerator<ExportCell[][]> {
      yield [["a-long-first-code", "2025-04-01", -150]];
      yield [["b", "2025-05-01", 250], ["c", null, 0]];
    }
    const buffer = await collect((out) => writeStreamedSheet(out, "Payments", columns, batches(), about));
    const book = await load(buffer);
    const sheet = book.getWorksheet("Payments");
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet?.getCell("B2").value).toEqual(new Date(Date.UTC(2025, 3, 1)));
    expect(sheet?.getCell("C2").value).toBe(-1.5);
    expect(sheet?.getColumn(1).width).toBe("a-long-first-code".length + 2);
    expect(sheet?.autoFilter).toBe("A1:C4");
    expect(book.definedNames.model).toEqual([{ name: "_xlnm._FilterDatabase", ranges: ["Payments!$A$1:$C$4"] }]);
  });

  it("asks for the next batch only once the sheet's earlier rows have gone on to the zip", async () => {
    // Without backpressure on the sheet, archiver queues the whole sheet uncompressed before it zips
    // any of it: the output would still be empty when the last batch is asked for.
    const columns = [{ key: "words", label: "Words", kind: "text" as const }];
    const out = new PassThrough();
    let received = 0;
    out.on("data", (c: Buffer) => (received += c.length));
    const ended = new Promise((r) => out.on("end", r));
    const receivedWhenAsked: number[] = [];
    async function* batches(): AsyncGenerator<ExportCell[][]> {
      for (let b = 0; b < 40; b++) {
        receivedWhenAsked.push(received);
        yield Array.from({ length: 2_000 }, (_, i) => [`row ${b}-${i}: the words beside a code, as a reader sees them`]);
      }
    }
    await writeStreamedSheet(out, "Rows", columns, batches(), about);
    await ended;
    // Each batch is some 150 kB of XML, about 10 kB zipped: by the last batch most earlier ones are out.
    expect(receivedWhenAsked.at(-1)).toBeGreaterThan(received / 4);
  });
});
