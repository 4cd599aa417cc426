import { z } from "zod";
import { ACCESS, hasAnyRole } from "@pb/auth";
import { IsoDate } from "@pb/eligibility";
import { confirmCondition, getDecisionLetter, markFamilyTold, markLetterSent, recordDecision } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";
import { ConditionRecord, PanelDecision, Version } from "./request-inputs";

// Letters go to families from case officers and panels: they see the child's name to address it.
const LETTERS = ACCESS.letters;
const DecisionDate = z.strictObject({ decisionId: Uuid, version: Version, on: IsoDate });

export const decisionsRouter = createRouter({
  record: councilProcedure(ACCESS.panel)
    .input(PanelDecision.extend({ requestLineId: Uuid, requestVersion: Version, decidedOn: IsoDate }))
    .mutation(({ ctx, input }) => recordDecision(ctx.service, input, { maySetRulesAside: hasAnyRole(ctx.roles, ACCESS.setRulesAside) })),
  markFamilyTold: councilProcedure(LETTERS).input(DecisionDate).mutation(({ ctx, input }) => markFamilyTold(ctx.service, input)),
  markLetterSent: councilProcedure(LETTERS).input(DecisionDate).mutation(({ ctx, input }) => markLetterSent(ctx.service, input)),
  // The condition's evidence reaches case officers and panels alike, so either may confirm it.
  confirmCondition: councilProcedure(ACCESS.confirmCondition)
    .input(ConditionRecord.extend({ conditionId: Uuid, version: Version }))
    .mutation(({ ctx, input }) => confirmCondition(ctx.service, input)),
  letter: councilProcedure(LETTERS).input(z.strictObject({ decisionId: Uuid })).query(({ ctx, input }) => getDecisionLetter(ctx.service, input)),
});
