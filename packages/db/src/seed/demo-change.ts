import { addDays, parseIsoDate } from "@pb/calendar";
import { planBudgetChange, type Frequency } from "@pb/budgets";
import type { Insertable } from "kysely";
import type { AgreementTable, BudgetTable, PaymentTable, ReviewTable } from "../schema";
import type { DemoRows } from "./demo-rows";
import type { Random } from "./random";

export type SeededLine = {
  id: string; stream: string; service: string; arrangement: string; amountPence: number; frequency: Frequency; startsOn: string; endsOn: string;
  decisionId: string; linkedOutcomes: string[]; onSchoolPremises: boolean; payments: Insertable<PaymentTable>[];
};

type ChangeContext = { councilId: string; today: string; random: Random; rows: DemoRows; caseOfficer: string };

/**
 * A review whose outcome is "change", as recordReviewOutcome writes it: the old version superseded,
 * its instalments from the change date cancelled, a new version from that date with one line's
 * amount changed, balanced against the old instalments kept (planBudgetChange), the agreement and unheld reviews moved.
 * Returns false (and changes nothing) when the budget has nothing left to change.
 */
export function writeReviewChange(
  ctx: ChangeContext,
  b: { budget: Insertable<BudgetTable>; lines: SeededLine[]; review: Insertable<ReviewTable>; reviews: Insertable<ReviewTable>[]; agreement: Insertable<AgreementTable> | null; childId: string },
): boolean {
  const { random, rows, councilId, today } = ctx;
  const heldOn = b.review.held_on;
  const endsOn = b.budget.ends_on;
  if (!heldOn || !endsOn || !b.budget.id) return false;
  const changeDate = addDays(parseIsoDate(heldOn), random.int(7, 21));
  const running = b.lines.filter((l) => l.frequency !== "one_off" && l.endsOn >= changeDate);
  const target = running[0];
  if (!target || changeDate <= b.budget.starts_on || changeDate > endsOn) return false;
  const newAmount = Math.round((target.amountPence * random.int(105, 130)) / 100);
  const plan = planBudgetChange(
    b.lines.map((l) => ({
      id: l.id, annualAmountPence: l.amountPence, frequency: l.frequency, start: l.startsOn, end: l.endsOn,
      dueFromChangePence: l.payments.filter((p) => p.due_on >= changeDate && p.status !== "cancelled").reduce((t, p) => t + Number(p.amount_pence), 0),
    })),
    new Map([[target.id, newAmount]]),
    changeDate,
  );
  if (plan.issues.length) return false;

  const newBudgetId = random.uuid();
  b.budget.status = "superseded";
  rows.push("budget", { council_id: councilId, id: newBudgetId, child_id: b.childId, request_id: b.budget.request_id, budget_version: 2, supersedes_budget_id: b.budget.id, status: "active", starts_on: changeDate, ends_on: endsOn });
  for (const line of b.lines) {
    for (const p of line.payments) {
      if (p.due_on >= changeDate) Object.assign(p, { status: "cancelled", paid_on: null });
    }
  }
  for (const carried of plan.carried) {
    const from = b.lines.find((l) => l.id === carried.fromLineId);
    if (!from) continue;
    const lineId = random.uuid();
    rows.push("budget_line", {
      council_id: councilId, id: lineId, budget_id: newBudgetId, stream: from.stream, service: from.service, arrangement: from.arrangement,
      annual_amount_pence: carried.line.annualAmountPence, frequency: carried.line.frequency, starts_on: carried.line.start, ends_on: carried.line.end,
      decision_id: from.decisionId, linked_outcomes: JSON.stringify(from.linkedOutcomes), on_school_premises: from.onSchoolPremises,
    });
    for (const i of carried.schedule.instalments) {
      const due = i.date <= today;
      rows.push("payment", {
        council_id: councilId, id: random.uuid(), budget_line_id: lineId, stream: from.stream, arrangement: from.arrangement, due_on: i.date,
        paid_on: due ? i.date : null, amount_pence: i.amountPence, status: due ? "paid" : "scheduled",
      });
    }
  }
  if (b.agreement) rows.push("agreement", { ...b.agreement, id: random.uuid(), budget_id: newBudgetId });
  b.review.new_budget_id = newBudgetId;
  b.review.notes = "The support changed at the review: more hours from the change date.";
  for (const other of b.reviews) if (other !== b.review && !other.held_on) other.budget_id = newBudgetId;
  const at = new Date(`${heldOn}T11:00:00Z`);
  rows.push("audit_log", { council_id: councilId, actor_user_id: ctx.caseOfficer, child_id: b.childId, action: "budget.change", entity: "budget", entity_id: newBudgetId, before: null, after: JSON.stringify({ seeded: true, changeDate }), at });
  return true;
}
