import { hash, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

// Passwords are hashed with argon2id (memory-hard: OWASP's first choice), at @node-rs/argon2's defaults,
// which are OWASP's minimum (19 MiB, 2 passes, 1 lane). Hashes made before issue 21 are bcrypt's; they
// still verify, and are replaced with argon2id on the next right password (`needsRehash`).

/** Compared against when the email is unknown, so a wrong email costs what a wrong password does. */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$5fhSB2Yz/sM6sdceK46spg$XhZhk15dBKCiR1SBbYSnBPXnLJ8Bf20g7bubLfn0jC4";

// @node-rs/argon2's Algorithm is a const enum, which this build cannot import: 2 is its Argon2id.
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export function isArgon2idHash(stored: string): boolean {
  return stored.startsWith("$argon2id$");
}

/** Whether `password` is the one `stored` was made from (the dummy hash when there is no user or no password yet), and whether to hash it again. */
export async function checkPassword(password: string, stored: string | null | undefined): Promise<{ right: boolean; needsRehash: boolean }> {
  const target = stored ?? DUMMY_HASH;
  const matches = isArgon2idHash(target) ? await verify(target, password).catch(() => false) : await bcrypt.compare(password, target);
  const right = matches && typeof stored === "string";
  return { right, needsRehash: right && !isArgon2idHash(target) };
}
