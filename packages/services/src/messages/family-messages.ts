import { formatIsoDateEnGb } from "@pb/calendar";
import { enqueueMessage } from "../notify/enqueue-message";
import type { ServiceContext } from "../shared/context";

// The messages a change to a case sends the family (issue 21), each queued in the change's own
// transaction: it exists exactly when the change commits, and once per subject however often the
// verb is retried. The fields are MESSAGE_KINDS' for the kind: the council, the case reference (never
// a name) and a date in en-GB; the letter itself is attached by the sender.

/** What every family message names: the council and the child's case reference. */
export async function loadMessageParties(ctx: ServiceContext, childId: string): Promise<{ council_name: string; child_reference: string }> {
  const row = await ctx.db
    .selectFrom("child as c")
    .innerJoin("council as k", "k.id", "c.council_id")
    .select(["k.name", "c.reference"])
    .where("c.council_id", "=", ctx.councilId)
    .where("c.id", "=", childId)
    .executeTakeFirstOrThrow();
  return { council_name: row.name, child_reference: row.reference };
}

/** The notice that a budget ends (T6), queued when the notice is recorded as sent. */
export async function queueCessationNotice(ctx: ServiceContext, input: { cessationId: string; childId: string; lastPaymentOn: string }): Promise<{ id: string }> {
  return enqueueMessage(ctx, {
    kind: "cessation_notice", childId: input.childId, subject: { type: "cessation", id: input.cessationId },
    personalisation: { ...(await loadMessageParties(ctx, input.childId)), last_payment_date: formatIsoDateEnGb(input.lastPaymentOn) },
  });
}

/** The outcome of a review of a decision (T7), queued when the outcome is recorded. */
export async function queueDisagreementOutcome(ctx: ServiceContext, input: { disagreementId: string; childId: string; outcomeOn: string }): Promise<{ id: string }> {
  return enqueueMessage(ctx, {
    kind: "disagreement_outcome", childId: input.childId, subject: { type: "disagreement", id: input.disagreementId },
    personalisation: { ...(await loadMessageParties(ctx, input.childId)), outcome_date: formatIsoDateEnGb(input.outcomeOn) },
  });
}

/** A decision to recover unspent money, queued when it is recorded. */
export async function queueRecoveryDecision(ctx: ServiceContext, input: { decisionId: string; childId: string; decidedOn: string }): Promise<{ id: string }> {
  return enqueueMessage(ctx, {
    kind: "recovery_decision", childId: input.childId, subject: { type: "recovery_decision", id: input.decisionId },
    personalisation: { ...(await loadMessageParties(ctx, input.childId)), decision_date: formatIsoDateEnGb(input.decidedOn) },
  });
}
