import { describe, expect, it } from "vitest";
import { hidePersonalDetails } from "./personal-fields";

describe("hiding personal details in audit values", () => {
  const value = { reference: "DC1", givenName: "Ada", dateOfBirth: "2014-02-01", lines: [{ recipientName: "B. Parent", amountPence: 5 }] };

  it("hides names and dates of birth from references-only roles, at any depth", () => {
    expect(hidePersonalDetails(value, { names: false, dateOfBirth: false })).toEqual({ reference: "DC1", givenName: "hidden", dateOfBirth: "hidden", lines: [{ recipientName: "hidden", amountPence: 5 }] });
  });

  it("shows names but not the date of birth to a finance officer's access", () => {
    expect(hidePersonalDetails(value, { names: true, dateOfBirth: false })).toEqual({ ...value, dateOfBirth: "hidden" });
  });

  it("leaves everything for full access, and passes scalars and null through", () => {
    expect(hidePersonalDetails(value, { names: true, dateOfBirth: true })).toEqual(value);
    expect(hidePersonalDetails(null, { names: false, dateOfBirth: false })).toBeNull();
    expect(hidePersonalDetails("x", { names: false, dateOfBirth: false })).toBe("x");
  });
});
