import bcrypt from "bcryptjs";
import type { Kysely } from "kysely";
import { findUserForSignIn, listUserMemberships, type DB } from "@pb/db";
import { isRole, type Role } from "./roles";

export type Membership = { councilId: string; councilName: string; roles: Role[] };
export type SignedInUser = { id: string; email: string; name: string };

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const DUMMY_HASH = "$2b$10$IEhdRcKX.c4IGE2JvwOoKuAF1Lh4yo0gBoj7Z5ABH8yOITGkXO2KC";

export async function verifyCredentials(db: Kysely<DB>, email: string, password: string): Promise<SignedInUser | null> {
  if (email.length > 320 || password.length > 200) return null;
  const user = await findUserForSignIn(db, email);
  const ok = await bcrypt.compare(password, user?.password_hash ?? DUMMY_HASH);
  return user && ok ? { id: user.id, email: user.email, name: user.display_name } : null;
}

/** The councils a user belongs to and their roles in each, read fresh on every request. */
export async function getMemberships(db: Kysely<DB>, userId: string): Promise<Membership[]> {
  const rows = await listUserMemberships(db, userId);
  const byCouncil = new Map<string, Membership>();
  for (const row of rows) {
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

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10);
}
