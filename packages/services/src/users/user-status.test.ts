import { describe, expect, it } from "vitest";
import { invitationState, userStatus } from "./user-status";

const now = new Date("2026-12-08T10:00:00Z");
const later = new Date("2026-12-15T10:00:00Z");
const earlier = new Date("2026-12-01T10:00:00Z");

describe("invitationState", () => {
  it("is accepted once used, withdrawn once replaced, else open until it expires", () => {
    expect(invitationState({ expiresAt: earlier, acceptedAt: earlier, withdrawnAt: null }, now)).toBe("accepted");
    expect(invitationState({ expiresAt: later, acceptedAt: null, withdrawnAt: earlier }, now)).toBe("withdrawn");
    expect(invitationState({ expiresAt: later, acceptedAt: null, withdrawnAt: null }, now)).toBe("open");
    expect(invitationState({ expiresAt: now, acceptedAt: null, withdrawnAt: null }, now)).toBe("expired");
  });
});

describe("userStatus", () => {
  const base = { deactivatedHere: false, accountDeactivated: false, lastSignedInAt: null, latestInvitation: null };
  it("puts deactivation first", () => {
    expect(userStatus({ ...base, deactivatedHere: true, latestInvitation: "open" })).toBe("deactivated");
    expect(userStatus({ ...base, accountDeactivated: true })).toBe("deactivated");
  });
  it("is invited until the invitation is used or the user signs in", () => {
    expect(userStatus({ ...base, latestInvitation: "open" })).toBe("invited");
    expect(userStatus({ ...base, latestInvitation: "expired" })).toBe("invited");
    expect(userStatus({ ...base, latestInvitation: "accepted" })).toBe("active");
    expect(userStatus({ ...base, latestInvitation: "open", lastSignedInAt: earlier })).toBe("active");
    expect(userStatus(base)).toBe("active");
  });
});
