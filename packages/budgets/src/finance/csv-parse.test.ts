import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FinanceFileError } from "./csv-error";
import { findColumns, isFormulaLike, parseCsvRecords, parseCsvTable } from "./csv-parse";
import { decodeUtf8Strict, findInvalidUtf8 } from "./utf8";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("parseCsvRecords (RFC 4180)", () => {
  it("splits fields and CRLF records, with quoted commas, line breaks and doubled quotes", () => {
    expect(parseCsvRecords('a,b,c\r\n1,"two, 2","say ""hi"""\r\n3,"line\r\nbreak",\r\n')).toEqual([
      ["a", "b", "c"],
      ["1", "two, 2", 'say "hi"'],
      ["3", "line\r\nbreak", ""],
    ]);
  });
  it("accepts bare LF, a missing final line end, empty fields and skips empty lines", () => {
    expect(parseCsvRecords('x,y\n\n,\n"",z')).toEqual([["x", "y"], ["", ""], ["", "z"]]);
  });
  it("rejects a stray quote, text after a closing quote and an unclosed quote, naming the row", () => {
    expect(() => parseCsvRecords('a,b\r\n1,x"y')).toThrow(/row 2: has a quote/);
    expect(() => parseCsvRecords('a,b\r\n"1"x,2')).toThrow(/row 2: has text after a closing quote/);
    expect(() => parseCsvRecords('a,b\r\n1,"open\r\n')).toThrow(/row 2: has a quoted field that is never closed/);
  });
  it("round-trips any table written by the RFC's quoting rules", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", ",", '"', "\r\n", "\n", " ", "é", "1") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (table) => {
        const text = table.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join("\r\n");
        expect(parseCsvRecords(text)).toEqual(table);
      }),
    );
  });
});

describe("parseCsvTable", () => {
  it("drops a byte order mark and trims header names", () => {
    const table = parseCsvTable(bytes("\uFEFF Date ,Amount\r\n2026-01-01,1.00\r\n"));
    expect(table).toEqual({ header: ["Date", "Amount"], rows: [["2026-01-01", "1.00"]] });
  });
  it("rejects broken UTF-8 with a clear message and the byte", () => {
    const broken = new Uint8Array([...bytes("a,b\r\n1,"), 0xc3, 0x28]);
    expect(() => parseCsvTable(broken)).toThrow(FinanceFileError);
    expect(() => parseCsvTable(broken)).toThrow(/file: is not valid UTF-8 text \(a broken character at byte 8\)/);
  });
  it("rejects ragged rows, empty files, duplicate and unnamed columns", () => {
    expect(() => parseCsvTable("a,b\r\n1,2,3")).toThrow(/row 2: has 3 fields but the header has 2/);
    expect(() => parseCsvTable("")).toThrow(/file: is empty/);
    expect(() => parseCsvTable("a,b\r\n")).toThrow(/no rows of data/);
    expect(() => parseCsvTable("a,A\r\n1,2")).toThrow(/appears twice/);
    expect(() => parseCsvTable("a,\r\n1,2")).toThrow(/column 2 has no name/);
  });
  it("finds columns without regard to case and names the missing ones", () => {
    expect(findColumns(["Date", "AMOUNT"], { amount: "amount", date: "date" })).toEqual({ amount: 1, date: 0 });
    expect(() => findColumns(["Date"], { amount: "Amount" })).toThrow(/columns: the file has no "Amount" column \(it has "Date"\)/);
  });
});

describe("UTF-8 and formulas", () => {
  it("finds overlong forms, surrogates and truncated sequences", () => {
    expect(findInvalidUtf8(bytes("£ é 😀"))).toBe(-1);
    expect(findInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(findInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(findInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1);
    expect(decodeUtf8Strict(bytes("\uFEFFok"))).toBe("ok");
  });
  it("treats =, +, -, @ starts as formulas but not signed numbers", () => {
    expect(["=SUM(A1)", "+1+1", "-2+3", "@cmd", "\t=1"].map(isFormulaLike)).toEqual([true, true, true, true, true]);
    expect(["-12.50", "+3", "-£1,234.56", "plain", ""].map(isFormulaLike)).toEqual([false, false, false, false, false]);
  });
});
