import bcrypt from "bcryptjs";
import type { Insertable, Kysely } from "kysely";
import { generateSchedule } from "@pb/budgets";
import type { BudgetLineTable, BudgetTable, ChildTable, DB, PaymentTable, PlanTable } from "../schema";
import { createRandom, type Random } from "./random";
import { DEMO_PASSWORD, DEMO_USERS, FAMILY_NAMES, GIVEN_NAMES } from "./demo-people";

export const DEMO_COUNCIL = { name: "Demo County Council", slug: "demo-county" } as const;
/** The demo's fixed "today": payments due by then are paid, later ones scheduled. Fixed so every run is the same. */
export const DEMO_TODAY = "2026-10-31";
const FIRST_BUDGET_DAY = "2024-04-01";

type Stream = "education" | "health" | "social_care" | "transport";
const SERVICES: Record<Stream, readonly string[]> = {
  education: ["top_up_support", "specialist_equipment", "tutoring", "therapy", "eotas_package"],
  health: ["continuing_care_package"],
  social_care: ["personal_assistant", "short_break_activity", "overnight_short_break", "disability_equipment"],
  transport: ["home_to_school_transport"],
};
// Annual amounts in pounds: low and high ends seen in the source policies' examples.
const AMOUNT_RANGE: Record<Stream, readonly [number, number]> = {
  education: [1_500, 14_000],
  health: [6_000, 45_000],
  social_care: [1_200, 12_000],
  transport: [900, 4_500],
};

export type SeedSummary = { councilId: string; created: boolean; children: number; budgetLines: number; payments: number };

function isoFromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}
function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoFromUtc(d);
}

function demoDateOfBirth(random: Random): string {
  // Ages 2 to 24 on the demo's today, weighted towards school age as EHCP numbers are.
  const age = random.weighted([[random.int(2, 4), 1], [random.int(5, 15), 6], [random.int(16, 19), 2], [random.int(20, 24), 1]] as const);
  return shiftDays(DEMO_TODAY, -(age * 365 + random.int(0, 364)));
}

/** Loads the demo council once; a second run finds it and changes nothing. */
export async function seedDemo(db: Kysely<DB>, options: { children?: number } = {}): Promise<SeedSummary> {
  const existing = await db.selectFrom("council").select("id").where("slug", "=", DEMO_COUNCIL.slug).executeTakeFirst();
  if (existing) return { councilId: existing.id, created: false, children: 0, budgetLines: 0, payments: 0 };

  const random = createRandom(20_261_124);
  const childCount = options.children ?? 320;
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);

  return db.transaction().execute(async (trx) => {
    const councilId = random.uuid();
    await trx.insertInto("council").values({ id: councilId, ...DEMO_COUNCIL }).execute();
    for (const user of DEMO_USERS) {
      const userId = random.uuid();
      await trx
        .insertInto("app_user")
        .values({ id: userId, email: user.email, display_name: user.name, password_hash: passwordHash })
        .execute();
      await trx.insertInto("council_membership").values({ council_id: councilId, user_id: userId, role: user.role }).execute();
    }

    const children: Insertable<ChildTable>[] = [];
    const plans: Insertable<PlanTable>[] = [];
    const budgets: Insertable<BudgetTable>[] = [];
    const lines: Insertable<BudgetLineTable>[] = [];
    const payments: Insertable<PaymentTable>[] = [];

    for (let i = 0; i < childCount; i++) {
      const childId = random.uuid();
      children.push({
        council_id: councilId,
        id: childId,
        reference: `DC${String(100_000 + i)}`,
        given_name: random.pick(GIVEN_NAMES),
        family_name: random.pick(FAMILY_NAMES),
        date_of_birth: demoDateOfBirth(random),
      });
      const hasEhcp = random.chance(0.82);
      const planId = random.uuid();
      const issuedOn = shiftDays(FIRST_BUDGET_DAY, random.int(-900, 700));
      const lastReview = shiftDays(DEMO_TODAY, -random.int(10, 360));
      plans.push({
        council_id: councilId,
        id: planId,
        child_id: childId,
        type: hasEhcp ? "ehcp" : random.pick(["child_in_need", "short_breaks", "health_care_support"]),
        status: random.weighted([["final", 8], ["annual_review", 2], ["draft", 1], ["ceased", 1]] as const),
        issued_on: issuedOn,
        last_annual_review_on: lastReview,
        next_annual_review_on: shiftDays(lastReview, 365),
      });
      if (!random.chance(0.6)) continue;

      const budgetId = random.uuid();
      const startsOn = shiftDays(FIRST_BUDGET_DAY, random.int(0, 700));
      budgets.push({ council_id: councilId, id: budgetId, child_id: childId, plan_id: planId, status: "active", starts_on: startsOn });
      const streams: Stream[] = hasEhcp ? ["education"] : [];
      if (random.chance(0.55)) streams.push("social_care");
      if (random.chance(0.12)) streams.push("health");
      if (random.chance(0.18)) streams.push("transport");
      if (streams.length === 0) streams.push("social_care");

      for (const stream of streams) {
        const [low, high] = AMOUNT_RANGE[stream];
        const frequency = random.weighted([["monthly", 6], ["four_weekly", 3], ["quarterly", 2], ["one_off", 1]] as const);
        const annual = random.int(low, high) * 100 + random.int(0, 99);
        const arrangement = random.weighted([["direct_payment", 5], ["organised", 3], ["third_party", 2]] as const);
        const endsOn = frequency === "one_off" ? startsOn : shiftDays(startsOn, random.pick([364, 729, 900]));
        const lineId = random.uuid();
        lines.push({
          council_id: councilId,
          id: lineId,
          budget_id: budgetId,
          stream,
          service: frequency === "one_off" ? (stream === "education" ? "specialist_equipment" : random.pick(SERVICES[stream])) : random.pick(SERVICES[stream]),
          arrangement,
          annual_amount_pence: annual,
          frequency,
          starts_on: startsOn,
          ends_on: endsOn,
        });
        const schedule = generateSchedule({ annualAmountPence: annual, frequency, start: startsOn, end: endsOn });
        for (const instalment of schedule.instalments) {
          const due = instalment.date <= DEMO_TODAY;
          const failed = due && random.chance(0.01);
          payments.push({
            council_id: councilId,
            id: random.uuid(),
            budget_line_id: lineId,
            stream,
            arrangement,
            due_on: instalment.date,
            paid_on: due && !failed ? instalment.date : null,
            amount_pence: instalment.amountPence,
            status: !due ? "scheduled" : failed ? "failed" : "paid",
          });
        }
      }
    }

    await insertInChunks(trx, "child", children);
    await insertInChunks(trx, "plan", plans);
    await insertInChunks(trx, "budget", budgets);
    await insertInChunks(trx, "budget_line", lines);
    await insertInChunks(trx, "payment", payments);
    return { councilId, created: true, children: children.length, budgetLines: lines.length, payments: payments.length };
  });
}

async function insertInChunks<T extends keyof DB>(db: Kysely<DB>, table: T, rows: Insertable<DB[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insertInto(table).values(rows.slice(i, i + 1000) as never).execute();
  }
}
