import { z } from "zod";
import { ACCESS, hasAnyRole } from "@pb/auth";
import { IsoDate } from "@pb/eligibility";
import { getDisagreement, getDisagreementOutcomeLetter, markOutcomeLetterSent, openDisagreement, recordDisagreementMeeting, recordDisagreementOutcome } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";
import { PanelDecision, Version } from "./request-inputs";

export const disagreementsRouter = createRouter({
  open: councilProcedure(ACCESS.caseWrite)
    .input(z.strictObject({ decisionId: Uuid, requestedOn: IsoDate, receivedOn: IsoDate, grounds: z.string().min(1, "are required").max(4000, "must be at most 4000 characters") }))
    .mutation(({ ctx, input }) => openDisagreement(ctx.service, input)),
  recordMeeting: councilProcedure(ACCESS.caseWrite)
    .input(z.strictObject({ disagreementId: Uuid, version: Version, meetingOn: IsoDate }))
    .mutation(({ ctx, input }) => recordDisagreementMeeting(ctx.service, input)),
  /** The panel decides the review as much as the case officer records it (T7: the next board decides). */
  recordOutcome: councilProcedure(ACCESS.reviewOutcome)
    .input(
      z.strictObject({
        disagreementId: Uuid,
        version: Version,
        outcome: z.enum(["upheld", "changed", "withdrawn"]),
        outcomeOn: IsoDate,
        notes: z.string().max(4000, "must be at most 4000 characters"),
        newDecision: PanelDecision.nullable(),
      }),
    )
    .mutation(({ ctx, input }) => recordDisagreementOutcome(ctx.service, input, { maySetRulesAside: hasAnyRole(ctx.roles, ACCESS.setRulesAside) })),
  /** The outcome in writing to the family, as the page and the PDF show it. */
  outcomeLetter: councilProcedure(ACCESS.letters).input(z.strictObject({ disagreementId: Uuid })).query(({ ctx, input }) => getDisagreementOutcomeLetter(ctx.service, input)),
  markOutcomeLetterSent: councilProcedure(ACCESS.letters)
    .input(z.strictObject({ disagreementId: Uuid, version: Version, on: IsoDate }))
    .mutation(({ ctx, input }) => markOutcomeLetterSent(ctx.service, input)),
  /** Read by everyone with case access: the panel's work queue links here too. */
  get: councilProcedure(ACCESS.cases).input(z.strictObject({ disagreementId: Uuid })).query(({ ctx, input }) => getDisagreement(ctx.service, input)),
});
