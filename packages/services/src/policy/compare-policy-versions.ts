import { diffPolicies, type PolicyDifference } from "@pb/eligibility";
import type { ServiceContext } from "../shared/context";
import { describeSettingPath, describeSettingValue } from "@pb/eligibility";
import type { PolicyVersionSummary } from "./policy-version-summary";
import { readPolicyVersionDetail } from "./read-policy-version-detail";

export type DescribedDifference = PolicyDifference & {
  /** The setting in words: "Time limits › Asking for a review of a decision › number". */
  setting: string;
  /** The values in words; "not set" when that version does not set it. */
  before: string;
  after: string;
};

export type VersionComparison = { from: PolicyVersionSummary; to: PolicyVersionSummary; differences: DescribedDifference[] };

/** Every setting that differs between two of the council's versions, side by side and in words. */
export async function comparePolicyVersions(ctx: ServiceContext, input: { fromId: string; toId: string }): Promise<VersionComparison> {
  // One after the other: a transaction has one connection.
  const from = await readPolicyVersionDetail(ctx, input.fromId);
  const to = await readPolicyVersionDetail(ctx, input.toId);
  const differences = diffPolicies(from.policy, to.policy).map((d) => ({
    ...d,
    setting: describeSettingPath(d.path, d.change === "removed" ? from.policy : to.policy),
    before: describeSettingValue(d.a, from.policy.name),
    after: describeSettingValue(d.b, to.policy.name),
  }));
  return { from: from.version, to: to.version, differences };
}
