import { adoptPresetPolicy, diffPolicies, Policy, PolicyError, resolvePreset, type PolicyDifference } from "@pb/eligibility";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ConflictError, NotFoundError, ValidationError } from "../shared/errors";
import { updateAtVersion } from "../shared/versioned-update";
import { getPolicyVersion, parseStoredPolicy } from "./policy-in-force";
import { selectVersionSummaries, toVersionSummary, type PolicyVersionSummary } from "./policy-version-summary";

export type { PolicyVersionSummary };

/** Every version of the council's policy, newest first, with who published it. */
export async function listPolicyVersions(ctx: ServiceContext): Promise<PolicyVersionSummary[]> {
  const rows = await selectVersionSummaries(ctx).execute();
  return rows.map(toVersionSummary);
}

async function nextVersionNumber(ctx: ServiceContext): Promise<number> {
  const row = await ctx.db
    .selectFrom("policy_version")
    .select((eb) => eb.fn.max("version_number").as("latest"))
    .where("council_id", "=", ctx.councilId)
    .executeTakeFirst();
  return Number(row?.latest ?? 0) + 1;
}

async function latestEffectiveFrom(ctx: ServiceContext): Promise<string | null> {
  const row = await ctx.db
    .selectFrom("policy_version")
    .select("effective_from")
    .where("council_id", "=", ctx.councilId)
    .where("status", "=", "published")
    .orderBy("effective_from", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.effective_from ?? null;
}

/**
 * A new council's first policy: a preset, published from the given date. The policy takes the
 * council's name, since messages to families name the council whose policy it is.
 */
export async function adoptPreset(ctx: ServiceContext, input: { presetId: string; effectiveFrom: string }): Promise<string> {
  let policy: Policy;
  try {
    const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirstOrThrow();
    policy = adoptPresetPolicy(input.presetId, council.name);
  } catch (error) {
    if (error instanceof PolicyError) throw new ValidationError("presetId", error.message);
    throw error;
  }
  const latest = await latestEffectiveFrom(ctx);
  // A first policy may start in the past (decisions made before the system); a later one may not,
  // or it would change which policy past decisions are judged by.
  if (latest && input.effectiveFrom < ctx.today) throw new ValidationError("effectiveFrom", "cannot be in the past once the council has a published policy");
  if (latest && input.effectiveFrom <= latest) throw new ValidationError("effectiveFrom", `must be after ${latest}, the latest version's effective date`);
  const row = await ctx.db
    .insertInto("policy_version")
    .values({
      council_id: ctx.councilId,
      version_number: await nextVersionNumber(ctx),
      status: "published",
      preset_id: input.presetId,
      document: JSON.stringify(policy),
      change_note: `Adopted the ${resolvePreset(input.presetId).policy.name} preset`,
      effective_from: input.effectiveFrom,
      published_at: new Date(),
      published_by: ctx.actorUserId,
    })
    .returning(["id", "version_number"])
    .executeTakeFirstOrThrow();
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "policy.adopt_preset", entity: "policy_version", entityId: row.id, after: { presetId: input.presetId, effectiveFrom: input.effectiveFrom, versionNumber: row.version_number } });
  return row.id;
}

/** Opens the council's one draft, as a copy of a version (the latest published by default). */
export async function openDraft(ctx: ServiceContext, input: { fromVersionId?: string }): Promise<string> {
  const existing = await ctx.db.selectFrom("policy_version").select("id").where("council_id", "=", ctx.councilId).where("status", "=", "draft").executeTakeFirst();
  if (existing) throw new ConflictError("There is already a draft. Edit or discard it before starting another.");
  let query = ctx.db.selectFrom("policy_version").select(["id", "document", "preset_id"]).where("council_id", "=", ctx.councilId).where("status", "=", "published");
  query = input.fromVersionId ? query.where("id", "=", input.fromVersionId) : query.orderBy("effective_from", "desc").orderBy("version_number", "desc").limit(1);
  const source = await query.executeTakeFirst();
  if (!source) throw new NotFoundError(input.fromVersionId ? "That policy version" : "A published policy to start from");
  const row = await ctx.db
    .insertInto("policy_version")
    .values({
      council_id: ctx.councilId,
      version_number: await nextVersionNumber(ctx),
      status: "draft",
      preset_id: source.preset_id,
      based_on_version_id: source.id,
      document: JSON.stringify(source.document),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "policy.open_draft", entity: "policy_version", entityId: row.id, after: { basedOn: source.id } });
  return row.id;
}

function validatePolicyDocument(document: unknown): Policy {
  const parsed = Policy.safeParse(document);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = ["document", ...(issue?.path ?? []).map(String)].join(".");
  throw new ValidationError(field, issue?.message ?? "is not valid");
}

async function loadDraft(ctx: ServiceContext, draftId: string) {
  const found = await getPolicyVersion(ctx.db, ctx.councilId, draftId);
  if (!found) throw new NotFoundError("That policy draft");
  if (found.row.status !== "draft") throw new ConflictError("That version is published and can no longer be edited. Open a new draft instead.");
  return found;
}

/** Saves the whole draft document; it must be a valid policy, and nobody else may have saved since. */
export async function saveDraft(ctx: ServiceContext, input: { draftId: string; version: number; document: unknown; changeNote: string }): Promise<number> {
  const before = await loadDraft(ctx, input.draftId);
  const policy = validatePolicyDocument(input.document);
  const updated = await updateAtVersion(ctx, "policy_version", input.draftId, input.version, { document: JSON.stringify(policy), change_note: input.changeNote }, "The policy draft");
  const changes = diffPolicies(before.policy, policy);
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "policy.save_draft", entity: "policy_version", entityId: input.draftId, before: { version: input.version }, after: { version: updated.version, changes } });
  return Number(updated.version);
}

/** Publishes the draft from an effective date; from then on the version never changes. */
export async function publishDraft(ctx: ServiceContext, input: { draftId: string; version: number; effectiveFrom: string }): Promise<void> {
  await loadDraft(ctx, input.draftId);
  if (input.effectiveFrom < ctx.today) throw new ValidationError("effectiveFrom", "cannot be in the past: decisions already made were judged by the policy then in force");
  const latest = await latestEffectiveFrom(ctx);
  if (latest && input.effectiveFrom <= latest) throw new ValidationError("effectiveFrom", `must be after ${latest}, when the latest published version took effect`);
  await updateAtVersion(ctx, "policy_version", input.draftId, input.version, { status: "published", effective_from: input.effectiveFrom, published_at: new Date(), published_by: ctx.actorUserId }, "The policy draft");
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "policy.publish", entity: "policy_version", entityId: input.draftId, after: { effectiveFrom: input.effectiveFrom } });
}

export async function discardDraft(ctx: ServiceContext, input: { draftId: string; version: number }): Promise<void> {
  await loadDraft(ctx, input.draftId);
  const deleted = await ctx.db.deleteFrom("policy_version").where("council_id", "=", ctx.councilId).where("id", "=", input.draftId).where("version", "=", input.version).executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1) throw new ConflictError("The draft was changed by someone else. Reload and try again.");
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "policy.discard_draft", entity: "policy_version", entityId: input.draftId });
}

export async function readPolicyVersion(ctx: ServiceContext, versionId: string) {
  const found = await getPolicyVersion(ctx.db, ctx.councilId, versionId);
  if (!found) throw new NotFoundError("That policy version");
  return found;
}

export async function diffPolicyVersions(ctx: ServiceContext, input: { fromId: string; toId: string }): Promise<PolicyDifference[]> {
  // One after the other: a transaction has one connection.
  const from = await readPolicyVersion(ctx, input.fromId);
  const to = await readPolicyVersion(ctx, input.toId);
  return diffPolicies(from.policy, to.policy);
}

export { parseStoredPolicy };
