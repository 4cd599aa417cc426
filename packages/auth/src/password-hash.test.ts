import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { checkPassword, hashPassword } from "./password-hash";

describe("password hashes", () => {
  it("hashes with argon2id and checks the password it was made from", async () => {
    const stored = await hashPassword("correct horse");
    expect(stored.startsWith("$argon2id$")).toBe(true);
    expect(await checkPassword("correct horse", stored)).toEqual({ right: true, needsRehash: false });
    expect(await checkPassword("wrong horse", stored)).toEqual({ right: false, needsRehash: false });
  });

  it("still checks a bcrypt hash, and asks for it to be made again with argon2id when it is right", async () => {
    const stored = await bcrypt.hash("old password", 4);
    expect(await checkPassword("old password", stored)).toEqual({ right: true, needsRehash: true });
    expect(await checkPassword("other", stored)).toEqual({ right: false, needsRehash: false });
  });

  it("never lets a password in without a user, whatever it is", async () => {
    expect(await checkPassword("pb dummy password: no account has it", undefined)).toEqual({ right: false, needsRehash: false });
  });
});
