import type { ReturnState } from "@pb/budgets";
import type { ServiceContext } from "../shared/context";
import { groupBy } from "./accounts-shared";
import { describeReturnPeriods } from "./account-returns";
import { loadFinanceSettings } from "./finance-settings";

export type ReturnDueRow = { accountId: string; childId: string; childReference: string; periodStart: string; label: string; dueOn: string; state: ReturnState; reminders: number };

/** Returns owed and not received, across the council's accounts: due, late, and overdue (escalated). */
export async function listReturnsDue(ctx: ServiceContext): Promise<{ rows: ReturnDueRow[]; remindersBeforeEscalation: number; notes: string[] }> {
  const settings = await loadFinanceSettings(ctx);
  const accounts = await ctx.db
    .selectFrom("dp_account as a")
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "a.council_id").onRef("c.id", "=", "a.child_id"))
    .select(["a.id", "a.child_id", "c.reference"])
    .where("a.council_id", "=", ctx.councilId)
    .orderBy("c.reference")
    .execute();
  const firsts = await ctx.db.selectFrom("account_entry").select(["account_id", (eb) => eb.fn.min("occurred_on").as("first")]).where("council_id", "=", ctx.councilId).where("kind", "=", "payment_in").groupBy("account_id").execute();
  const returns = groupBy(await ctx.db.selectFrom("dp_return").select(["id", "account_id", "period_start", "due_on", "received_on"]).where("council_id", "=", ctx.councilId).execute(), (r) => r.account_id);
  const reminders = groupBy(await ctx.db.selectFrom("return_reminder").select(["account_id", "period_start"]).where("council_id", "=", ctx.councilId).execute(), (r) => r.account_id);
  const firstOf = new Map(firsts.map((f) => [f.account_id, f.first as string | null]));
  const rows: ReturnDueRow[] = [];
  for (const a of accounts) {
    const facts = { firstPaymentOn: firstOf.get(a.id) ?? null, returns: returns.get(a.id) ?? [], reminderPeriods: (reminders.get(a.id) ?? []).map((r) => r.period_start) };
    for (const p of describeReturnPeriods(facts, settings, ctx.today)) {
      if (p.state === "due" || p.state === "late" || p.state === "overdue") {
        rows.push({ accountId: a.id, childId: a.child_id, childReference: a.reference, periodStart: p.periodStart, label: p.label, dueOn: p.dueOn, state: p.state, reminders: p.reminders });
      }
    }
  }
  rows.sort((x, y) => (x.dueOn < y.dueOn ? -1 : x.dueOn > y.dueOn ? 1 : x.childReference.localeCompare(y.childReference)));
  return { rows, remindersBeforeEscalation: settings.remindersBeforeEscalation, notes: settings.notes };
}
