import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Role } from "@pb/auth";
import { createCaller } from "@pb/api";
import { withCouncil, type DB } from "@pb/db";
import type { ServiceContext } from "@pb/services";
import { runtimeDbFor } from "./database";

export type TestCouncil = { id: string; name: string; users: Record<Role, string> };

const ALL_ROLES: Role[] = ["admin", "manager", "commissioner", "case_officer", "panel_member", "finance_officer"];

/** A council of the suite's own, with one user per role, so suites never share rows. */
export async function createTestCouncil(db: Kysely<DB>, label: string): Promise<TestCouncil> {
  const id = randomUUID();
  const name = `${label} ${id.slice(0, 8)}`;
  await db.insertInto("council").values({ id, name, slug: `test-${id}` }).execute();
  const users = {} as Record<Role, string>;
  for (const role of ALL_ROLES) {
    const userId = randomUUID();
    await db
      .insertInto("app_user")
      .values({ id: userId, email: `${role}.${id}@test.invalid`, display_name: `${label} ${role}`, password_hash: "x" })
      .execute();
    await db.insertInto("council_membership").values({ council_id: id, user_id: userId, role }).execute();
    users[role] = userId;
  }
  return { id, name, users };
}

/** A tRPC caller as the console makes one: on PostgreSQL, over the runtime role's connection (ADR 0004). */
export function callerFor(db: Kysely<DB>, userId: string | null, requestedCouncilId: string | null = null) {
  return createCaller({ db: runtimeDbFor(db), userId, requestedCouncilId });
}

/** One budget line with the given paid payments: enough to make spend figures to check. */
export async function addPaidPayments(
  db: Kysely<DB>,
  councilId: string,
  payments: { stream: string; paidOn: string; amountPence: number }[],
): Promise<void> {
  const childId = randomUUID();
  await db.insertInto("child").values({
    council_id: councilId, id: childId, reference: `T-${childId.slice(0, 8)}`,
    given_name: "Test", family_name: "Child", date_of_birth: "2015-06-01",
  }).execute();
  const budgetId = randomUUID();
  await db.insertInto("budget").values({ council_id: councilId, id: budgetId, child_id: childId, status: "active", starts_on: "2024-04-01" }).execute();
  for (const p of payments) {
    const lineId = randomUUID();
    await db.insertInto("budget_line").values({
      council_id: councilId, id: lineId, budget_id: budgetId, stream: p.stream, service: "top_up_support",
      arrangement: "organised", annual_amount_pence: p.amountPence, frequency: "one_off", starts_on: p.paidOn, ends_on: p.paidOn,
    }).execute();
    await db.insertInto("payment").values({
      council_id: councilId, budget_line_id: lineId, stream: p.stream, arrangement: "organised",
      due_on: p.paidOn, paid_on: p.paidOn, amount_pence: p.amountPence, status: "paid",
    }).execute();
  }
}

/** Runs service verbs as a council's user, in one council-scoped transaction, with a fixed "today". */
export function inCouncil<T>(
  db: Kysely<DB>,
  council: TestCouncil,
  role: Role,
  today: string,
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  return withCouncil(db, council.id, (trx) => work({ db: trx, councilId: council.id, actorUserId: council.users[role], today }));
}
