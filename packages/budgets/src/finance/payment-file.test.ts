import { describe, expect, it } from "vitest";
import { DEFAULT_BANK_LAYOUT, DEFAULT_PREPAID_CARD_LAYOUT, PaymentFileLayout, formatFileDate, renderPaymentFile, type PaymentFileRow } from "./payment-file";

const row = (over: Partial<PaymentFileRow>): PaymentFileRow => ({
  reference: "R1-0001", payOn: "2026-11-03", netPence: 12_345, grossPence: 12_345, deductionPence: 0, payeeReference: "SUP-1",
  cardReference: null, childReference: "DC100001", stream: "education", arrangement: "direct_payment", service: "tutoring",
  dueOn: "2026-11-01", runNumber: 1, paymentMethod: "bank_transfer", ...over,
});

describe("renderPaymentFile", () => {
  it("writes the layout's columns in order, with the stream's codes and a control total", () => {
    const file = renderPaymentFile(DEFAULT_BANK_LAYOUT, [row({}), row({ reference: "R1-0002", netPence: 5, stream: "health" })]);
    expect(file.header).toEqual(["Payment reference", "Payee", "Pay on", "Amount", "Cost centre", "Account code", "Stream"]);
    expect(file.rows).toEqual([
      ["R1-0001", "SUP-1", "03/11/2026", "123.45", "ED100", "5100", "education"],
      ["R1-0002", "SUP-1", "03/11/2026", "0.05", "HL200", "5200", "health"],
      ["CONTROL TOTAL", 2, "", "123.50", "", "", ""],
    ]);
    expect(file.totalPence).toBe(12_350);
  });

  it("writes a prepaid card load file with only card payments, in pence", () => {
    const file = renderPaymentFile(DEFAULT_PREPAID_CARD_LAYOUT, [row({}), row({ reference: "R1-0009", paymentMethod: "prepaid_card", cardReference: "CARD-77", netPence: 4_000 })]);
    expect(file.rows).toEqual([["CARD-77", 4_000, "20261103", "R1-0009"], ["TOTAL", 4_000, 1, ""]]);
  });

  it("refuses a stream with no cost centre, naming it", () => {
    const layout = { ...DEFAULT_BANK_LAYOUT, costCentres: { education: "ED1" } };
    expect(() => renderPaymentFile(layout, [row({ stream: "social_care" })])).toThrow(/layout: has no cost centre for the social care stream/);
  });

  it("validates layouts: an amount column, not first, no repeats", () => {
    const bad = (columns: PaymentFileLayout["columns"]) => PaymentFileLayout.safeParse({ ...DEFAULT_BANK_LAYOUT, columns }).error?.issues.map((i) => i.message);
    expect(bad([{ field: "reference", header: "A" }, { field: "pay_on", header: "B" }])).toEqual(["must include the amount column"]);
    expect(bad([{ field: "amount", header: "A" }, { field: "pay_on", header: "B" }])).toEqual([expect.stringContaining("cannot be the first column")]);
    expect(bad([{ field: "reference", header: "A" }, { field: "amount", header: "B" }, { field: "reference", header: "C" }])).toEqual(["reference appears twice"]);
    expect(PaymentFileLayout.safeParse(DEFAULT_PREPAID_CARD_LAYOUT).success).toBe(true);
  });

  it("formats dates five ways", () => {
    expect(["YYYY-MM-DD", "DD/MM/YYYY", "DD-MM-YYYY", "YYYYMMDD", "DDMMYYYY"].map((f) => formatFileDate("2026-03-09", f as never))).toEqual(["2026-03-09", "09/03/2026", "09-03-2026", "20260309", "09032026"]);
  });
});
