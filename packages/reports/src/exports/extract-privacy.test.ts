import { describe, expect, it } from "vitest";
import { AMOUNT_BAND_BOUNDS, AMOUNT_BAND_LABELS, coarsenToMonth, describeExtractPrivacy, EXTRACT_PRIVACY, EXTRACT_PRIVACY_RISKS, findAmountBand } from "./extract-privacy";

describe("amount bands", () => {
  it("reads the bands from their bounds, in words", () => {
    expect(AMOUNT_BAND_LABELS).toEqual(["Under £100", "£100 to under £500", "£500 to under £1,000", "£1,000 to under £5,000", "£5,000 and over"]);
  });

  it("puts each amount in the band below its bound, a bound itself in the band above", () => {
    expect(findAmountBand(0)).toBe("Under £100");
    expect(findAmountBand(9_999)).toBe("Under £100");
    expect(findAmountBand(10_000)).toBe("£100 to under £500");
    expect(findAmountBand(49_999)).toBe("£100 to under £500");
    expect(findAmountBand(50_000)).toBe("£500 to under £1,000");
    expect(findAmountBand(499_999)).toBe("£1,000 to under £5,000");
    expect(findAmountBand(500_000)).toBe("£5,000 and over");
    expect(findAmountBand(123_456_789)).toBe("£5,000 and over");
    expect(findAmountBand(-2_500)).toBe("Under £100");
  });

  it("gives every amount exactly one band, in order", () => {
    const edges = [-1, 0, ...AMOUNT_BAND_BOUNDS.flatMap((b) => [b - 1, b]), 10_000_000];
    const bands = edges.map((p) => AMOUNT_BAND_LABELS.indexOf(findAmountBand(p)));
    expect(bands.every((b) => b >= 0)).toBe(true);
    expect([...bands].sort((a, b) => a - b)).toEqual(bands);
  });

  it("refuses a part of a penny", () => {
    expect(() => findAmountBand(10.5)).toThrow(RangeError);
  });
});

describe("months and the privacy choice", () => {
  it("keeps the month of a date and drops the day", () => {
    expect(coarsenToMonth("2025-06-14")).toBe("2025-06");
    expect(() => coarsenToMonth("June 2025")).toThrow(RangeError);
  });

  it("says plainly what each choice still risks, and names every band for coarsened rows", () => {
    expect(EXTRACT_PRIVACY_RISKS.pseudonymised).toMatch(/exact date, service and amount/);
    expect(EXTRACT_PRIVACY_RISKS.pseudonymised).toMatch(/drill-down/);
    for (const band of AMOUNT_BAND_LABELS) expect(EXTRACT_PRIVACY_RISKS.coarsened).toContain(band);
    expect(EXTRACT_PRIVACY_RISKS.coarsened).toMatch(/no pseudonym links a child's rows/);
    expect(EXTRACT_PRIVACY_RISKS.coarsened).toMatch(/no row matches the drill-down or the case records for fewer children than the threshold/);
    expect(EXTRACT_PRIVACY_RISKS.coarsened).toMatch(/left out and counted on the About sheet/);
    for (const p of EXTRACT_PRIVACY) expect(describeExtractPrivacy(p)).toContain(EXTRACT_PRIVACY_RISKS[p]);
  });
});
