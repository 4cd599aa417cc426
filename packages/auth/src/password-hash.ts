import { Algorithm, hash, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

// Passwords are hashed with argon2id (memory-hard: OWASP's first choice), at @node-rs/argon2's defaults,
// which are OWASP's minimum (19 MiB, 2 passes, 1 lane). Hashes made before issue 21 are bcrypt's; they
// still verify, and are replaced with argon2id on the next right password (`needsRehash`).

/** Compared against when the email is unknown, so a wrong email costs what a wrong password does. */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$5fhSB2Yz/sM6sdceK46spg$XhZhk15dBKCiR1SBbYSnBPXnLJ8Bf20g7bubLfn0jC4";

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

export function isArgon2idHash(stored: string): boolean {
  return stored.startsWith("$argon2id$");
}

/** Whether `password` is the one `stored` was made from (the dummy hash when there is no user), and whether to hash it again. */
export async function checkPassword(password: string, stored: string | undefined): Promise<{ right: boolean; needsRehash: boolean }> {
  const target = stored ?? DUMMY_HASH;
  const right = isArgon2idHash(target) ? await verify(target, password).catch(() => false) : await bcrypt.compare(password, target);
  return { right: right && stored !== undefined, needsRehash: right && stored !== undefined && !isArgon2idHash(stored) };
}
