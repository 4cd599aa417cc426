import { FinanceFileError } from "./csv-error";
import { decodeUtf8Strict } from "./utf8";

export type CsvTable = { header: string[]; rows: string[][] };

/**
 * RFC 4180 records from text: fields split by commas, records by CRLF (a bare LF or CR is accepted
 * too), fields in double quotes may hold commas, line breaks and doubled quotes. Empty lines are
 * skipped. A stray quote or an unclosed one is an error naming the row (1 = the first line).
 */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let row = 1;
  let i = 0;
  let quoted = false; // the current field was quoted
  let pending = false; // a field has begun (even an empty one after a comma)
  const endField = () => {
    record.push(field);
    field = "";
    quoted = false;
  };
  const endRecord = () => {
    endField();
    if (!(record.length === 1 && record[0] === "")) records.push(record);
    record = [];
    pending = false;
    row++;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      if (quoted || field.length > 0) throw new FinanceFileError(`row ${row}`, "has a quote (\") inside a field that does not start with one; put the whole field in quotes and double the quote");
      const startRow = row;
      i++;
      for (;;) {
        if (i >= text.length) throw new FinanceFileError(`row ${startRow}`, "has a quoted field that is never closed");
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) row++;
        field += c;
        i++;
      }
      quoted = true;
      pending = true;
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
        throw new FinanceFileError(`row ${row}`, "has text after a closing quote; a quoted field must end at a comma or the end of the line");
      }
      continue;
    }
    if (ch === ",") {
      endField();
      pending = true;
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    field += ch;
    pending = true;
    i++;
  }
  if (pending || record.length > 0) endRecord();
  return records;
}

/**
 * A CSV file's header and rows, from bytes (checked as UTF-8, BOM dropped) or text. Every row must
 * have as many fields as the header; header names are trimmed and must be unique and not empty.
 */
export function parseCsvTable(input: Uint8Array | string, options: { maxRows?: number } = {}): CsvTable {
  const text = typeof input === "string" ? (input.startsWith("\uFEFF") ? input.slice(1) : input) : decodeUtf8Strict(input);
  const records = parseCsvRecords(text);
  const [headerRecord, ...rows] = records;
  if (!headerRecord) throw new FinanceFileError("file", "is empty: it needs a header row and at least one row of data");
  const header = headerRecord.map((h) => h.trim());
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === "") throw new FinanceFileError("row 1", `column ${index + 1} has no name`);
    const key = name.toLowerCase();
    if (seen.has(key)) throw new FinanceFileError("row 1", `the column "${name}" appears twice`);
    seen.add(key);
  });
  if (rows.length === 0) throw new FinanceFileError("file", "has a header but no rows of data");
  if (options.maxRows !== undefined && rows.length > options.maxRows) throw new FinanceFileError("file", `has ${rows.length} rows; at most ${options.maxRows} can be imported at once`);
  rows.forEach((r, index) => {
    if (r.length !== header.length) throw new FinanceFileError(`row ${index + 2}`, `has ${r.length} fields but the header has ${header.length}`);
  });
  return { header, rows };
}

/** The index of each wanted column, matched without regard to case or surrounding spaces; a missing one is an error. */
export function findColumns<K extends string>(header: readonly string[], wanted: Record<K, string>): Record<K, number> {
  const lower = header.map((h) => h.trim().toLowerCase());
  const out = {} as Record<K, number>;
  const missing: string[] = [];
  for (const key of Object.keys(wanted) as K[]) {
    const index = lower.indexOf(wanted[key].trim().toLowerCase());
    if (index < 0) missing.push(`"${wanted[key]}"`);
    out[key] = index;
  }
  if (missing.length) throw new FinanceFileError("columns", `the file has no ${missing.join(", ")} column (it has ${header.map((h) => `"${h}"`).join(", ")})`);
  return out;
}

// A spreadsheet runs a cell starting with these as a formula (the same set @pb/reports neutralises on export).
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet would run the cell as a formula; plain signed numbers are not formulas. */
export function isFormulaLike(cell: string): boolean {
  return FORMULA_START.test(cell) && !/^[+-]?£?\d[\d,]*(\.\d+)?$/.test(cell.trim());
}
