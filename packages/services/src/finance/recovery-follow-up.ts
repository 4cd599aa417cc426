import { outstandingRecoveryPence } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ConflictError, ValidationError } from "../shared/errors";
import { updateAtVersion } from "../shared/versioned-update";
import { loadDecision, loadRecoverableBalance } from "./recovery-shared";

/** The family has been sent the letter; only then is money kept back from payments (offset). */
export async function markRecoveryLetterSent(ctx: ServiceContext, input: { decisionId: string; version: number; sentOn: string }): Promise<void> {
  const decision = await loadDecision(ctx, input.decisionId);
  if (decision.letter_sent_on) throw new ConflictError(`The letter was already recorded as sent on ${decision.letter_sent_on}.`);
  if (input.sentOn < decision.decided_on) throw new ValidationError("sentOn", "cannot be before the decision");
  if (input.sentOn > ctx.today) throw new ValidationError("sentOn", "cannot be in the future");
  await updateAtVersion(ctx, "recovery_decision", input.decisionId, input.version, { letter_sent_on: input.sentOn }, "That recovery decision");
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "recovery.letter_sent", entity: "recovery_decision", entityId: input.decisionId, childId: decision.child_id, after: { sentOn: input.sentOn } });
}

/** Money paid back against an invoice: a recovery entry on the account, never more than is outstanding. */
export async function recordRecoveryReceived(ctx: ServiceContext, input: { decisionId: string; amountPence: number; receivedOn: string }): Promise<string> {
  const decision = await loadDecision(ctx, input.decisionId);
  if (decision.method !== "invoice") throw new ConflictError("This decision is recovered from future payments, not by invoice.");
  if (!decision.letter_sent_on) throw new ConflictError("Send the family the letter before recording money paid back.");
  if (input.receivedOn > ctx.today) throw new ValidationError("receivedOn", "cannot be in the future");
  const { entries, reversed } = await loadRecoverableBalance(ctx, decision.account_id);
  const recovered = entries.filter((e) => e.kind === "recovery" && e.recovery_decision_id === decision.id && !reversed.has(e.id)).reduce((s, e) => s + e.amount_pence, 0);
  const outstanding = outstandingRecoveryPence(decision.recover_pence, recovered);
  if (input.amountPence < 1 || input.amountPence > outstanding) throw new ValidationError("amountPence", `must be between 1 and ${outstanding} pence, what is still outstanding`);
  const line = await ctx.db.selectFrom("budget_line").select("stream").where("council_id", "=", ctx.councilId).where("id", "=", decision.budget_line_id).executeTakeFirstOrThrow();
  const row = await ctx.db
    .insertInto("account_entry")
    .values({
      council_id: ctx.councilId, account_id: decision.account_id, kind: "recovery", amount_pence: input.amountPence, stream: line.stream, budget_line_id: decision.budget_line_id,
      occurred_on: input.receivedOn, recovery_decision_id: decision.id, note: "Paid back against an invoice", created_by: ctx.actorUserId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "recovery.received", entity: "recovery_decision", entityId: decision.id, childId: decision.child_id, after: { amountPence: input.amountPence, receivedOn: input.receivedOn } });
  return row.id;
}
