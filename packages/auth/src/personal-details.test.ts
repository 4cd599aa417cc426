import { describe, expect, it } from "vitest";
import { getPersonalDetailsAccess } from "./personal-details";

describe("who sees a child's name and date of birth", () => {
  it("shows both to the roles that work with the family", () => {
    for (const role of ["case_officer", "panel_member", "admin"] as const) expect(getPersonalDetailsAccess([role])).toEqual({ names: true, dateOfBirth: true });
  });
  it("shows a finance officer names but not the date of birth", () => {
    expect(getPersonalDetailsAccess(["finance_officer"])).toEqual({ names: true, dateOfBirth: false });
  });
  it("shows managers and commissioners references only", () => {
    expect(getPersonalDetailsAccess(["manager"])).toEqual({ names: false, dateOfBirth: false });
    expect(getPersonalDetailsAccess(["commissioner"])).toEqual({ names: false, dateOfBirth: false });
    expect(getPersonalDetailsAccess([])).toEqual({ names: false, dateOfBirth: false });
  });
  it("takes the widest of several roles", () => {
    expect(getPersonalDetailsAccess(["manager", "case_officer"])).toEqual({ names: true, dateOfBirth: true });
  });
});
