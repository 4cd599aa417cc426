import type { Kysely } from "kysely";
import { withCouncil, type DB } from "@pb/db";
import { FINAL_DELIVERY_STATUSES } from "./delivery-status";
import type { NotifyApi } from "./notify-api";
import { listCouncilsWithMessages } from "./send-due-messages";

export type StatusSummary = { checked: number; changed: number; unreachable: number };

/**
 * Asks Notify how each sent message is doing, until its status is final (delivered, or a failure Notify
 * will not retry), and keeps the answer on the outbox row for the case page. Oldest-checked first;
 * a council whose calls get no answer is left for the next run.
 */
export async function fetchDeliveryStatuses(db: Kysely<DB>, client: NotifyApi, options: { now?: Date; batchSize?: number } = {}): Promise<StatusSummary> {
  const now = options.now ?? new Date();
  const summary: StatusSummary = { checked: 0, changed: 0, unreachable: 0 };
  for (const councilId of await listCouncilsWithMessages(db, now)) {
    const rows = await withCouncil(db, councilId, (trx) =>
      trx
        .selectFrom("notification_outbox")
        .select(["id", "notify_id", "notify_status"])
        .where("council_id", "=", councilId)
        .where("status", "=", "sent")
        .where("notify_id", "is not", null)
        .where((eb) => eb.or([eb("notify_status", "is", null), eb("notify_status", "not in", [...FINAL_DELIVERY_STATUSES])]))
        .orderBy("status_checked_at", (o) => o.asc().nullsFirst())
        .limit(options.batchSize ?? 200)
        .execute(),
    );
    for (const row of rows) {
      if (!row.notify_id) continue;
      let status: string;
      try {
        status = (await client.getNotification(row.notify_id)).status;
      } catch {
        summary.unreachable++;
        break;
      }
      summary.checked++;
      if (status !== row.notify_status) summary.changed++;
      await withCouncil(db, councilId, (trx) =>
        trx.updateTable("notification_outbox").set({ notify_status: status, status_checked_at: now }).where("council_id", "=", councilId).where("id", "=", row.id).execute(),
      );
    }
  }
  return summary;
}
