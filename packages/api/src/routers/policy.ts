import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { CheckInput, IsoDate, Policy, listPolicyPresets } from "@pb/eligibility";
import { adoptPreset, comparePolicyVersions, discardDraft, getNextPolicyReview, getPolicyInForce, listPolicyVersions, openDraft, publishDraft, readPolicyVersionDetail, saveDraft, tryRequest } from "@pb/services";
import { Uuid } from "../inputs";
import { councilProcedure, createRouter } from "../trpc";

const admin = councilProcedure(ACCESS.policyAdmin);

const RowVersion = z.number({ error: "must be the version you loaded" }).int().min(1).max(2_147_483_647);

// A policy is a few tens of kilobytes; refuse anything far larger before walking it.
const MAX_DOCUMENT_CHARS = 1_000_000;
const PolicyDocument = z
  .unknown()
  .refine((value) => (JSON.stringify(value) ?? "").length <= MAX_DOCUMENT_CHARS, { error: "is too large to be a policy" })
  .pipe(Policy);

export const PolicyVersionInput = z.strictObject({ versionId: Uuid });
export const AdoptPresetInput = z.strictObject({ presetId: z.string().min(1).max(64), effectiveFrom: IsoDate });
export const OpenDraftInput = z.strictObject({ fromVersionId: Uuid.optional() });
export const SaveDraftInput = z.strictObject({
  draftId: Uuid,
  version: RowVersion,
  document: PolicyDocument,
  changeNote: z.string().max(2000, { error: "must be at most 2,000 characters" }),
});
export const PublishInput = z.strictObject({ draftId: Uuid, version: RowVersion, effectiveFrom: IsoDate });
export const DiscardDraftInput = z.strictObject({ draftId: Uuid, version: RowVersion });
export const DiffInput = z.strictObject({ fromId: Uuid, toId: Uuid });
export const InForceInput = z.strictObject({ date: IsoDate.optional() }).optional();
export const TryRequestInput = z.strictObject({ request: CheckInput });

export const policyRouter = createRouter({
  /** Every version, newest first: status, effective date, change note, who published. */
  versions: admin.query(({ ctx }) => listPolicyVersions(ctx.service)),

  /** The version in force on a date (today by default), and its policy; null before the first. */
  inForce: councilProcedure(ACCESS.policyRead)
    .input(InForceInput)
    .query(({ ctx, input }) => getPolicyInForce(ctx.db, ctx.councilId, input?.date ?? ctx.service.today)),

  /** The next formal review of the policy in force on a date (T8): due date, or "not set by the policy"; null before the first version. */
  nextReview: councilProcedure(ACCESS.policyRead)
    .input(InForceInput)
    .query(({ ctx, input }) => getNextPolicyReview(ctx.service, input?.date ?? ctx.service.today)),

  /** One version whole: its document, status, and where each setting comes from. */
  get: admin.input(PolicyVersionInput).query(async ({ ctx, input }) => {
    const detail = await readPolicyVersionDetail(ctx.service, input.versionId);
    return { version: detail.version, status: detail.version.status, document: detail.policy, provenance: detail.provenance };
  }),

  /** The presets a council can start from. */
  presets: admin.query(() => listPolicyPresets()),

  /** A new council's first policy, from a preset. */
  adoptPreset: admin.input(AdoptPresetInput).mutation(async ({ ctx, input }) => ({ versionId: await adoptPreset(ctx.service, input) })),

  openDraft: admin.input(OpenDraftInput).mutation(async ({ ctx, input }) => ({ draftId: await openDraft(ctx.service, input) })),

  /** Saves the whole draft; a stale version is a CONFLICT, a bad document a BAD_REQUEST naming the path. */
  saveDraft: admin.input(SaveDraftInput).mutation(async ({ ctx, input }) => ({ version: await saveDraft(ctx.service, input) })),

  publish: admin.input(PublishInput).mutation(async ({ ctx, input }) => {
    await publishDraft(ctx.service, input);
    return { versionId: input.draftId };
  }),

  discardDraft: admin.input(DiscardDraftInput).mutation(async ({ ctx, input }) => {
    await discardDraft(ctx.service, input);
    return { discarded: input.draftId };
  }),

  /** Settings that differ between two versions, in words. */
  diff: admin.input(DiffInput).query(({ ctx, input }) => comparePolicyVersions(ctx.service, input)),

  /** A made-up request under the draft and under the version in force, side by side. A mutation so the child's facts travel in the body, never the URL. */
  tryRequest: admin.input(TryRequestInput).mutation(({ ctx, input }) => tryRequest(ctx.service, input)),
});
