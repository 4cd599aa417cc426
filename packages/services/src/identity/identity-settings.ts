import { listGroupRoles, writeAudit, type Role } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ConflictError, NotFoundError, ValidationError } from "../shared/errors";
import { judgeLocalPasswordsOff } from "./sign-in-settings-rules";

// Issue 21: a council's identity provider, which of its groups give which roles, and whether local
// passwords and a second factor are allowed. Admins change them; each change is audited, never with
// the client secret (which arrives here already sealed, see @pb/auth's sealSecret).

export const DEFAULT_GROUPS_CLAIM = "groups";

export type IdentityProviderSettings = { issuer: string; clientId: string; groupsClaim: string; version: number; updatedAt: Date };
export type SignInSettings = { localPasswords: boolean; totpRequired: boolean; version: number };
export type GroupRole = { groupId: string; role: Role };
export type IdentitySettings = { provider: IdentityProviderSettings | null; groupRoles: GroupRole[]; signIn: SignInSettings };

const CHANGED = "Someone else changed these settings since you opened them. Reload to see their change, then try again.";

export async function getIdentitySettings(ctx: ServiceContext): Promise<IdentitySettings> {
  const [provider, groupRoles, signIn] = await Promise.all([
    ctx.db.selectFrom("council_identity_provider").select(["issuer", "client_id", "groups_claim", "version", "updated_at"]).where("council_id", "=", ctx.councilId).executeTakeFirst(),
    listGroupRoles(ctx.db, ctx.councilId),
    ctx.db.selectFrom("council_sign_in_setting").select(["local_passwords", "totp_required", "version"]).where("council_id", "=", ctx.councilId).executeTakeFirst(),
  ]);
  return {
    provider: provider ? { issuer: provider.issuer, clientId: provider.client_id, groupsClaim: provider.groups_claim, version: provider.version, updatedAt: provider.updated_at } : null,
    groupRoles: groupRoles.map((r) => ({ groupId: r.group_id, role: r.role })),
    signIn: signIn ? { localPasswords: signIn.local_passwords, totpRequired: signIn.totp_required, version: signIn.version } : { localPasswords: true, totpRequired: false, version: 0 },
  };
}

/**
 * Sets the council's provider. `clientSecretSealed` null keeps the secret saved; the first save needs
 * one. `version` is what the admin saw (0: no provider yet).
 */
export async function saveIdentityProvider(
  ctx: ServiceContext,
  input: { issuer: string; clientId: string; groupsClaim: string; clientSecretSealed: Uint8Array | null; version: number },
): Promise<IdentityProviderSettings> {
  const before = (await getIdentitySettings(ctx)).provider;
  if ((before?.version ?? 0) !== input.version) throw new ConflictError(CHANGED);
  const values = { issuer: input.issuer, client_id: input.clientId, groups_claim: input.groupsClaim, updated_by: ctx.actorUserId, updated_at: new Date() };
  let saved: { version: number } | undefined;
  if (!before) {
    if (!input.clientSecretSealed) throw new ValidationError("clientSecret", "is needed the first time the provider is set up");
    saved = await ctx.db
      .insertInto("council_identity_provider")
      .values({ council_id: ctx.councilId, ...values, client_secret_sealed: Buffer.from(input.clientSecretSealed) })
      .onConflict((oc) => oc.column("council_id").doNothing())
      .returning(["version"])
      .executeTakeFirst();
  } else {
    saved = await ctx.db
      .updateTable("council_identity_provider")
      .set((eb) => ({ ...values, ...(input.clientSecretSealed ? { client_secret_sealed: Buffer.from(input.clientSecretSealed) } : {}), version: eb("version", "+", 1) }))
      .where("council_id", "=", ctx.councilId)
      .where("version", "=", input.version)
      .returning(["version"])
      .executeTakeFirst();
  }
  if (!saved) throw new ConflictError(CHANGED);
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "identity.provider_saved", entity: "council_identity_provider", entityId: ctx.councilId,
    before: before ? { issuer: before.issuer, clientId: before.clientId, groupsClaim: before.groupsClaim } : null,
    after: { issuer: input.issuer, clientId: input.clientId, groupsClaim: input.groupsClaim, clientSecretChanged: input.clientSecretSealed !== null },
  });
  return { issuer: input.issuer, clientId: input.clientId, groupsClaim: input.groupsClaim, version: saved.version, updatedAt: values.updated_at };
}

/** A group of the provider gives a role; the same pair twice is refused. */
export async function addGroupRole(ctx: ServiceContext, input: GroupRole): Promise<void> {
  const added = await ctx.db
    .insertInto("council_group_role")
    .values({ council_id: ctx.councilId, group_id: input.groupId, role: input.role })
    .onConflict((oc) => oc.columns(["council_id", "group_id", "role"]).doNothing())
    .returning(["group_id"])
    .executeTakeFirst();
  if (!added) throw new ValidationError("groupId", `already gives the role ${input.role}`);
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "identity.group_role_added", entity: "council_group_role", entityId: input.groupId, after: input });
}

/** The group no longer gives the role: members who have it only through this group lose it at their next request. */
export async function removeGroupRole(ctx: ServiceContext, input: GroupRole): Promise<void> {
  const removed = await ctx.db
    .deleteFrom("council_group_role")
    .where("council_id", "=", ctx.councilId)
    .where("group_id", "=", input.groupId)
    .where("role", "=", input.role)
    .returning(["group_id"])
    .executeTakeFirst();
  if (!removed) throw new NotFoundError("That group and role");
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "identity.group_role_removed", entity: "council_group_role", entityId: input.groupId, before: input });
}

/** Local passwords on or off and a second factor required or not (see judgeLocalPasswordsOff). */
export async function saveSignInSettings(ctx: ServiceContext, input: { localPasswords: boolean; totpRequired: boolean; version: number }): Promise<SignInSettings> {
  const current = await getIdentitySettings(ctx);
  if (current.signIn.version !== input.version) throw new ConflictError(CHANGED);
  const refusal = judgeLocalPasswordsOff({ localPasswords: input.localPasswords, hasProvider: current.provider !== null, hasGroupRoles: current.groupRoles.length > 0 });
  if (refusal) throw new ValidationError("localPasswords", refusal);
  const values = { local_passwords: input.localPasswords, totp_required: input.totpRequired, updated_by: ctx.actorUserId, updated_at: new Date() };
  const saved =
    input.version === 0
      ? await ctx.db.insertInto("council_sign_in_setting").values({ council_id: ctx.councilId, ...values }).onConflict((oc) => oc.column("council_id").doNothing()).returning(["version"]).executeTakeFirst()
      : await ctx.db
          .updateTable("council_sign_in_setting")
          .set((eb) => ({ ...values, version: eb("version", "+", 1) }))
          .where("council_id", "=", ctx.councilId)
          .where("version", "=", input.version)
          .returning(["version"])
          .executeTakeFirst();
  if (!saved) throw new ConflictError(CHANGED);
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "identity.sign_in_settings_saved", entity: "council_sign_in_setting", entityId: ctx.councilId,
    before: { localPasswords: current.signIn.localPasswords, totpRequired: current.signIn.totpRequired },
    after: { localPasswords: input.localPasswords, totpRequired: input.totpRequired },
  });
  return { localPasswords: input.localPasswords, totpRequired: input.totpRequired, version: saved.version };
}
