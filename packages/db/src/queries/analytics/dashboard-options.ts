import { sql } from "kysely";
import type { AnalyticsDb } from "./analytics-filter";

export type PublishedVersion = { id: string; versionNumber: number; effectiveFrom: string; changeNote: string };

/** The council's published policy versions, oldest first: filter options and the policy review's periods. */
export async function listPublishedPolicyVersions(db: AnalyticsDb, councilId: string): Promise<PublishedVersion[]> {
  const rows = await db
    .selectFrom("policy_version")
    .select(["id", "version_number", "effective_from", "change_note"])
    .where("council_id", "=", councilId)
    .where("status", "=", "published")
    .orderBy("effective_from")
    .orderBy("version_number")
    .execute();
  return rows.flatMap((r) => (r.effective_from ? [{ id: r.id, versionNumber: r.version_number, effectiveFrom: r.effective_from, changeNote: r.change_note }] : []));
}

/** Services that have had a budget line, for the service filter (a council may add its own codes). */
export async function listServicesInUse(db: AnalyticsDb, councilId: string): Promise<string[]> {
  const result = await sql<{ service: string }>`
    select distinct service from analytics_commitment_month where council_id = ${councilId}::uuid order by service`.execute(db);
  return result.rows.map((r) => r.service);
}
