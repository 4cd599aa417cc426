import { describe, expect, it } from "vitest";
import { formatDateEnGb, formatIsoDateEnGb, formatMonthEnGb, formatMonthSpanEnGb, formatPence } from "./format";
import { parseIsoDate } from "./iso-date";

describe("formatDateEnGb", () => {
  it("writes dates the GOV.UK way", () => {
    expect(formatDateEnGb(parseIsoDate("2025-04-01"))).toBe("1 April 2025");
    expect(formatDateEnGb(parseIsoDate("2026-12-28"))).toBe("28 December 2026");
    expect(formatIsoDateEnGb("2026-04-01")).toBe("1 April 2026");
    expect(() => formatIsoDateEnGb("2026-02-30")).toThrow(RangeError);
    expect(formatMonthEnGb("2025-04")).toBe("April 2025");
    expect(() => formatMonthEnGb("2025-13")).toThrow(RangeError);
    expect(formatMonthSpanEnGb("2026-04", "2026-04")).toBe("April 2026");
    expect(formatMonthSpanEnGb("2026-04", "2026-06")).toBe("April to June 2026");
    expect(formatMonthSpanEnGb("2026-11", "2027-01")).toBe("November 2026 to January 2027");
    expect(() => formatMonthSpanEnGb("2026-00", "2026-02")).toThrow(RangeError);
  });
});

describe("formatPence", () => {
  it("writes pounds with thousands separators and two decimals", () => {
    expect(formatPence(123456)).toBe("£1,234.56");
    expect(formatPence(0)).toBe("£0.00");
    expect(formatPence(5)).toBe("£0.05");
    expect(formatPence(100)).toBe("£1.00");
    expect(formatPence(100000000)).toBe("£1,000,000.00");
    expect(formatPence(Number.MAX_SAFE_INTEGER)).toBe("£90,071,992,547,409.91");
  });

  it('writes negatives as "-£1.00", like Intl en-GB', () => {
    expect(formatPence(-100)).toBe("-£1.00");
    expect(formatPence(-123456)).toBe("-£1,234.56");
    const intl = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
    for (const pence of [-100, -123456, 123456, 7]) expect(formatPence(pence)).toBe(intl.format(pence / 100));
  });

  it("refuses fractions of a penny", () => {
    expect(() => formatPence(1.5)).toThrow(RangeError);
    expect(() => formatPence(Number.NaN)).toThrow(RangeError);
  });
});
