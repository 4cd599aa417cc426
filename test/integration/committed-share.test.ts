import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computePeriodTotalPence, generateSchedule } from "@pb/budgets";
import { addDays, IsoDate } from "@pb/calendar";
import { compareRollupsWithRawRows, withCouncil, type Database } from "@pb/db";
import { openTestDatabase } from "./support/database";
import { createTestCouncil, type TestCouncil } from "./support/councils";

// Committed spend (the SQL share the commitment rollup accrues by) against a line's schedule (the
// TypeScript rule of @pb/budgets): the same money for the same days, to the penny.
let database: Database;
let council: TestCouncil;
beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Committed");
});
afterAll(async () => database?.close());

async function shareOf(annual: number, start: string, through: string): Promise<number> {
  const { rows } = await sql<{ pence: string }>`select analytics_share(${annual}::bigint, ${start}::date, ${through}::date)::text as pence`.execute(database.db);
  return Number(rows[0]?.pence);
}

describe("analytics_share", () => {
  it("accrues each financial year at its own length, as a schedule's total is worked out", async () => {
    // Across 29 February 2028, in the financial year after the line starts.
    expect(await shareOf(1_200_000, "2027-10-01", "2028-09-30")).toBe(computePeriodTotalPence(1_200_000, "2027-10-01" as IsoDate, "2028-09-30" as IsoDate));
    expect(await shareOf(1_200_000, "2027-10-01", "2028-09-30")).toBe(1_201_644);
    // Two whole financial years, one of them a leap year: twice the annual amount.
    expect(await shareOf(1_200_000, "2023-04-01", "2025-03-31")).toBe(2_400_000);
    // Nothing before the first day.
    expect(await shareOf(1_200_000, "2025-06-15", "2025-06-14")).toBe(0);
  });

  it("equals computePeriodTotalPence for any amount and dates", async () => {
    const day = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays(IsoDate.parse("2019-01-01"), n));
    const cases = fc.sample(fc.tuple(fc.integer({ min: 0, max: 50_000_000 }), day, fc.integer({ min: 0, max: 365 * 4 })), { numRuns: 300, seed: 20261207 });
    const values = sql.join(cases.map(([annual, start, length]) => sql`(${annual}::bigint, ${start}::date, ${addDays(start, length)}::date)`));
    const { rows } = await sql<{ annual: string; s_on: string; through: string; pence: string }>`
      select annual::text, s_on::text, through::text, analytics_share(annual, s_on, through)::text as pence from (values ${values}) v (annual, s_on, through)`.execute(database.db);
    const wrong = rows.filter((r) => Number(r.pence) !== computePeriodTotalPence(Number(r.annual), r.s_on as IsoDate, r.through as IsoDate));
    expect(wrong).toEqual([]);
    expect(rows).toHaveLength(300);
  });
});

describe("the commitment rollup", () => {
  it("commits a line across another year's 29 February what its schedule pays, and agrees with its raw rows", async () => {
    const line = { annualAmountPence: 1_200_000, frequency: "monthly" as const, start: "2027-10-01", end: "2028-09-30" };
    await withCouncil(database.db, council.id, async (trx) => {
      const child = await trx.insertInto("child").values({ council_id: council.id, reference: "C-1", given_name: "A", family_name: "B", date_of_birth: "2015-05-05" }).returning("id").executeTakeFirstOrThrow();
      const budget = await trx.insertInto("budget").values({ council_id: council.id, child_id: child.id, status: "active", starts_on: line.start, ends_on: line.end }).returning("id").executeTakeFirstOrThrow();
      await trx.insertInto("budget_line").values({
        council_id: council.id, budget_id: budget.id, stream: "social_care", service: "personal_assistant", arrangement: "direct_payment",
        annual_amount_pence: line.annualAmountPence, frequency: line.frequency, starts_on: line.start, ends_on: line.end,
      }).execute();
    });
    const committed = await withCouncil(database.db, council.id, async (trx) => {
      const { rows } = await sql<{ pence: string }>`select sum(committed_pence)::text as pence from analytics_commitment_month`.execute(trx);
      return Number(rows[0]?.pence);
    });
    expect(committed).toBe(generateSchedule(line).totalPence);
    expect(await compareRollupsWithRawRows(database.db, council.id)).toEqual([]);
  });
});
