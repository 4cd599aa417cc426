import type { MessageKindCode } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { findLetterDecisions } from "../cases/decisions/find-letter-decisions";
import { markLetterSent } from "../cases/decisions/mark-letter-sent";
import { loadDisagreement } from "../cases/disagreements/load-disagreement";
import { markOutcomeLetterSent } from "../cases/disagreements/mark-outcome-letter-sent";
import { markRecoveryLetterSent } from "../finance/recovery-follow-up";
import { loadDecision } from "../finance/recovery-shared";

type OnSent = (ctx: ServiceContext, subjectId: string) => Promise<void>;

/**
 * What Notify taking a message records on the case, in the same transaction as the outbox row's
 * "sent": a decision letter is sent that day (its audited "sent" date, as if marked by hand), so the
 * "letters not sent" queue lets it go and the printable letter keeps the date the family's copy has.
 * A date already marked by hand is kept.
 */
export const ON_SENT: Partial<Record<MessageKindCode, OnSent>> = {
  decision_letter: async (ctx, decisionId) => {
    const { main } = await findLetterDecisions(ctx, decisionId);
    if (main.letter_sent_on !== null || main.decided_on > ctx.today) return;
    await markLetterSent(ctx, { decisionId, version: main.version, on: ctx.today });
  },
  // The outcome of a review is queued with the outcome, as a decision letter with the decision: its letter is sent when Notify takes it.
  disagreement_outcome: async (ctx, disagreementId) => {
    const g = await loadDisagreement(ctx, disagreementId);
    if (g.outcome_letter_sent_on !== null || g.outcome_on === null || g.outcome_on > ctx.today) return;
    await markOutcomeLetterSent(ctx, { disagreementId, version: Number(g.version), on: ctx.today });
  },
  // Money is kept back from payments only once the family has the letter: Notify taking it is that moment.
  recovery_decision: async (ctx, decisionId) => {
    const d = await loadDecision(ctx, decisionId);
    if (d.letter_sent_on !== null || d.decided_on > ctx.today) return;
    await markRecoveryLetterSent(ctx, { decisionId, version: d.version, sentOn: ctx.today });
  },
};
