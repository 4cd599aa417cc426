import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { approvePaymentRun, buildPaymentFile, createPaymentRun, getPaymentRun, importRemittance, listPaymentFileLayouts, listPaymentRuns, recordPaymentOutcome } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";
import { CSV_MAX_BYTES, DateInput, decodeBase64, fileBase64 } from "./finance-inputs";

const finance = councilProcedure(ACCESS.finance);
const RunId = z.strictObject({ runId: Uuid });

export const financeRunsRouter = createRouter({
  list: finance.query(({ ctx }) => listPaymentRuns(ctx.service)),
  create: finance
    .input(z.strictObject({ from: DateInput, to: DateInput, payOn: DateInput, idempotencyKey: Uuid }))
    .mutation(({ ctx, input }) => createPaymentRun(ctx.service, input)),
  get: finance.input(RunId).query(({ ctx, input }) => getPaymentRun(ctx.service, input.runId)),
  approve: finance.input(RunId).mutation(({ ctx, input }) => approvePaymentRun(ctx.service, input)),
  recordOutcome: finance
    .input(z.strictObject({ itemId: Uuid, outcome: z.enum(["paid", "failed"]), on: DateInput, reason: z.string().trim().max(200) }))
    .mutation(({ ctx, input }) => recordPaymentOutcome(ctx.service, input)),
  importRemittance: finance
    .input(z.strictObject({ runId: Uuid, fileBase64: fileBase64(CSV_MAX_BYTES) }))
    .mutation(({ ctx, input }) => importRemittance(ctx.service, { runId: input.runId, file: decodeBase64(input.fileBase64) })),
  layouts: finance.query(({ ctx }) => listPaymentFileLayouts(ctx.service)),
  paymentFile: finance
    .input(z.strictObject({ runId: Uuid, layoutId: z.string().max(64) }))
    .mutation(({ ctx, input }) => buildPaymentFile(ctx.service, input)),
});
