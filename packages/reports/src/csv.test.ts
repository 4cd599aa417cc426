import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvDecimal, formatCsvCell, neutraliseFormula, penceToPoundsText, toCsv } from "./csv";

describe("csv", () => {
  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(neutraliseFormula("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(neutraliseFormula("+44 1234")).toBe("'+44 1234");
    expect(neutraliseFormula("-1")).toBe("'-1");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("Social care")).toBe("Social care");
  });

  it("quotes cells with commas, quotes and line breaks", () => {
    expect(formatCsvCell('a,"b"')).toBe('"a,""b"""');
    expect(formatCsvCell("two\nlines")).toBe('"two\nlines"');
    expect(formatCsvCell(null)).toBe("");
    expect(formatCsvCell(-12)).toBe("-12");
  });

  it("writes numbers as numbers, negative included, and refuses a decimal that is not one", () => {
    expect(formatCsvCell(-21263.87)).toBe("-21263.87");
    expect(formatCsvCell(csvDecimal("-21263.87"))).toBe("-21263.87");
    expect(formatCsvCell(csvDecimal("0.05"))).toBe("0.05");
    expect(() => csvDecimal("=1+1")).toThrow(RangeError);
    expect(() => csvDecimal("-1,000.00")).toThrow(RangeError);
    expect(() => formatCsvCell(Number.NaN)).toThrow(RangeError);
    // The same characters as text are text, and neutralised.
    expect(formatCsvCell("-21263.87")).toBe("'-21263.87");
  });

  it("ends every row with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("a,b\r\n1,x\r\n");
  });

  it("writes pence as pounds exactly", () => {
    expect(penceToPoundsText(0)).toBe("0.00");
    expect(penceToPoundsText(5)).toBe("0.05");
    expect(penceToPoundsText(123456)).toBe("1234.56");
    expect(penceToPoundsText(-101)).toBe("-1.01");
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (pence) => {
        const text = penceToPoundsText(pence);
        const [pounds = "", frac = ""] = text.replace("-", "").split(".");
        const back = (Number(pounds) * 100 + Number(frac)) * (text.startsWith("-") ? -1 : 1);
        expect(back).toBe(pence);
      }),
    );
  });
});
