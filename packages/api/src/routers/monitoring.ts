import { z } from "zod";
import { ACCESS, hasAnyRole } from "@pb/auth";
import { IsoDate } from "@pb/eligibility";
import { MONITORING_CHECK_KINDS, MONITORING_CHECK_OUTCOMES } from "@pb/reviews";
import { ForbiddenError, listAccountMonitoring, recordMonitoringCheck } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";

export const RecordMonitoringCheck = z.strictObject({
  budgetId: Uuid,
  kind: z.enum(MONITORING_CHECK_KINDS),
  checkedOn: IsoDate,
  outcome: z.enum(MONITORING_CHECK_OUTCOMES),
  notes: z.string().max(4000, "must be at most 4000 characters").optional(),
});

export const monitoringRouter = createRouter({
  /** The checks of the direct payments paid into an account, last and next, for the finance account page. */
  forAccount: councilProcedure(ACCESS.finance)
    .input(z.strictObject({ accountId: Uuid }))
    .query(({ ctx, input }) => listAccountMonitoring(ctx.service, input)),

  /** Records a check of a direct payment (T4): the case officer's "monitoring", the finance officer's "finance_check". */
  recordCheck: councilProcedure(ACCESS.anyCheck)
    .input(RecordMonitoringCheck)
    .mutation(({ ctx, input }) => {
      const allowed = input.kind === "monitoring" ? ACCESS.monitoringCheck : ACCESS.financeCheck;
      if (!hasAnyRole(ctx.roles, allowed)) throw new ForbiddenError(input.kind === "monitoring" ? "Only case officers record the monitoring check." : "Only finance officers record the finance check.");
      return recordMonitoringCheck(ctx.service, input);
    }),
});
