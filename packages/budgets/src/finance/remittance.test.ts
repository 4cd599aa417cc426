import { describe, expect, it } from "vitest";
import { parsePoundsToPence } from "./money-text";
import { parseRemittance } from "./remittance";

const expected = [{ reference: "R1-0001", netPence: 12_345 }, { reference: "R1-0002", netPence: 500 }];
const header = "Payment reference,Status,Date,Amount,Reason\r\n";

describe("parseRemittance", () => {
  it("reads paid and failed lines with UK or ISO dates", () => {
    expect(parseRemittance(`${header}R1-0001,Paid,03/11/2026,123.45,\r\nR1-0002,failed,2026-11-03,5.00,Account closed\r\n`, expected)).toEqual([
      { reference: "R1-0001", outcome: "paid", date: "2026-11-03", amountPence: 12_345, reason: "" },
      { reference: "R1-0002", outcome: "failed", date: "2026-11-03", amountPence: 500, reason: "Account closed" },
    ]);
  });
  it.each([
    [`${header}R9-0001,paid,2026-11-03,1.00,\r\n`, /row 2, column Payment reference: "R9-0001" is not a payment of this run/],
    [`${header}R1-0001,paid,2026-11-03,123.45,\r\nR1-0001,paid,2026-11-03,123.45,\r\n`, /row 3, column Payment reference: R1-0001 appears more than once/],
    [`${header}R1-0001,sent,2026-11-03,123.45,\r\n`, /row 2, column Status: must be "paid" or "failed"/],
    [`${header}R1-0001,paid,31/02/2026,123.45,\r\n`, /row 2, column Date/],
    [`${header}R1-0001,paid,2026-11-03,123.40,\r\n`, /row 2, column Amount: is 123.40, but the run sent 123.45 for R1-0001/],
    [`${header}R1-0001,paid,2026-11-03,123.45,=HYPERLINK(1)\r\n`, /row 2, column Reason: looks like a spreadsheet formula/],
    ["Ref,Status,Date,Amount\r\nR1-0001,paid,2026-11-03,123.45\r\n", /columns: the file has no "Payment reference" column/],
  ])("rejects a bad file as a whole (%#)", (csv, message) => {
    expect(() => parseRemittance(csv, expected)).toThrow(message);
  });
});

describe("parsePoundsToPence", () => {
  it("reads pounds exactly", () => {
    expect(["0.1", "1", "1,234.56", "£12.05", "-0.50", "+3.00"].map(parsePoundsToPence)).toEqual([10, 100, 123_456, 1_205, -50, 300]);
    expect(["1.234", "1,23", "abc", "", "12.5.1", "1e3"].map(parsePoundsToPence)).toEqual([null, null, null, null, null, null]);
  });
});
