import { describe, expect, it } from "vitest";
import { refuseNewPassword } from "./invitations";

describe("refuseNewPassword", () => {
  it("asks for 12 to 200 characters, the same twice", () => {
    expect(refuseNewPassword("short", "short")).toEqual({ field: "password", message: "must be at least 12 characters" });
    expect(refuseNewPassword("x".repeat(201), "x".repeat(201))?.field).toBe("password");
    expect(refuseNewPassword("a long enough passphrase", "a long enough passphrasE")).toEqual({ field: "confirmation", message: "must be the same as the password" });
    expect(refuseNewPassword("a long enough passphrase", "a long enough passphrase")).toBeNull();
  });
});
