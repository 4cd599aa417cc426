import type { MessageChannel, MessageKindCode, OutboxStatus } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { NotFoundError } from "../shared/errors";
import { CHANNEL_WORDS } from "./choose-channel";
import { describeDeliveryStatus } from "./delivery-status";
import { MESSAGE_KINDS } from "./message-kinds";

export type ChildMessage = {
  id: string;
  kind: MessageKindCode;
  kindWords: string;
  channel: MessageChannel | null;
  channelWords: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  notifyStatus: string | null;
  deliveryWords: string | null;
  statusCheckedAt: string | null;
  createdAt: string;
  sentAt: string | null;
};

/**
 * The messages to a child's family, newest first, for the case page: what, how, where it stands in the
 * outbox and what Notify says of its delivery. No address or personalisation: those stay in the outbox.
 */
export async function listChildMessages(ctx: ServiceContext, input: { childId: string }): Promise<ChildMessage[]> {
  const child = await ctx.db.selectFrom("child").select("id").where("council_id", "=", ctx.councilId).where("id", "=", input.childId).executeTakeFirst();
  if (!child) throw new NotFoundError("That child");
  const rows = await ctx.db
    .selectFrom("notification_outbox")
    .select(["id", "kind", "channel", "status", "attempts", "last_error", "next_attempt_at", "notify_status", "status_checked_at", "created_at", "sent_at"])
    .where("council_id", "=", ctx.councilId)
    .where("child_id", "=", input.childId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(200)
    .execute();
  const iso = (d: Date | string) => new Date(d).toISOString();
  const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    kindWords: MESSAGE_KINDS[r.kind].label,
    channel: r.channel,
    channelWords: r.channel ? CHANNEL_WORDS[r.channel] : "Chosen when sent",
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    nextAttemptAt: iso(r.next_attempt_at),
    notifyStatus: r.notify_status,
    deliveryWords: describeDeliveryStatus(r.notify_status),
    statusCheckedAt: isoOrNull(r.status_checked_at),
    createdAt: iso(r.created_at),
    sentAt: isoOrNull(r.sent_at),
  }));
}
