import { describe, expect, it } from "vitest";
import { checkEvidenceFile, cleanFileName, sniffEvidenceType } from "./evidence";
import { classifyReturn, computeReturnDue, listReturnPeriods, returnPeriodOf } from "./return-periods";
import { importStatement } from "./statement-import";
import { flagUnderspend } from "./underspend-flag";

describe("return periods", () => {
  it("follows the financial year for quarters and years, the school year for terms", () => {
    expect(returnPeriodOf("quarterly", "2026-11-24")).toEqual({ start: "2026-10-01", end: "2026-12-31", label: "October to December 2026" });
    expect(returnPeriodOf("quarterly", "2026-02-28").start).toBe("2026-01-01");
    expect(returnPeriodOf("annually", "2026-02-28")).toEqual({ start: "2025-04-01", end: "2026-03-31", label: "2025-26" });
    expect(returnPeriodOf("termly", "2026-10-01")).toEqual({ start: "2026-09-01", end: "2026-12-31", label: "autumn term 2026" });
    expect(returnPeriodOf("termly", "2026-05-01")).toEqual({ start: "2026-04-01", end: "2026-08-31", label: "summer term 2026" });
    expect(returnPeriodOf("monthly", "2024-02-10")).toEqual({ start: "2024-02-01", end: "2024-02-29", label: "February 2024" });
  });
  it("lists every period between two dates", () => {
    expect(listReturnPeriods("quarterly", "2026-05-15", "2027-01-01").map((p) => p.start)).toEqual(["2026-04-01", "2026-07-01", "2026-10-01", "2027-01-01"]);
    expect(listReturnPeriods("monthly", "2026-02-01", "2026-01-01")).toEqual([]);
  });
  it("is due 28 days after the period unless the policy says otherwise", () => {
    expect(computeReturnDue("2026-06-30", undefined)).toBe("2026-07-28");
    expect(computeReturnDue("2026-06-30", { n: 1, unit: "months" })).toBe("2026-07-30");
  });
  it("goes from not due to due, late and overdue after the policy's reminders", () => {
    const base = { periodEnd: "2026-06-30", dueOn: "2026-07-28", received: false, reminders: 0, remindersBeforeEscalation: 2 };
    expect(classifyReturn({ ...base, today: "2026-06-30" })).toBe("not_due");
    expect(classifyReturn({ ...base, today: "2026-07-28" })).toBe("due");
    expect(classifyReturn({ ...base, today: "2026-07-29", reminders: 1 })).toBe("late");
    expect(classifyReturn({ ...base, today: "2026-07-29", reminders: 2 })).toBe("overdue");
    expect(classifyReturn({ ...base, today: "2026-09-01", received: true })).toBe("received");
  });
});

describe("statement import", () => {
  const csv = "Date,Details,Amount,Balance\r\n30/09/2026,Opening,0.00,900.00\r\n02/10/2026,Tutor,-120.00,780.00\r\n15/10/2026,=cmd|' /C calc'!A0,-30.50,749.50\r\n01/11/2026,Council,450.00,1199.50\r\n";
  const mapping = { date: "Date", description: "Details", amount: "Amount", balance: "Balance" };
  it("keeps the period's rows, totals money out and in, and takes the closing balance", () => {
    const s = importStatement(csv, mapping, "2026-10-01", "2026-12-31");
    expect(s.spentPence).toBe(15_050);
    expect(s.receivedPence).toBe(45_000);
    expect(s.closingBalancePence).toBe(119_950);
    expect(s.outsidePeriod).toBe(1);
    expect(s.transactions[1]?.description).toBe("'=cmd|' /C calc'!A0");
  });
  it("reads separate paid out and paid in columns", () => {
    const s = importStatement("Date,Out,In\r\n2026-10-02,10.00,\r\n2026-10-03,,5.00\r\n", { date: "Date", paidOut: "Out", paidIn: "In" }, "2026-10-01", "2026-12-31");
    expect([s.spentPence, s.receivedPence, s.closingBalancePence]).toEqual([1_000, 500, null]);
  });
  it("rejects wrong columns, formulas in amounts and bad amounts, naming the cell", () => {
    expect(() => importStatement(csv, { ...mapping, amount: "Value" }, "2026-10-01", "2026-12-31")).toThrow(/columns: the file has no "Value" column/);
    expect(() => importStatement("Date,Amount\r\n2026-10-02,=1+1\r\n", { date: "Date", amount: "Amount" }, "2026-10-01", "2026-12-31")).toThrow(/row 2, column Amount: looks like a spreadsheet formula/);
    expect(() => importStatement("Date,Amount\r\n2026-10-02,ten\r\n", { date: "Date", amount: "Amount" }, "2026-10-01", "2026-12-31")).toThrow(/row 2, column Amount: "ten" is not an amount/);
  });
});

describe("evidence files", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it("knows PDF, PNG, JPEG and CSV by their bytes, whatever the name", () => {
    expect(sniffEvidenceType(enc("%PDF-1.7\n..."))).toBe("application/pdf");
    expect(sniffEvidenceType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(sniffEvidenceType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe("image/jpeg");
    expect(sniffEvidenceType(enc("Date,Amount\r\n2026-01-01,1.00\r\n"))).toBe("text/csv");
    expect(sniffEvidenceType(enc("MZ\x90\x00 an executable"))).toBeNull();
    expect(sniffEvidenceType(enc("just some words"))).toBeNull();
    expect(sniffEvidenceType(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBeNull(); // GIF
  });
  it("refuses empty, oversize and unknown files", () => {
    expect(() => checkEvidenceFile(new Uint8Array())).toThrow(/file: is empty/);
    expect(() => checkEvidenceFile(enc("%PDF-xxxxxxxx"), 8)).toThrow(/the limit is 0 KB/);
    expect(() => checkEvidenceFile(enc("<html>"))).toThrow(/not a PDF, PNG, JPEG or CSV file/);
    expect(checkEvidenceFile(enc("%PDF-1.4"))).toEqual({ mediaType: "application/pdf" });
  });
  it("cleans file names", () => {
    expect(cleanFileName("C:\\Users\\x\\receipt \"1\".pdf", "application/pdf")).toBe("receipt _1_.pdf");
    expect(cleanFileName("../..", "image/png")).toBe("evidence.png");
  });
});

describe("underspend flag", () => {
  it("flags a balance above the policy's weeks of the budget, and nothing when the policy is silent", () => {
    expect(flagUnderspend(120_000, 1_040_000, 6)).toEqual({ status: "within", weeks: 6, thresholdPence: 120_000, excessPence: 0 });
    expect(flagUnderspend(120_001, 1_040_000, 6)).toEqual({ status: "flagged", weeks: 6, thresholdPence: 120_000, excessPence: 1, noBudgetInForce: false });
    expect(flagUnderspend(5_000, 0, 6)).toEqual({ status: "flagged", weeks: 6, thresholdPence: 0, excessPence: 5_000, noBudgetInForce: true });
    expect(flagUnderspend(9_999_999, 1_040_000, undefined)).toEqual({ status: "not_set" });
  });
});
