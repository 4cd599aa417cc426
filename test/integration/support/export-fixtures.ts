import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { DB } from "@pb/db";

/** What every child of the fixture is called and born: the strings no export may contain. */
export const FIXTURE_GIVEN_NAME = "Zebedee";
export const FIXTURE_FAMILY_NAME = "Ottolinesque";
export const FIXTURE_DATE_OF_BIRTH = "2013-07-19";

/** A monthly line for the whole year with one payment made, or (`oneOff`) a one-off payment, a line of that day only. */
type Line = { stream: "education" | "health" | "social_care" | "transport"; arrangement: "direct_payment" | "organised" | "third_party"; paidOn: string; amountPence: number; oneOff?: true };
type Group = { children: number; planType: "ehcp" | "health_care_support"; lines: Line[] };

const SERVICE = { education: "top_up_support", health: "continuing_care_package", social_care: "personal_assistant", transport: "home_to_school_transport" } as const;

/**
 * A council's children in groups whose every figure is known in advance (see EXPECTED), all with
 * budgets from 1 April 2025 to 31 March 2026 and one paid payment per line.
 */
export const FIXTURE_GROUPS: Group[] = [
  { children: 12, planType: "ehcp", lines: [{ stream: "education", arrangement: "direct_payment", paidOn: "2025-05-15", amountPence: 10_000 }] },
  { children: 3, planType: "ehcp", lines: [{ stream: "social_care", arrangement: "organised", paidOn: "2025-06-15", amountPence: 5_001 }] },
  {
    children: 7,
    planType: "ehcp",
    lines: [
      { stream: "education", arrangement: "direct_payment", paidOn: "2025-07-15", amountPence: 2_000 },
      { stream: "social_care", arrangement: "organised", paidOn: "2025-07-16", amountPence: 3_000 },
    ],
  },
  { children: 2, planType: "health_care_support", lines: [{ stream: "health", arrangement: "organised", paidOn: "2025-08-15", amountPence: 100_000 }] },
  { children: 6, planType: "health_care_support", lines: [{ stream: "health", arrangement: "direct_payment", paidOn: "2025-08-20", amountPence: 50_000 }] },
];

export const EXPECTED = {
  ehcps: 23, // 12 + 3 + 7, and one child with an EHC plan but no budget
  sen2: {
    Education: { withBudget: 12, directPaymentOnly: 12, organisedOnly: 0, both: 0 },
    "Social care": { withBudget: 3, directPaymentOnly: 0, organisedOnly: 3, both: 0 },
    Health: { withBudget: 0, directPaymentOnly: 0, organisedOnly: 0, both: 0 },
    Integrated: { withBudget: 7, directPaymentOnly: 0, organisedOnly: 0, both: 7 },
    total: { withBudget: 22, directPaymentOnly: 12, organisedOnly: 3, both: 7 },
  },
  phbPerQuarter: { notional: 2, thirdParty: 0, directPayment: 6, combination: 0, total: 8 },
  directPayments: { education: { children: 19, pence: 134_000 }, health: { children: 6, pence: 300_000 }, total: { children: 25, pence: 434_000 } },
  spendByMonth: { "2025-05": { education: 120_000 }, "2025-06": { social_care: 15_003 }, "2025-07": { education: 14_000, social_care: 21_000 }, "2025-08": { health: 500_000 } },
  spendTotalPence: 670_003,
  payments: 37,
  budgetLines: 37,
};

export async function seedExportFixture(db: Kysely<DB>, councilId: string, options: { givenName?: string; familyName?: string; dateOfBirth?: string; groups?: Group[] } = {}): Promise<void> {
  let n = 0;
  const groups = options.groups ?? FIXTURE_GROUPS;
  const addChild = async (planType: Group["planType"]) => {
    const childId = randomUUID();
    n++;
    await db.insertInto("child").values({
      council_id: councilId, id: childId, reference: `X-${childId.slice(0, 8)}`, given_name: options.givenName ?? FIXTURE_GIVEN_NAME,
      family_name: `${options.familyName ?? FIXTURE_FAMILY_NAME}${n}`, date_of_birth: options.dateOfBirth ?? FIXTURE_DATE_OF_BIRTH,
    }).execute();
    await db.insertInto("plan").values({ council_id: councilId, id: randomUUID(), child_id: childId, type: planType, status: "final", issued_on: "2023-09-01" }).execute();
    return childId;
  };
  for (const group of groups) {
    for (let i = 0; i < group.children; i++) {
      const childId = await addChild(group.planType);
      const budgetId = randomUUID();
      await db.insertInto("budget").values({ council_id: councilId, id: budgetId, child_id: childId, status: "active", starts_on: "2025-04-01", ends_on: "2026-03-31" }).execute();
      for (const line of group.lines) {
        const lineId = randomUUID();
        await db.insertInto("budget_line").values({
          council_id: councilId, id: lineId, budget_id: budgetId, stream: line.stream, service: SERVICE[line.stream], arrangement: line.arrangement,
          ...(line.oneOff
            ? { annual_amount_pence: line.amountPence, frequency: "one_off" as const, starts_on: line.paidOn, ends_on: line.paidOn }
            : { annual_amount_pence: line.amountPence * 12, frequency: "monthly" as const, starts_on: "2025-04-01", ends_on: "2026-03-31" }),
        }).execute();
        await db.insertInto("payment").values({
          council_id: councilId, budget_line_id: lineId, stream: line.stream, arrangement: line.arrangement,
          due_on: line.paidOn, paid_on: line.paidOn, amount_pence: line.amountPence, status: "paid",
        }).execute();
      }
    }
  }
  if (!options.groups) await addChild("ehcp");
}
