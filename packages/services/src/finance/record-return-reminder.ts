import { returnPeriodOf } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { loadAccountRow } from "./accounts-shared";
import { loadFinanceSettings } from "./finance-settings";

/** Records that the family was reminded about a missing return; after the policy's number, it is escalated. */
export async function recordReturnReminder(ctx: ServiceContext, input: { accountId: string; periodStart: string; sentOn: string }): Promise<string> {
  const account = await loadAccountRow(ctx, input.accountId);
  const settings = await loadFinanceSettings(ctx, input.periodStart);
  const period = returnPeriodOf(settings.returnFrequency, input.periodStart);
  if (period.start !== input.periodStart) throw new ValidationError("periodStart", `must be the start of a return period (${period.start})`);
  if (period.end >= ctx.today) throw new ValidationError("periodStart", "is a period that has not ended, so no return is owed yet");
  if (input.sentOn > ctx.today) throw new ValidationError("sentOn", "cannot be in the future");
  const row = await ctx.db.insertInto("return_reminder").values({ council_id: ctx.councilId, account_id: input.accountId, period_start: period.start, sent_on: input.sentOn, created_by: ctx.actorUserId }).returning("id").executeTakeFirstOrThrow();
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "return.remind", entity: "dp_account", entityId: input.accountId, childId: account.child_id, after: { period: period.label, sentOn: input.sentOn } });
  return row.id;
}
