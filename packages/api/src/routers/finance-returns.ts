import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { EVIDENCE_MAX_BYTES, Pence, SignedPence, StatementMapping } from "@pb/budgets";
import { addReturnEvidence, getEvidenceFile, listReturnsDue, previewStatementImport, recordReturn, recordReturnReminder } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";
import { CSV_MAX_BYTES, DateInput, decodeBase64, fileBase64 } from "./finance-inputs";

const finance = councilProcedure(ACCESS.finance);

export const financeReturnsRouter = createRouter({
  due: finance.query(({ ctx }) => listReturnsDue(ctx.service)),
  previewStatement: finance
    .input(z.strictObject({ accountId: Uuid, periodStart: DateInput, mapping: StatementMapping, fileBase64: fileBase64(CSV_MAX_BYTES) }))
    .mutation(({ ctx, input }) => previewStatementImport(ctx.service, { ...input, file: decodeBase64(input.fileBase64) })),
  record: finance
    .input(
      z.strictObject({
        accountId: Uuid,
        periodStart: DateInput,
        receivedOn: DateInput,
        lines: z.array(z.strictObject({ budgetLineId: Uuid, spentPence: Pence })).min(1, "needs at least one budget line").max(20),
        closingBalancePence: SignedPence.nullable(),
        notes: z.string().max(2000),
      }),
    )
    .mutation(({ ctx, input }) => recordReturn(ctx.service, input)),
  addEvidence: finance
    .input(z.strictObject({ returnId: Uuid, fileName: z.string().max(200), fileBase64: fileBase64(EVIDENCE_MAX_BYTES) }))
    .mutation(({ ctx, input }) => addReturnEvidence(ctx.service, { returnId: input.returnId, fileName: input.fileName, bytes: decodeBase64(input.fileBase64) })),
  evidence: finance.input(z.strictObject({ evidenceId: Uuid })).query(async ({ ctx, input }) => {
    const file = await getEvidenceFile(ctx.service, input);
    return { fileName: file.fileName, mediaType: file.mediaType, contentBase64: Buffer.from(file.content).toString("base64") };
  }),
  remind: finance
    .input(z.strictObject({ accountId: Uuid, periodStart: DateInput, sentOn: DateInput }))
    .mutation(({ ctx, input }) => recordReturnReminder(ctx.service, input)),
});
