import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { Pence } from "@pb/budgets";
import { getReconciliation, getRecoveryLetter, markRecoveryLetterSent, recordRecoveryDecision, recordRecoveryReceived } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { FinancialYearLabel, Uuid, financialYearRange } from "../inputs";
import { DateInput } from "./finance-inputs";

const finance = councilProcedure(ACCESS.finance);

export const financeRecoveryRouter = createRouter({
  decide: finance
    .input(
      z.strictObject({
        accountId: Uuid,
        kind: z.enum(["underspend", "year_end"]),
        financialYear: FinancialYearLabel.nullable(),
        budgetLineId: Uuid,
        contingencyPence: Pence,
        plannedPence: Pence,
        recoverPence: Pence,
        method: z.enum(["offset", "invoice", "none"]),
        reasons: z.string().trim().max(4000),
      }),
    )
    .mutation(({ ctx, input }) => recordRecoveryDecision(ctx.service, input)),
  letter: finance.input(z.strictObject({ decisionId: Uuid })).query(({ ctx, input }) => getRecoveryLetter(ctx.service, input)),
  letterSent: finance
    .input(z.strictObject({ decisionId: Uuid, version: z.number().int().min(1).max(1_000_000), sentOn: DateInput }))
    .mutation(({ ctx, input }) => markRecoveryLetterSent(ctx.service, input)),
  received: finance
    .input(z.strictObject({ decisionId: Uuid, amountPence: Pence, receivedOn: DateInput }))
    .mutation(({ ctx, input }) => recordRecoveryReceived(ctx.service, input)),
  reconciliation: finance
    .input(z.strictObject({ financialYear: FinancialYearLabel }))
    .query(({ ctx, input }) => getReconciliation(ctx.service, financialYearRange(input.financialYear))),
});
