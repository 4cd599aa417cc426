import { Policy } from "@pb/eligibility";
import type { CouncilTransaction } from "@pb/db";

export type PolicyVersionInForce = {
  versionId: string;
  versionNumber: number;
  effectiveFrom: string;
  policy: Policy;
};

// Published versions never change (a trigger freezes them), so a parsed copy keyed by id stays true.
const parsedById = new Map<string, Policy>();

export function parseStoredPolicy(versionId: string, document: unknown, cacheable: boolean): Policy {
  const cached = parsedById.get(versionId);
  if (cached) return cached;
  const policy = Policy.parse(document);
  if (cacheable) parsedById.set(versionId, policy);
  return policy;
}

/**
 * The one function that says which policy was in force for a council on a date: the published
 * version with the latest effective date on or before it. Null before the council's first version.
 */
export async function getPolicyInForce(db: CouncilTransaction, councilId: string, date: string): Promise<PolicyVersionInForce | null> {
  const row = await db
    .selectFrom("policy_version")
    .select(["id", "version_number", "effective_from", "document"])
    .where("council_id", "=", councilId)
    .where("status", "=", "published")
    .where("effective_from", "<=", date)
    .orderBy("effective_from", "desc")
    .orderBy("version_number", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row || !row.effective_from) return null;
  return {
    versionId: row.id,
    versionNumber: row.version_number,
    effectiveFrom: row.effective_from,
    policy: parseStoredPolicy(row.id, row.document, true),
  };
}

/** A published version by id, parsed; for re-reading the policy a recorded decision used. */
export async function getPolicyVersion(db: CouncilTransaction, councilId: string, versionId: string) {
  const row = await db
    .selectFrom("policy_version")
    .selectAll()
    .where("council_id", "=", councilId)
    .where("id", "=", versionId)
    .executeTakeFirst();
  if (!row) return null;
  return { row, policy: parseStoredPolicy(row.id, row.document, row.status === "published") };
}
