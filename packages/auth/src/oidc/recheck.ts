import type { Kysely } from "kysely";
import { listIdentityProviders, withCouncil, type DB } from "@pb/db";
import { openSecret } from "../secrets/sealed-secret";
import { revokeSessions } from "../sign-in/sessions";
import { applyRolesFromGroups, refreshTokenSealBinding, rolesFromClaims, saveGrant } from "./council-access";
import { toProviderEntries } from "./provider-config";
import { refreshIdToken } from "./token-refresh";

export type RecheckSettings = {
  /** How long a re-check's answer stands (PB_OIDC_RECHECK_SECONDS, 60 by default; 0 asks on every request). */
  recheckSeconds: number;
  now?: Date;
  fetchImpl?: typeof fetch;
};

export type RecheckOutcome = "ok" | "revoked";

// When each session's access was last confirmed, per process: a re-check is a round trip to the provider.
const confirmedAt = new Map<string, number>();

/**
 * Whether a session made through a council's provider still has access: the refresh token is spent
 * for a fresh ID token, and its groups give the user's roles in the council now. No mapped group, a
 * refused grant or a provider that was removed ends access: the roles there are removed, the grant
 * cleared and every session of the user revoked (session_version), so the next request finds none.
 * The grant's row is locked while the provider is asked, so parallel requests queue instead of
 * spending one refresh token twice (providers that rotate them refuse the second).
 */
export async function recheckOidcAccess(db: Kysely<DB>, session: { userId: string; councilId: string }, settings: RecheckSettings): Promise<RecheckOutcome> {
  const now = settings.now ?? new Date();
  const key = `${session.userId}:${session.councilId}`;
  const last = confirmedAt.get(key);
  if (last !== undefined && now.getTime() - last < settings.recheckSeconds * 1000) return "ok";

  const entry = toProviderEntries(await listIdentityProviders(db)).find((e) => e.councilId === session.councilId);
  const outcome = await withCouncil(db, session.councilId, async (trx): Promise<RecheckOutcome> => {
    const grant = await trx
      .selectFrom("oidc_grant")
      .select("refresh_token_sealed")
      .where("council_id", "=", session.councilId)
      .where("user_id", "=", session.userId)
      .forUpdate()
      .executeTakeFirst();
    const refreshToken = grant?.refresh_token_sealed ? openSecret(grant.refresh_token_sealed, refreshTokenSealBinding(session.councilId, session.userId)) : null;
    const refreshed = entry && refreshToken ? await refreshIdToken(entry, refreshToken, settings.fetchImpl) : ({ kind: "revoked" } as const);
    const roles = refreshed.kind === "ok" && entry ? await rolesFromClaims(trx, session.councilId, refreshed.claims, entry.groupsClaim) : [];
    await applyRolesFromGroups(trx, session.councilId, session.userId, roles, "recheck");
    await saveGrant(trx, session.councilId, session.userId, roles.length && refreshed.kind === "ok" ? refreshed.refreshToken : null);
    return roles.length ? "ok" : "revoked";
  });
  if (outcome === "ok") {
    confirmedAt.set(key, now.getTime());
    return "ok";
  }
  confirmedAt.delete(key);
  // Ended by the provider's answer, not by the user: no actor.
  await revokeSessions(db, session.userId, null);
  return "revoked";
}
