import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { IsoDate } from "@pb/eligibility";
import { getReview, recordReviewOutcome, scheduleEarlyReview } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";
import { RecordReviewOutcome } from "./lifecycle-inputs";

export const reviewsRouter = createRouter({
  get: councilProcedure(ACCESS.cases).input(z.strictObject({ reviewId: Uuid })).query(({ ctx, input }) => getReview(ctx.service, input)),
  scheduleEarly: councilProcedure(ACCESS.caseWrite)
    .input(z.strictObject({ budgetId: Uuid, dueOn: IsoDate, notes: z.string().min(1, "say why the review is earlier").max(4000, "must be at most 4000 characters") }))
    .mutation(({ ctx, input }) => scheduleEarlyReview(ctx.service, input)),
  recordOutcome: councilProcedure(ACCESS.reviewOutcome).input(RecordReviewOutcome).mutation(({ ctx, input }) => recordReviewOutcome(ctx.service, input)),
});
