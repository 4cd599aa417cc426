import type { Kysely } from "kysely";
import { createOrFindUser, findUserForSignIn, recordSignIn, withCouncil, type DB } from "@pb/db";
import { activeSessionVersion } from "../sign-in/sessions";
import { applyRolesFromGroups, rolesFromClaims, saveGrant } from "./council-access";
import { emailOfClaims, type OidcProviderEntry } from "./provider-config";

export type OidcSignInOutcome = { kind: "signed_in"; userId: string; sessionVersion: number } | { kind: "no_role" } | { kind: "no_email" } | { kind: "no_refresh_token" } | { kind: "deactivated" };

/**
 * A sign-in through a council's provider, after next-auth has checked the ID token (signature, issuer,
 * audience, nonce). The user's groups give their roles in that council, replacing what they had there;
 * no mapped group refuses the sign-in and takes away any roles left from an earlier one. The refresh
 * token is kept for the re-check each request makes (see recheckOidcAccess).
 */
export async function completeOidcSignIn(db: Kysely<DB>, entry: OidcProviderEntry, claims: Record<string, unknown>, refreshToken: string | undefined): Promise<OidcSignInOutcome> {
  const email = emailOfClaims(claims);
  if (!email) return { kind: "no_email" };
  const roles = await withCouncil(db, entry.councilId, (trx) => rolesFromClaims(trx, entry.councilId, claims, entry.groupsClaim));
  if (!roles.length) {
    const known = await findUserForSignIn(db, email);
    if (known) {
      await withCouncil(db, entry.councilId, async (trx) => {
        await applyRolesFromGroups(trx, entry.councilId, known.id, [], "sign_in");
        await saveGrant(trx, entry.councilId, known.id, null);
      });
    }
    return { kind: "no_role" };
  }
  if (!refreshToken) return { kind: "no_refresh_token" };
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name : email;
  const user = await createOrFindUser(db, { email, displayName: name.slice(0, 200) });
  const sessionVersion = await activeSessionVersion(db, user.id);
  if (sessionVersion === null) return { kind: "deactivated" };
  await withCouncil(db, entry.councilId, async (trx) => {
    await applyRolesFromGroups(trx, entry.councilId, user.id, roles, "sign_in");
    await saveGrant(trx, entry.councilId, user.id, refreshToken);
  });
  await recordSignIn(db, user.id);
  return { kind: "signed_in", userId: user.id, sessionVersion };
}
