import type { Kysely } from "kysely";
import { findUserForSignIn, listUserMemberships, listUserSignInSettings, replacePasswordHash, type DB } from "@pb/db";
import { checkPassword, hashPassword } from "./password-hash";
import { isRole, type Role } from "./roles";

export type Membership = { councilId: string; councilName: string; roles: Role[] };
export type SignedInUser = { id: string; email: string; name: string };

/**
 * How a session signed in: with a password (and a second factor or not), or through one council's
 * OpenID Connect provider. It decides which of the user's councils the session may act for
 * (`councilsOpenTo`).
 */
export type SignInMethod = { kind: "password"; secondFactor: boolean } | { kind: "oidc"; councilId: string };

/** A right password whose hash is not argon2id is hashed again (issue 21); a failure to do so never fails the sign-in. */
export async function verifyCredentials(db: Kysely<DB>, email: string, password: string): Promise<SignedInUser | null> {
  if (email.length > 320 || password.length > 200) return null;
  const user = await findUserForSignIn(db, email);
  const { right, needsRehash } = await checkPassword(password, user?.password_hash);
  if (!user?.password_hash || !right) return null;
  if (needsRehash) {
    await replacePasswordHash(db, user.id, user.password_hash, await hashPassword(password)).catch((error: unknown) => {
      console.error("Rehashing a password failed:", error instanceof Error ? error.name : typeof error);
    });
  }
  return { id: user.id, email: user.email, name: user.display_name };
}

/**
 * Which of the user's councils a session may act for: through a council's provider, that council only;
 * with a password, the councils that let passwords in, less those that require a second factor the
 * session did not give.
 */
export function councilsOpenTo(method: SignInMethod, settings: readonly { council_id: string; local_passwords: boolean; totp_required: boolean }[]): Set<string> {
  if (method.kind === "oidc") return new Set([method.councilId]);
  return new Set(settings.filter((s) => s.local_passwords && (method.secondFactor || !s.totp_required)).map((s) => s.council_id));
}

/**
 * The councils a user belongs to and their roles in each, read fresh on every request; with a sign-in
 * method, only the councils it opens (`councilsOpenTo`).
 */
export async function getMemberships(db: Kysely<DB>, userId: string, method?: SignInMethod): Promise<Membership[]> {
  const [rows, settings] = await Promise.all([listUserMemberships(db, userId), method ? listUserSignInSettings(db, userId) : null]);
  const open = method && settings ? councilsOpenTo(method, settings) : null;
  const byCouncil = new Map<string, Membership>();
  for (const row of rows) {
    if (open && !open.has(row.council_id)) continue;
    if (!isRole(row.role)) continue;
    const m = byCouncil.get(row.council_id) ?? { councilId: row.council_id, councilName: row.council_name, roles: [] };
    m.roles.push(row.role);
    byCouncil.set(row.council_id, m);
  }
  return [...byCouncil.values()];
}

/** The council a request acts for: the one asked for if the user belongs to it, else their first. */
export function chooseMembership(memberships: Membership[], requestedCouncilId: string | null): Membership | null {
  if (requestedCouncilId) {
    const asked = memberships.find((m) => m.councilId === requestedCouncilId);
    if (asked) return asked;
  }
  return memberships[0] ?? null;
}
