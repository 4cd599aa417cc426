import { addDays, parseIsoDate } from "@pb/calendar";
import type { PolicyVersionInPeriod } from "@pb/reports";
import type { ServiceContext } from "../shared/context";

export type PolicyVersionInPeriodWithId = PolicyVersionInPeriod & { id: string };

/**
 * Every published version in force on at least one day of [from, to], oldest first, each with the
 * day before its successor took effect: the same rule as getPolicyInForce, over a span of days.
 */
export async function listPolicyVersionsInPeriod(ctx: ServiceContext, from: string, to: string): Promise<PolicyVersionInPeriodWithId[]> {
  const rows = await ctx.db
    .selectFrom("policy_version")
    .select(["id", "version_number", "effective_from", "change_note"])
    .where("council_id", "=", ctx.councilId)
    .where("status", "=", "published")
    .where("effective_from", "<=", to)
    .orderBy("effective_from")
    .orderBy("version_number")
    .execute();
  const versions = rows.flatMap((r) => (r.effective_from ? [{ id: r.id, versionNumber: r.version_number, effectiveFrom: r.effective_from, changeNote: r.change_note }] : []));
  // Two versions on one day: the higher number wins, as in getPolicyInForce, so the lower was never in force.
  const effective = versions.filter((v, i) => versions[i + 1]?.effectiveFrom !== v.effectiveFrom);
  return effective
    .map((v, i) => {
      const next = effective[i + 1];
      return { ...v, until: next ? dayBefore(next.effectiveFrom) : null };
    })
    .filter((v) => v.until === null || v.until >= from);
}

function dayBefore(date: string): string {
  return addDays(parseIsoDate(date), -1);
}
