import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { getDirectPaymentAccount, listDirectPaymentAccounts, listYearEndCandidates, revealBankDetails, reverseAccountEntry, saveAccountDetails, saveBankDetails } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";
import { DateInput } from "./finance-inputs";

const finance = councilProcedure(ACCESS.finance);
const Reference = z.string().trim().max(40).regex(/^[A-Za-z0-9 ._/-]*$/, "may hold only letters, digits, spaces and . _ / -");

export const financeAccountsRouter = createRouter({
  list: finance.input(z.strictObject({ flaggedOnly: z.boolean().optional() }).optional()).query(({ ctx, input }) => listDirectPaymentAccounts(ctx.service, input ?? {})),
  get: finance.input(z.strictObject({ accountId: Uuid })).query(({ ctx, input }) => getDirectPaymentAccount(ctx.service, input.accountId)),
  yearEnd: finance.query(({ ctx }) => listYearEndCandidates(ctx.service)),
  saveDetails: finance
    .input(z.strictObject({ accountId: Uuid, version: z.number().int().min(1).max(1_000_000), paymentMethod: z.enum(["bank_transfer", "prepaid_card"]), payeeReference: Reference.nullable(), cardReference: Reference.nullable() }))
    .mutation(({ ctx, input }) => saveAccountDetails(ctx.service, { ...input, payeeReference: input.payeeReference || null, cardReference: input.cardReference || null })),
  saveBankDetails: finance
    .input(z.strictObject({ accountId: Uuid, version: z.number().int().min(1).max(1_000_000), accountName: z.string().trim().min(1, "must not be empty").max(70), sortCode: z.string().max(10), accountNumber: z.string().max(12) }))
    .mutation(({ ctx, input }) => saveBankDetails(ctx.service, input)),
  /** The only procedure that ever returns bank details in full; each call is audited. */
  revealBankDetails: finance.input(z.strictObject({ accountId: Uuid })).mutation(({ ctx, input }) => revealBankDetails(ctx.service, input)),
  reverseEntry: finance
    .input(z.strictObject({ accountId: Uuid, entryId: Uuid, reason: z.string().trim().min(5, "must say why, in a few words").max(300), on: DateInput }))
    .mutation(({ ctx, input }) => reverseAccountEntry(ctx.service, input)),
});
