import { PRESET_IDS, resolvePreset, type Policy } from "@pb/eligibility";
import type { ServiceContext } from "../shared/context";
import { NotFoundError } from "../shared/errors";
import { describeVersionProvenance, type VersionProvenance } from "@pb/eligibility";
import { parseStoredPolicy } from "./policy-in-force";
import { selectVersionSummaries, toVersionSummary, type PolicyVersionSummary } from "./policy-version-summary";

export type PolicyVersionDetail = {
  version: PolicyVersionSummary;
  policy: Policy;
  /** Where each setting comes from: the preset's own document, the baseline, or the council. */
  provenance: VersionProvenance;
};

/** One of the council's versions, whole, with the provenance of each setting for the admin pages. */
export async function readPolicyVersionDetail(ctx: ServiceContext, versionId: string): Promise<PolicyVersionDetail> {
  const row = await selectVersionSummaries(ctx).select("policy_version.document").where("policy_version.id", "=", versionId).executeTakeFirst();
  if (!row) throw new NotFoundError("That policy version");
  const policy = parseStoredPolicy(row.id, row.document, row.status === "published");
  const presetId = row.preset_id && PRESET_IDS.includes(row.preset_id) ? row.preset_id : null;
  const preset = presetId ? { id: presetId, resolved: resolvePreset(presetId) } : null;
  return { version: toVersionSummary(row), policy, provenance: describeVersionProvenance(policy, preset) };
}

/** The council's one draft, if it has one. */
export async function findDraft(ctx: ServiceContext): Promise<PolicyVersionSummary | null> {
  const row = await selectVersionSummaries(ctx).where("policy_version.status", "=", "draft").executeTakeFirst();
  return row ? toVersionSummary(row) : null;
}
