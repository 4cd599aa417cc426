import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { getPaidSpendByMonthAndStream } from "@pb/db";
import { buildSpendByStream } from "@pb/reports";
import { councilProcedure, createRouter } from "../trpc";
import { FinancialYearLabel, financialYearRange } from "../inputs";

export const SpendByStreamInput = z.strictObject({ financialYear: FinancialYearLabel });

export const dashboardRouter = createRouter({
  spendByStream: councilProcedure(ACCESS.dashboards)
    .input(SpendByStreamInput)
    .query(async ({ ctx, input }) => {
      const { from, to } = financialYearRange(input.financialYear);
      const rows = await getPaidSpendByMonthAndStream(ctx.db, { councilId: ctx.councilId, from, to });
      return buildSpendByStream(input.financialYear, rows);
    }),
});
