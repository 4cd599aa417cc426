import { sql, type Kysely } from "kysely";
import { actAsApplication } from "../audit-outside-council";
import type { DB } from "../schema";

export type PublishedPolicyRow = { versionId: string; versionNumber: number; effectiveFrom: string; document: unknown };
export type PublishedPolicies = { councilName: string; versions: PublishedPolicyRow[] };

type Row = { council_name: string; version_id: string; version_number: number; effective_from: string; document: unknown };

/**
 * A council's published policy versions by its slug, for the public Local Offer page, or null for
 * an unknown slug (or a council with nothing published). Read-only, as the application's role, with
 * no council entered: `pb_local_offer` (migration 0028) is the only thing such a transaction can read.
 */
export async function readPublishedPolicies(db: Kysely<DB>, slug: string): Promise<PublishedPolicies | null> {
  const rows = await db.transaction().execute(async (trx) => {
    await sql`set transaction read only`.execute(trx);
    await actAsApplication(trx);
    const result =
      await sql<Row>`select council_name, version_id, version_number, effective_from, document from pb_local_offer(${slug})`.execute(
        trx,
      );
    return result.rows;
  });
  const first = rows[0];
  if (!first) return null;
  return {
    councilName: first.council_name,
    versions: rows.map((r) => ({
      versionId: r.version_id,
      versionNumber: r.version_number,
      effectiveFrom: r.effective_from,
      document: typeof r.document === "string" ? JSON.parse(r.document) : r.document,
    })),
  };
}
