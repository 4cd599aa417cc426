import type { Transaction } from "kysely";
import { listGroupRoles, setCouncilRoles, writeAudit, type DB, type Role } from "@pb/db";
import { readGroupsClaim, rolesForGroups } from "../identity/group-roles";
import { sealSecret } from "../secrets/sealed-secret";

// Inside the council's own transaction (withCouncil): a user's roles there follow their groups.

/** What a refresh token is bound to when sealed: the user's grant in one council. */
export function refreshTokenSealBinding(councilId: string, userId: string): string {
  return `oidc-refresh-token:${councilId}:${userId}`;
}

export const ROLES_FROM_GROUPS = "identity.roles_from_groups";

/** The roles the claims' groups give in the council (none: no access). */
export async function rolesFromClaims(trx: Transaction<DB>, councilId: string, claims: Record<string, unknown>, groupsClaim: string): Promise<Role[]> {
  return rolesForGroups(readGroupsClaim(claims, groupsClaim), await listGroupRoles(trx, councilId));
}

/** Replaces the user's roles in the council with `roles`, audited when anything changed (never with a name or email). */
export async function applyRolesFromGroups(trx: Transaction<DB>, councilId: string, userId: string, roles: readonly Role[], reason: "sign_in" | "recheck"): Promise<void> {
  const { added, removed } = await setCouncilRoles(trx, { councilId, userId, roles });
  if (!added.length && !removed.length) return;
  await writeAudit(trx, { councilId, actorUserId: null, action: ROLES_FROM_GROUPS, entity: "council_membership", entityId: userId, before: { removed }, after: { added, reason } });
}

/** Keeps the refresh token (sealed) the next request's re-check spends; null: none is left, access has ended. */
export async function saveGrant(trx: Transaction<DB>, councilId: string, userId: string, refreshToken: string | null): Promise<void> {
  const sealed = refreshToken ? sealSecret(refreshToken, refreshTokenSealBinding(councilId, userId)) : null;
  await trx
    .insertInto("oidc_grant")
    .values({ council_id: councilId, user_id: userId, refresh_token_sealed: sealed, updated_at: new Date() })
    .onConflict((oc) => oc.columns(["council_id", "user_id"]).doUpdateSet({ refresh_token_sealed: sealed, updated_at: new Date() }))
    .execute();
}
