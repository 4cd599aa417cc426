import { randomUUID } from "node:crypto";
import { writeAudit, type MessageKindCode } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { MESSAGE_KINDS, suppliedFields } from "./message-kinds";

export type EnqueueMessageInput = {
  kind: MessageKindCode;
  childId?: string | null;
  /** What the message is about (a decision, a cessation, a user); with the kind, its idempotency key. */
  subject: { type: string; id: string };
  /** Staff messages only (an invitation); a family's address is read when the message is sent. */
  recipient?: { email: string };
  personalisation: Record<string, string>;
};

/**
 * Writes a message to the outbox in the caller's transaction, so it exists exactly when the change it
 * tells of commits; the sender (`sendDueMessages`) sends it later. A kind sent once per subject
 * returns the message already queued for that subject rather than a second one.
 */
export async function enqueueMessage(ctx: ServiceContext, input: EnqueueMessageInput): Promise<{ id: string }> {
  const kind = MESSAGE_KINDS[input.kind];
  const expected = suppliedFields(input.kind);
  const given = Object.keys(input.personalisation);
  const missing = expected.filter((f) => !given.includes(f));
  const extra = given.filter((f) => !expected.includes(f));
  // Only the fields the template names: nothing more about a family leaves the council than it needs.
  if (missing.length || extra.length) {
    throw new ValidationError("personalisation", `a ${kind.label.toLowerCase()} takes ${expected.join(", ")}${extra.length ? `, not ${extra.join(", ")}` : ""}`);
  }
  if (kind.audience === "staff" && !input.recipient?.email) throw new ValidationError("recipient", `a ${kind.label.toLowerCase()} needs the recipient's email`);
  if (kind.audience === "family" && input.recipient) throw new ValidationError("recipient", "a family's message goes to the family's contact details, read when it is sent");

  const idempotencyKey = kind.oncePerSubject ? `${input.kind}:${input.subject.id}` : `${input.kind}:${input.subject.id}:${randomUUID()}`;
  const inserted = await ctx.db
    .insertInto("notification_outbox")
    .values({
      council_id: ctx.councilId,
      kind: input.kind,
      child_id: input.childId ?? null,
      subject_type: input.subject.type,
      subject_id: input.subject.id,
      recipient_email: input.recipient?.email ?? null,
      personalisation: JSON.stringify(input.personalisation),
      idempotency_key: idempotencyKey,
    })
    .onConflict((oc) => oc.columns(["council_id", "idempotency_key"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!inserted) {
    const existing = await ctx.db
      .selectFrom("notification_outbox")
      .select("id")
      .where("council_id", "=", ctx.councilId)
      .where("idempotency_key", "=", idempotencyKey)
      .executeTakeFirstOrThrow();
    return { id: existing.id };
  }
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "message.queued",
    entity: "notification_outbox",
    entityId: inserted.id,
    childId: input.childId ?? null,
    after: { kind: input.kind, subject: input.subject.type },
  });
  return { id: inserted.id };
}
