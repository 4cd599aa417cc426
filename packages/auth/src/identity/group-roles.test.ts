import { describe, expect, it } from "vitest";
import { readGroupsClaim, rolesForGroups } from "./group-roles";

const MAPPINGS = [
  { group_id: "g-case", role: "case_officer" },
  { group_id: "g-panel", role: "panel_member" },
  { group_id: "g-lead", role: "case_officer" },
  { group_id: "g-lead", role: "manager" },
];

describe("roles from a provider's groups", () => {
  it("gives every role a group of the user's is mapped to, once each, in the roles' order", () => {
    expect(rolesForGroups(["g-panel", "g-lead", "g-case"], MAPPINGS)).toEqual(["manager", "case_officer", "panel_member"]);
  });
  it("gives nothing for groups the council has not mapped, so such a user is refused", () => {
    expect(rolesForGroups(["g-other"], MAPPINGS)).toEqual([]);
    expect(rolesForGroups([], MAPPINGS)).toEqual([]);
  });
  it("ignores a mapping to a role the product does not have", () => {
    expect(rolesForGroups(["g-x"], [{ group_id: "g-x", role: "superuser" }])).toEqual([]);
  });
  it("is exact about group ids: case and spaces matter", () => {
    expect(rolesForGroups(["G-CASE", " g-case"], MAPPINGS)).toEqual([]);
  });
});

describe("reading the groups claim", () => {
  it("reads a list of ids under the claim the council named", () => {
    expect(readGroupsClaim({ groups: ["a", "b"] }, "groups")).toEqual(["a", "b"]);
    expect(readGroupsClaim({ roles: ["x"], groups: ["a"] }, "roles")).toEqual(["x"]);
  });
  it("takes a single text as one group", () => {
    expect(readGroupsClaim({ groups: "a" }, "groups")).toEqual(["a"]);
  });
  it("finds no group in anything else, such as Entra ID's overage pointer", () => {
    expect(readGroupsClaim({ _claim_names: { groups: "src1" } }, "groups")).toEqual([]);
    expect(readGroupsClaim({ groups: [1, null, "", "a"] }, "groups")).toEqual(["a"]);
    expect(readGroupsClaim({ groups: { a: 1 } }, "groups")).toEqual([]);
  });
});
