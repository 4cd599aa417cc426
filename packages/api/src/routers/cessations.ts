import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { IsoDate } from "@pb/eligibility";
import { getCessationNotice, getCessationSetup, markNoticeSent, recordCessation } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";
import { RecordCessation } from "./lifecycle-inputs";

export const cessationsRouter = createRouter({
  setup: councilProcedure(ACCESS.cases).input(z.strictObject({ budgetId: Uuid })).query(({ ctx, input }) => getCessationSetup(ctx.service, input)),
  record: councilProcedure(ACCESS.caseWrite).input(RecordCessation).mutation(({ ctx, input }) => recordCessation(ctx.service, input)),
  /** The written notice to the family (T6), as the page and the PDF show it. */
  notice: councilProcedure(ACCESS.letters).input(z.strictObject({ cessationId: Uuid })).query(({ ctx, input }) => getCessationNotice(ctx.service, input)),
  markNoticeSent: councilProcedure(ACCESS.letters)
    .input(z.strictObject({ cessationId: Uuid, version: z.number().int().min(1).max(2_147_483_647), on: IsoDate }))
    .mutation(({ ctx, input }) => markNoticeSent(ctx.service, input)),
});
