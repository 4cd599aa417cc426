import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { getSpendRollupRows } from "@pb/db";
import { buildSpendByStream } from "@pb/reports";
import { councilProcedure, createRouter } from "../trpc";
import { FinancialYearLabel, financialYearRange } from "../inputs";

export const SpendByStreamInput = z.strictObject({ financialYear: FinancialYearLabel });

export const dashboardRouter = createRouter({
  spendByStream: councilProcedure(ACCESS.dashboards)
    .input(SpendByStreamInput)
    .query(async ({ ctx, input }) => {
      const { from, to } = financialYearRange(input.financialYear);
      // From the spend rollup (kept in the paying transaction), not the payments: a few hundred rows, not a million.
      const rollup = await getSpendRollupRows(ctx.db, { councilId: ctx.councilId, fromMonth: from, toMonth: `${to.slice(0, 7)}-01` });
      const paid = new Map<string, { month: string; stream: string; amountPence: number }>();
      for (const r of rollup) {
        if (r.paidCount === 0) continue;
        const key = `${r.month}|${r.stream}`;
        const row = paid.get(key) ?? { month: r.month, stream: r.stream, amountPence: 0 };
        row.amountPence += Number(r.paidPence);
        paid.set(key, row);
      }
      return buildSpendByStream(input.financialYear, [...paid.values()]);
    }),
});
