import { sql, type Transaction } from "kysely";
import type { DB } from "../schema";

type Db = Transaction<DB>;

/** An active budget version with a direct payment line, and what its checks are counted from. */
export type MonitoredBudgetRow = {
  budgetId: string;
  childId: string;
  childReference: string;
  /** The first day of a direct payment in any version of the budget (versions share the request). */
  directPaymentStartsOn: string;
  /** The latest check of each kind made on any version of the budget. */
  lastChecks: { kind: "monitoring" | "finance_check"; checkedOn: string; outcome: "satisfactory" | "concerns" }[];
};

// A budget's versions share its request; a budget with no request is a chain of one.
const chainOf = (alias: string) => sql<string>`coalesce(${sql.ref(`${alias}.request_id`)}::text, ${sql.ref(`${alias}.id`)}::text)`;

/**
 * The council's active budgets paying a direct payment (or one child's), with when their direct
 * payment started and their latest checks; the services work out which checks are due.
 */
export async function findMonitoredBudgets(db: Db, councilId: string, options: { childId?: string } = {}): Promise<MonitoredBudgetRow[]> {
  const active = await db
    .selectFrom("budget as b")
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "b.council_id").onRef("c.id", "=", "b.child_id"))
    .select(["b.id", "b.child_id", "c.reference", chainOf("b").as("chain")])
    .where("b.council_id", "=", councilId)
    .where("b.status", "=", "active")
    .$if(options.childId !== undefined, (q) => q.where("b.child_id", "=", options.childId as string))
    .where((eb) =>
      eb.exists(
        eb.selectFrom("budget_line as l").select(sql`1`.as("one")).whereRef("l.council_id", "=", "b.council_id").whereRef("l.budget_id", "=", "b.id").where("l.arrangement", "=", "direct_payment"),
      ),
    )
    .orderBy("c.reference")
    .orderBy("b.id")
    .execute();
  if (active.length === 0) return [];
  const starts = await db
    .selectFrom("budget as b")
    .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "b.council_id").onRef("l.budget_id", "=", "b.id"))
    .select([chainOf("b").as("chain"), (eb) => eb.fn.min("l.starts_on").as("startsOn")])
    .where("b.council_id", "=", councilId)
    .where("l.arrangement", "=", "direct_payment")
    .$if(options.childId !== undefined, (q) => q.where("b.child_id", "=", options.childId as string))
    .groupBy(chainOf("b"))
    .execute();
  const checks = await db
    .selectFrom("monitoring_check as m")
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "m.council_id").onRef("b.id", "=", "m.budget_id"))
    .select([chainOf("b").as("chain"), "m.kind", "m.checked_on", "m.outcome"])
    .where("m.council_id", "=", councilId)
    .$if(options.childId !== undefined, (q) => q.where("m.child_id", "=", options.childId as string))
    .orderBy("m.checked_on")
    .orderBy("m.created_at")
    .execute();
  const startOf = new Map(starts.map((s) => [s.chain, String(s.startsOn)]));
  const lastOf = new Map<string, MonitoredBudgetRow["lastChecks"][number]>();
  for (const c of checks) lastOf.set(`${c.chain}|${c.kind}`, { kind: c.kind, checkedOn: c.checked_on, outcome: c.outcome });
  return active.map((b) => ({
    budgetId: b.id,
    childId: b.child_id,
    childReference: b.reference,
    directPaymentStartsOn: startOf.get(b.chain) ?? "",
    lastChecks: (["monitoring", "finance_check"] as const).flatMap((kind) => lastOf.get(`${b.chain}|${kind}`) ?? []),
  }));
}
