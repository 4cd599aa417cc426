import type { Kysely } from "kysely";
import { adoptPresetPolicy, type Policy } from "@pb/eligibility";
import type { DB } from "../schema";

export type SeededPolicy = { id: string; versionNumber: number; effectiveFrom: string; policy: Policy };

/**
 * Demo County adopted Surrey's policy in April 2024 and made its yearly amendments from
 * September 2025, so dashboards can compare before and after a published version.
 */
export async function seedDemoPolicies(db: Kysely<DB>, council: { id: string; name: string }, adminId: string, newId: () => string): Promise<SeededPolicy[]> {
  const first = adoptPresetPolicy("surrey", council.name);
  const second = structuredClone(first) as Policy;
  second.version = `${first.version}-demo-2025`;
  const counted = second.timeLimits.reviewRequest;
  if (counted) second.timeLimits.reviewRequest = { ...counted, n: 20, unit: "working_days", source: { document: "council", rule: "T7" } };
  second.finance = { ...second.finance, underspendWeeks: 8 };

  const versions: SeededPolicy[] = [
    { id: newId(), versionNumber: 1, effectiveFrom: "2024-04-01", policy: first },
    { id: newId(), versionNumber: 2, effectiveFrom: "2025-09-01", policy: second },
  ];
  const notes = [
    "Adopted the Surrey preset",
    "Yearly amendments: families have 20 working days to ask for a review; underspend flagged after 8 weeks",
  ];
  for (const [i, v] of versions.entries()) {
    await db
      .insertInto("policy_version")
      .values({
        council_id: council.id,
        id: v.id,
        version_number: v.versionNumber,
        status: "published",
        preset_id: "surrey",
        based_on_version_id: i > 0 ? versions[i - 1]?.id ?? null : null,
        document: JSON.stringify(v.policy),
        change_note: notes[i] ?? "",
        effective_from: v.effectiveFrom,
        published_at: new Date(`${v.effectiveFrom}T09:00:00Z`),
        published_by: adminId,
      })
      .execute();
  }
  return versions;
}

export function policyInForceOn(policies: readonly SeededPolicy[], date: string): SeededPolicy {
  let found: SeededPolicy | undefined;
  for (const p of policies) if (p.effectiveFrom <= date) found = p;
  if (!found) throw new RangeError(`no demo policy in force on ${date}`);
  return found;
}
