import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { IsoDate } from "@pb/eligibility";
import { createBudgetFromRequest, getBudget, getBudgetSetup, markInstalmentPaid, recordAgreement } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";
import { CreateBudget, RecordAgreement } from "./lifecycle-inputs";

export const budgetsRouter = createRouter({
  /** The approved lines of a request, for the "set up the budget" page. */
  setup: councilProcedure(ACCESS.cases).input(z.strictObject({ requestId: Uuid })).query(({ ctx, input }) => getBudgetSetup(ctx.service, input)),
  create: councilProcedure(ACCESS.caseWrite).input(CreateBudget).mutation(({ ctx, input }) => createBudgetFromRequest(ctx.service, input)),
  get: councilProcedure(ACCESS.cases).input(z.strictObject({ budgetId: Uuid })).query(({ ctx, input }) => getBudget(ctx.service, input)),
  recordAgreement: councilProcedure(ACCESS.caseWrite).input(RecordAgreement).mutation(({ ctx, input }) => recordAgreement(ctx.service, input)),
  /** Only finance officers pay; the payability rule refuses a direct payment without its agreement. */
  markInstalmentPaid: councilProcedure(ACCESS.finance)
    .input(z.strictObject({ paymentId: Uuid, paidOn: IsoDate }))
    .mutation(({ ctx, input }) => markInstalmentPaid(ctx.service, input)),
});
