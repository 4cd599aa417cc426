import { sql, type Kysely } from "kysely";
import { withCouncil, writeAudit, type DB, type MessageChannel } from "@pb/db";
import { todayIso } from "../shared/context";
import type { NotifyApi } from "./notify-api";
import { ON_SENT } from "./on-sent";
import { prepareMessage, type OutboxRow } from "./prepare-message";
import { CLAIM_LEASE_MS, judgeFailure, retryDelayMs, type FailureVerdict } from "./retry-policy";

export type SendSummary = { sent: number; adopted: number; retrying: number; failed: number };
export type SendOptions = { client: NotifyApi; now?: Date; batchSize?: number };

/** A row this sender holds: `outcomeUnknown` when an earlier attempt may have reached Notify. */
export type ClaimedMessage = OutboxRow & { outcomeUnknown: boolean };

/** The councils with messages due now or sent and awaiting a final delivery status (a function that says nothing else). */
export async function listCouncilsWithMessages(db: Kysely<DB>, now: Date): Promise<string[]> {
  const { rows } = await sql<{ council_id: string }>`select council_id from pb_councils_with_messages(${now.toISOString()}::timestamptz)`.execute(db);
  return rows.map((r) => r.council_id);
}

/**
 * Sends every message that is due, council by council, each exactly once: Notify's reference is the
 * outbox id, and a message whose earlier attempt may have reached Notify (a sender that died between
 * sending and recording, or a call that got no answer) is first looked up by that reference and, if
 * Notify has it, adopted rather than sent again. Concurrent senders never take the same row.
 */
export async function sendDueMessages(db: Kysely<DB>, options: SendOptions): Promise<SendSummary> {
  const now = options.now ?? new Date();
  const summary: SendSummary = { sent: 0, adopted: 0, retrying: 0, failed: 0 };
  for (const councilId of await listCouncilsWithMessages(db, now)) {
    for (;;) {
      const claimed = await claimDueMessages(db, councilId, now, options.batchSize ?? 50);
      for (const message of claimed) summary[await deliverMessage(db, councilId, message, options.client, now)]++;
      if (claimed.length < (options.batchSize ?? 50)) break;
    }
  }
  return summary;
}

/**
 * Takes the council's due rows for this sender (`for update skip locked`: a concurrent sender skips
 * them) and holds them for `CLAIM_LEASE_MS` by moving their next attempt on, committed before any is
 * sent: a row claimed is sent by its claimer, or found again by reference once the lease runs out.
 */
export async function claimDueMessages(db: Kysely<DB>, councilId: string, now: Date, limit: number): Promise<ClaimedMessage[]> {
  return withCouncil(db, councilId, async (trx) => {
    const rows = await trx
      .selectFrom("notification_outbox")
      .selectAll()
      .where("council_id", "=", councilId)
      .where("status", "in", ["pending", "sending"])
      .where("next_attempt_at", "<=", now)
      .orderBy("next_attempt_at")
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length === 0) return [];
    await trx
      .updateTable("notification_outbox")
      .set({ status: "sending", attempts: sql`attempts + 1`, next_attempt_at: new Date(now.getTime() + CLAIM_LEASE_MS) })
      .where("council_id", "=", councilId)
      .where("id", "in", rows.map((r) => r.id))
      .execute();
    return rows.map((r) => ({ ...r, status: "sending" as const, attempts: r.attempts + 1, outcomeUnknown: r.attempts > 0 && r.notify_id === null }));
  });
}

type Outcome = keyof SendSummary;

/** One claimed message: adopted, sent, or put back with its next attempt (or given up) and why. */
export async function deliverMessage(db: Kysely<DB>, councilId: string, message: ClaimedMessage, client: NotifyApi, now: Date): Promise<Outcome> {
  try {
    if (message.outcomeUnknown) {
      const found = (await client.findByReference(message.id))[0];
      if (found) {
        const channel: MessageChannel = found.type === "letter" ? "letter" : "email";
        await recordSent(db, councilId, message, { notifyId: found.id, channel, notifyStatus: found.status }, now);
        return "adopted";
      }
    }
    const prepared = await withCouncil(db, councilId, (trx) => prepareMessage({ db: trx, councilId, actorUserId: null, today: todayIso(now) }, message));
    const { id } =
      prepared.channel === "email"
        ? await client.sendEmail({ templateId: prepared.templateId, emailAddress: prepared.emailAddress, personalisation: prepared.personalisation, reference: message.id, attachment: prepared.attachment })
        : await client.sendPrecompiledLetter({ reference: message.id, pdf: prepared.pdf });
    await recordSent(db, councilId, message, { notifyId: id, channel: prepared.channel, notifyStatus: null }, now);
    return "sent";
  } catch (error) {
    const verdict = judgeFailure(error, message.attempts);
    await recordFailure(db, councilId, message, verdict, now);
    return verdict.retry ? "retrying" : "failed";
  }
}

async function recordSent(db: Kysely<DB>, councilId: string, message: ClaimedMessage, sent: { notifyId: string; channel: MessageChannel; notifyStatus: string | null }, now: Date): Promise<void> {
  await withCouncil(db, councilId, async (trx) => {
    // Only while no sender has recorded it: a slow sender whose lease ran out does not overwrite the adopter.
    const updated = await trx
      .updateTable("notification_outbox")
      .set({ status: "sent", channel: sent.channel, notify_id: sent.notifyId, notify_status: sent.notifyStatus, status_checked_at: sent.notifyStatus ? now : null, sent_at: now, last_error: null })
      .where("council_id", "=", councilId)
      .where("id", "=", message.id)
      .where("notify_id", "is", null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return;
    await ON_SENT[message.kind]?.({ db: trx, councilId, actorUserId: null, today: todayIso(now) }, message.subject_id);
    await writeAudit(trx, { councilId, actorUserId: null, action: "message.sent", entity: "notification_outbox", entityId: message.id, childId: message.child_id, after: { kind: message.kind, channel: sent.channel, attempts: message.attempts } });
  });
}

async function recordFailure(db: Kysely<DB>, councilId: string, message: ClaimedMessage, verdict: FailureVerdict, now: Date): Promise<void> {
  await withCouncil(db, councilId, async (trx) => {
    const updated = await trx
      .updateTable("notification_outbox")
      .set(
        verdict.retry
          ? { status: "pending", next_attempt_at: new Date(now.getTime() + retryDelayMs(message.attempts)), last_error: verdict.words }
          : { status: "failed", last_error: verdict.words },
      )
      .where("council_id", "=", councilId)
      .where("id", "=", message.id)
      .where("notify_id", "is", null)
      .executeTakeFirst();
    if (verdict.retry || Number(updated.numUpdatedRows) === 0) return;
    await writeAudit(trx, { councilId, actorUserId: null, action: "message.failed", entity: "notification_outbox", entityId: message.id, childId: message.child_id, after: { kind: message.kind, reason: verdict.words } });
  });
}
