import { describe, expect, it } from "vitest";
import { buildSpendByStream } from "./spend-by-stream";
import { spendByStreamCsv } from "./spend-csv";

describe("spend by stream", () => {
  it("fills empty months and streams with zero and totals to the penny", () => {
    const spend = buildSpendByStream("2025-26", [
      { month: "2025-04", stream: "education", amountPence: 10001 },
      { month: "2025-04", stream: "health", amountPence: 99 },
      { month: "2026-03", stream: "transport", amountPence: 1 },
    ]);
    expect(spend.months[0]).toEqual({ month: "2025-04", education: 10001, health: 99, social_care: 0, transport: 0, totalPence: 10100 });
    expect(spend.months[5]?.totalPence).toBe(0);
    expect(spend.totals).toEqual({ education: 10001, health: 99, social_care: 0, transport: 1, totalPence: 10101 });
  });

  it("refuses a month outside the year rather than dropping it", () => {
    expect(() => buildSpendByStream("2025-26", [{ month: "2026-04", stream: "health", amountPence: 1 }])).toThrow(RangeError);
  });

  it("writes the same figures as CSV", () => {
    const csv = spendByStreamCsv(buildSpendByStream("2025-26", [{ month: "2025-05", stream: "social_care", amountPence: 123456 }]));
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Month,Education (GBP),Health (GBP),Social care (GBP),Transport (GBP),Total (GBP)");
    // The month as its first day, ISO 8601, which a spreadsheet reads as a date.
    expect(lines[2]).toBe("2025-05-01,0.00,0.00,1234.56,0.00,1234.56");
    expect(lines[13]).toBe("Total,0.00,0.00,1234.56,0.00,1234.56");
  });
});
