import { describe, expect, it } from "vitest";
import { ageOn } from "./age";
import { parseIsoDate } from "./iso-date";

const d = parseIsoDate;

describe("ageOn", () => {
  it("counts whole years, turning older on the birthday itself", () => {
    expect(ageOn(d("2010-06-15"), d("2025-06-14"))).toBe(14);
    expect(ageOn(d("2010-06-15"), d("2025-06-15"))).toBe(15);
    expect(ageOn(d("2010-06-15"), d("2010-06-15"))).toBe(0);
    expect(ageOn(d("2007-09-01"), d("2025-08-31"))).toBe(17);
    expect(ageOn(d("2007-09-01"), d("2025-09-01"))).toBe(18);
  });

  it("a 29 February birthday turns older on 1 March in a non-leap year, on 29 February in a leap year", () => {
    const born = d("2008-02-29");
    expect(ageOn(born, d("2025-02-28"))).toBe(16);
    expect(ageOn(born, d("2025-03-01"))).toBe(17);
    expect(ageOn(born, d("2028-02-28"))).toBe(19);
    expect(ageOn(born, d("2028-02-29"))).toBe(20);
  });

  it("refuses a date before birth", () => {
    expect(() => ageOn(d("2010-06-15"), d("2010-06-14"))).toThrow(RangeError);
  });
});
