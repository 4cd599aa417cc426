import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { generateSchedule } from "@pb/budgets";
import type { DB } from "@pb/db";

export type DirectPaymentCase = { childId: string; childReference: string; budgetId: string; lineId: string; paymentIds: string[]; amounts: number[] };

/**
 * A child with one budget line and its scheduled instalments, inserted as rows (the case lifecycle's
 * verbs are not needed to test money). Direct payments get a signed agreement unless told otherwise.
 */
export async function addCase(
  db: Kysely<DB>,
  councilId: string,
  options: { annualAmountPence: number; frequency?: "monthly" | "quarterly" | "four_weekly" | "one_off"; start: string; end: string; arrangement?: string; stream?: string; agreement?: boolean; onSchoolPremises?: boolean; suspended?: boolean },
): Promise<DirectPaymentCase> {
  const childId = randomUUID();
  const childReference = `F-${childId.slice(0, 8)}`;
  const arrangement = options.arrangement ?? "direct_payment";
  const stream = options.stream ?? "social_care";
  await db.insertInto("child").values({ council_id: councilId, id: childId, reference: childReference, given_name: "Sam", family_name: "Example", date_of_birth: "2014-05-01" }).execute();
  const budgetId = randomUUID();
  await db.insertInto("budget").values({ council_id: councilId, id: budgetId, child_id: childId, status: "active", starts_on: options.start, ends_on: options.end }).execute();
  const lineId = randomUUID();
  const frequency = options.frequency ?? "monthly";
  await db.insertInto("budget_line").values({
    council_id: councilId, id: lineId, budget_id: budgetId, stream, service: stream === "social_care" ? "personal_assistant" : "tutoring", arrangement,
    annual_amount_pence: options.annualAmountPence, frequency, starts_on: options.start, ends_on: options.end,
    on_school_premises: options.onSchoolPremises ?? false, suspended: options.suspended ?? false,
  }).execute();
  if (arrangement === "direct_payment" && options.agreement !== false) {
    await db.insertInto("agreement").values({ council_id: councilId, budget_id: budgetId, recipient: "parent", recipient_name: "Alex Example", signed_by: "Alex Example", signed_on: "2020-01-01" }).execute();
  }
  const schedule = generateSchedule({ annualAmountPence: options.annualAmountPence, frequency, start: options.start, end: options.end });
  const paymentIds: string[] = [];
  for (const instalment of schedule.instalments) {
    const id = randomUUID();
    paymentIds.push(id);
    await db.insertInto("payment").values({ council_id: councilId, id, budget_line_id: lineId, stream, arrangement, due_on: instalment.date, amount_pence: instalment.amountPence, status: "scheduled" }).execute();
  }
  return { childId, childReference, budgetId, lineId, paymentIds, amounts: schedule.instalments.map((i) => i.amountPence) };
}

export const toBase64 = (text: string | Uint8Array) => Buffer.from(text).toString("base64");
