import { describe, expect, it } from "vitest";
import { refuseDeactivation, refuseRoleChange, type AdminChangeFacts } from "./user-admin-rules";

const admin: AdminChangeFacts = { actorUserId: "a", targetUserId: "b", currentRoles: ["admin", "manager"], otherAdmins: 0 };

describe("refuseRoleChange", () => {
  it("refuses taking the admin role from the council's only administrator", () => {
    expect(refuseRoleChange(admin, ["manager"])).toMatch(/only administrator/);
    expect(refuseRoleChange({ ...admin, actorUserId: "b" }, ["manager"])).toMatch(/only administrator/);
  });
  it("allows it when another administrator remains, and any change that keeps the role", () => {
    expect(refuseRoleChange({ ...admin, otherAdmins: 1 }, ["manager"])).toBeNull();
    expect(refuseRoleChange(admin, ["admin"])).toBeNull();
    expect(refuseRoleChange({ ...admin, currentRoles: ["manager"] }, ["case_officer"])).toBeNull();
  });
});

describe("refuseDeactivation", () => {
  it("refuses an administrator deactivating themselves, even with other administrators", () => {
    expect(refuseDeactivation({ ...admin, actorUserId: "b", otherAdmins: 3 })).toMatch(/cannot deactivate yourself/);
  });
  it("refuses deactivating the only administrator, and allows anyone else", () => {
    expect(refuseDeactivation(admin)).toMatch(/only administrator/);
    expect(refuseDeactivation({ ...admin, otherAdmins: 1 })).toBeNull();
    expect(refuseDeactivation({ ...admin, currentRoles: ["case_officer"] })).toBeNull();
  });
});
