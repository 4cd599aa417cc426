import { classifyReturn, computeReturnDue, listReturnPeriods, type ReturnState } from "@pb/budgets";
import type { ServiceContext } from "../shared/context";
import type { FinanceSettings } from "./finance-settings";

export type ReturnPeriodView = {
  periodStart: string;
  periodEnd: string;
  label: string;
  dueOn: string;
  state: ReturnState;
  reminders: number;
  returnId: string | null;
  receivedOn: string | null;
  spentPence: number | null;
  evidence: { id: string; fileName: string; mediaType: string; sizeBytes: number }[];
};

export type AccountReturnFacts = {
  firstPaymentOn: string | null;
  returns: { id: string; period_start: string; due_on: string; received_on: string }[];
  reminderPeriods: string[];
};

/** Every return period from the account's first payment in to today, newest first, with where each stands. */
export function describeReturnPeriods(facts: AccountReturnFacts, settings: FinanceSettings, today: string): Omit<ReturnPeriodView, "spentPence" | "evidence">[] {
  const start = [facts.firstPaymentOn, ...facts.returns.map((r) => r.period_start)].filter((d): d is string => d !== null).sort()[0];
  if (!start) return [];
  return listReturnPeriods(settings.returnFrequency, start, today)
    .map((p) => {
      const recorded = facts.returns.find((r) => r.period_start === p.start);
      const dueOn = recorded?.due_on ?? computeReturnDue(p.end, settings.returnDue);
      const reminders = facts.reminderPeriods.filter((s) => s === p.start).length;
      const state = classifyReturn({ periodEnd: p.end, dueOn, today, received: Boolean(recorded), reminders, remindersBeforeEscalation: settings.remindersBeforeEscalation });
      return { periodStart: p.start, periodEnd: p.end, label: p.label, dueOn, state, reminders, returnId: recorded?.id ?? null, receivedOn: recorded?.received_on ?? null };
    })
    .reverse();
}

/** One account's return periods with what each recorded return says and its evidence files. */
export async function listAccountReturns(ctx: ServiceContext, accountId: string, settings: FinanceSettings): Promise<ReturnPeriodView[]> {
  const first = await ctx.db.selectFrom("account_entry").select((eb) => eb.fn.min("occurred_on").as("first")).where("council_id", "=", ctx.councilId).where("account_id", "=", accountId).where("kind", "=", "payment_in").executeTakeFirst();
  const returns = await ctx.db.selectFrom("dp_return").select(["id", "period_start", "due_on", "received_on"]).where("council_id", "=", ctx.councilId).where("account_id", "=", accountId).execute();
  const reminders = await ctx.db.selectFrom("return_reminder").select("period_start").where("council_id", "=", ctx.councilId).where("account_id", "=", accountId).execute();
  const ids = returns.length ? returns.map((r) => r.id) : ["00000000-0000-0000-0000-000000000000"];
  const spent = await ctx.db.selectFrom("return_line").select(["return_id", "spent_pence"]).where("council_id", "=", ctx.councilId).where("return_id", "in", ids).execute();
  const evidence = await ctx.db.selectFrom("evidence_file").select(["id", "return_id", "file_name", "media_type", "size_bytes"]).where("council_id", "=", ctx.councilId).where("return_id", "in", ids).orderBy("created_at").execute();
  const periods = describeReturnPeriods({ firstPaymentOn: (first?.first as string | null | undefined) ?? null, returns, reminderPeriods: reminders.map((r) => r.period_start) }, settings, ctx.today);
  return periods.map((p) => ({
    ...p,
    spentPence: p.returnId ? spent.filter((s) => s.return_id === p.returnId).reduce((t, s) => t + s.spent_pence, 0) : null,
    evidence: evidence.filter((e) => e.return_id === p.returnId).map((e) => ({ id: e.id, fileName: e.file_name, mediaType: e.media_type, sizeBytes: e.size_bytes })),
  }));
}
