import { ageOn, fromDayNumber, toDayNumber, parseIsoDate } from "@pb/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGE_BANDS, checkDateOfBirth, checkPlanTypeForAge, findBirthDateRange, getAgeBandBounds } from "./child-age";
import { checkPlanDates } from "./plan-dates";

const day = (from: string, to: string) => fc.integer({ min: toDayNumber(parseIsoDate(from)), max: toDayNumber(parseIsoDate(to)) }).map(fromDayNumber);

describe("age bands", () => {
  it("read each band's bounds", () => {
    expect(AGE_BANDS.map(getAgeBandBounds)).toEqual([
      { from: 0, to: 4 },
      { from: 5, to: 10 },
      { from: 11, to: 15 },
      { from: 16, to: 19 },
      { from: 20, to: 25 },
    ]);
  });

  it("give the dates of birth of exactly the people whose age on the day is in the band, leap days included", () => {
    fc.assert(
      fc.property(day("1995-01-01", "2026-12-31"), day("2020-01-01", "2030-12-31"), fc.constantFrom(...AGE_BANDS), (born, today, band) => {
        fc.pre(born <= today);
        const { from, to } = getAgeBandBounds(band);
        const range = findBirthDateRange(from, to, today);
        const inRange = born > range.bornAfter && born <= range.bornOnOrBefore;
        const age = ageOn(born, today);
        expect(inRange).toBe(age >= from && age <= to);
      }),
      { numRuns: 2000 },
    );
  });

  it("handle a 29 February birthday in a non-leap year as ageOn does", () => {
    const range = findBirthDateRange(5, 10, "2025-02-28");
    expect("2020-02-29" > range.bornAfter && "2020-02-29" <= range.bornOnOrBefore).toBe(false);
    const march = findBirthDateRange(5, 10, "2025-03-01");
    expect("2020-02-29" > march.bornAfter && "2020-02-29" <= march.bornOnOrBefore).toBe(true);
  });
});

describe("dates of birth that can be recorded", () => {
  it("accept 0 to 25 and refuse 26 or a date still to come", () => {
    expect(checkDateOfBirth("2026-10-31", "2026-10-31")).toBeNull();
    expect(checkDateOfBirth("2000-11-01", "2026-10-31")).toBeNull(); // 25 until tomorrow
    expect(checkDateOfBirth("2000-10-31", "2026-10-31")).toMatch(/aged 0 to 25; born on this date they are 26/);
    expect(checkDateOfBirth("2026-11-01", "2026-10-31")).toBe("must not be in the future");
  });
});

describe("plan dates", () => {
  it("accept a plan with no dates or dates in order", () => {
    expect(checkPlanDates({ issuedOn: null, lastAnnualReviewOn: null, nextAnnualReviewOn: null })).toBeNull();
    expect(checkPlanDates({ issuedOn: "2024-01-10", lastAnnualReviewOn: "2025-01-09", nextAnnualReviewOn: "2026-01-09" })).toBeNull();
  });

  it("name the field that is out of order", () => {
    expect(checkPlanDates({ issuedOn: "2024-01-10", lastAnnualReviewOn: "2023-01-09", nextAnnualReviewOn: null })?.field).toBe("lastAnnualReviewOn");
    expect(checkPlanDates({ issuedOn: "2024-01-10", lastAnnualReviewOn: "2025-01-09", nextAnnualReviewOn: "2025-01-09" })?.field).toBe("nextAnnualReviewOn");
    expect(checkPlanDates({ issuedOn: "2024-01-10", lastAnnualReviewOn: null, nextAnnualReviewOn: "2023-12-01" })).toEqual({ field: "nextAnnualReviewOn", message: "must be after the date the plan was issued" });
  });
});

describe("plan types by age", () => {
  it("keep adult care and support plans for those 18 or over", () => {
    expect(checkPlanTypeForAge("adult_care_support", "2008-11-01", "2026-10-31")).toMatch(/18 or over; the young person is 17/);
    expect(checkPlanTypeForAge("adult_care_support", "2008-10-31", "2026-10-31")).toBeNull();
    expect(checkPlanTypeForAge("ehcp", "2020-01-01", "2026-10-31")).toBeNull();
  });
});
