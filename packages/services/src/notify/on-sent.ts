import type { MessageKindCode } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { findLetterDecisions } from "../cases/decisions/find-letter-decisions";
import { markLetterSent } from "../cases/decisions/mark-letter-sent";

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
};
