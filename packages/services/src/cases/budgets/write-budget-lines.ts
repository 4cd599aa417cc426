import { generateSchedule, type Frequency, type Schedule } from "@pb/budgets";
import type { ServiceContext } from "../../shared/context";

export type NewBudgetLine = {
  stream: string;
  service: string;
  arrangement: string;
  annualAmountPence: number;
  frequency: Frequency;
  startsOn: string;
  endsOn: string;
  decisionId: string | null;
  linkedOutcomes: string[];
  onSchoolPremises: boolean;
  /** Its instalments when already worked out (a changed version's, balanced against the old one's); else generated. */
  schedule?: Schedule;
};

/**
 * Inserts a budget version's lines and each line's payment schedule (generateSchedule, exact to
 * the penny). Runs in the caller's transaction, so a failure leaves no line without its schedule.
 */
export async function writeBudgetLines(ctx: ServiceContext, budgetId: string, lines: readonly NewBudgetLine[]): Promise<{ lineIds: string[]; instalments: number; totalPence: number }> {
  const lineIds: string[] = [];
  let instalments = 0;
  let totalPence = 0;
  for (const line of lines) {
    const schedule = line.schedule ?? generateSchedule({ annualAmountPence: line.annualAmountPence, frequency: line.frequency, start: line.startsOn, end: line.endsOn });
    const row = await ctx.db
      .insertInto("budget_line")
      .values({
        council_id: ctx.councilId, budget_id: budgetId, stream: line.stream, service: line.service, arrangement: line.arrangement,
        annual_amount_pence: line.annualAmountPence, frequency: line.frequency, starts_on: line.startsOn, ends_on: line.endsOn,
        decision_id: line.decisionId, linked_outcomes: JSON.stringify(line.linkedOutcomes), on_school_premises: line.onSchoolPremises,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    lineIds.push(row.id);
    if (schedule.instalments.length) {
      await ctx.db
        .insertInto("payment")
        .values(schedule.instalments.map((i) => ({ council_id: ctx.councilId, budget_line_id: row.id, stream: line.stream, arrangement: line.arrangement, due_on: i.date, amount_pence: i.amountPence, status: "scheduled" as const, paid_on: null })))
        .execute();
    }
    instalments += schedule.instalments.length;
    totalPence += schedule.totalPence;
  }
  return { lineIds, instalments, totalPence };
}
