import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { PaymentFileLayout } from "@pb/budgets";
import { listPaymentFileLayouts, savePaymentFileLayout } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";

// The administrator configures how the council's finance system wants its payment files.
const admin = councilProcedure(ACCESS.policyAdmin);

export const financeLayoutsRouter = createRouter({
  list: admin.query(({ ctx }) => listPaymentFileLayouts(ctx.service)),
  save: admin
    .input(z.strictObject({ id: Uuid.optional(), version: z.number().int().min(0).max(1_000_000).optional(), layout: PaymentFileLayout }))
    .mutation(({ ctx, input }) => savePaymentFileLayout(ctx.service, input)),
});
