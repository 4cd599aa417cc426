import type { Kysely, Transaction } from "kysely";
import type { DB } from "./schema";

export type AuditEntry = {
  councilId: string;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  /** The child the change concerns, when there is one: the case page's history reads by it. */
  childId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends one audit row; call it inside the same transaction as the change it records. */
export async function writeAudit(trx: Transaction<DB> | Kysely<DB>, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto("audit_log")
    .values({
      council_id: entry.councilId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      child_id: entry.childId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}
