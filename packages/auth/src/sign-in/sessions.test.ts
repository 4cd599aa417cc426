import { describe, expect, it } from "vitest";
import { isSignInExpired, sessionClaimsOf, SESSION_MAX_AGE_SECONDS } from "./sessions";

const USER = "6f1c2b9e-3a54-4d2f-9a51-0c7e8b2d4f10";

describe("a sign-in's lifetime", () => {
  const at = Date.UTC(2026, 11, 7, 9, 0, 0) / 1000;
  it("lasts eight hours from the sign-in, not from the cookie's last renewal", () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(8 * 60 * 60);
    expect(isSignInExpired(at, new Date((at + SESSION_MAX_AGE_SECONDS) * 1000))).toBe(false);
    expect(isSignInExpired(at, new Date((at + SESSION_MAX_AGE_SECONDS + 1) * 1000))).toBe(true);
  });
  it("is no sign-in when its time is ahead of the clock", () => {
    expect(isSignInExpired(at, new Date((at - 3600) * 1000))).toBe(true);
  });
  it("needs the user, the session version and the sign-in time on the session", () => {
    expect(sessionClaimsOf({ userId: USER, sessionVersion: 1, signedInAt: at })).toEqual({ userId: USER, sessionVersion: 1, signedInAt: at, method: { kind: "password", secondFactor: false } });
    expect(sessionClaimsOf({ userId: USER, sessionVersion: 1 })).toBeNull();
    expect(sessionClaimsOf({ userId: "not-a-uuid", sessionVersion: 1, signedInAt: at })).toBeNull();
  });
  it("says how the session signed in: a password (with or without a second factor) or one council's provider", () => {
    const COUNCIL = "0b7e4f8a-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
    expect(sessionClaimsOf({ userId: USER, sessionVersion: 1, signedInAt: at, via: "password", secondFactor: true })?.method).toEqual({ kind: "password", secondFactor: true });
    expect(sessionClaimsOf({ userId: USER, sessionVersion: 1, signedInAt: at, via: "oidc", councilId: COUNCIL })?.method).toEqual({ kind: "oidc", councilId: COUNCIL });
    expect(sessionClaimsOf({ userId: USER, sessionVersion: 1, signedInAt: at, via: "oidc" })).toBeNull();
  });
});
