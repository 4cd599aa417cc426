import { describe, expect, it } from "vitest";
import { judgeLocalPasswordsOff } from "./sign-in-settings-rules";

describe("switching local passwords off", () => {
  it("is allowed once the provider is set up and a group gives a role", () => {
    expect(judgeLocalPasswordsOff({ localPasswords: false, hasProvider: true, hasGroupRoles: true })).toBeNull();
  });
  it("is refused without a provider or without a mapped group, so nobody is locked out", () => {
    expect(judgeLocalPasswordsOff({ localPasswords: false, hasProvider: false, hasGroupRoles: true })).toMatch(/identity provider/);
    expect(judgeLocalPasswordsOff({ localPasswords: false, hasProvider: true, hasGroupRoles: false })).toMatch(/groups to a role/);
  });
  it("never stands in the way of keeping passwords on", () => {
    expect(judgeLocalPasswordsOff({ localPasswords: true, hasProvider: false, hasGroupRoles: false })).toBeNull();
  });
});
