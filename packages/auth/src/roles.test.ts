import { describe, expect, it } from "vitest";
import { ACCESS, hasAnyRole, rolesIn } from "./roles";

describe("rolesIn", () => {
  const memberships = [
    { councilId: "a", roles: ["manager", "commissioner"] as const },
    { councilId: "b", roles: ["case_officer"] as const },
  ];
  it("gives the roles held in the named council", () => {
    expect(rolesIn(memberships, "b")).toEqual(["case_officer"]);
  });
  it("gives none for a council the user is not a member of, or none named", () => {
    expect(rolesIn(memberships, "c")).toEqual([]);
    expect(rolesIn(memberships, null)).toEqual([]);
  });
});

describe("hasAnyRole", () => {
  it("is true when one role is allowed, false when none is", () => {
    expect(hasAnyRole(["manager", "commissioner"], ACCESS.exports)).toBe(true);
    expect(hasAnyRole(["case_officer"], ACCESS.exports)).toBe(false);
    expect(hasAnyRole([], ACCESS.anyStaff)).toBe(false);
  });
});
