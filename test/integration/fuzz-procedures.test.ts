import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@pb/api";
import type { Database } from "@pb/db";
import { seedDemo } from "@pb/db/seed";
import { adoptPreset, approvePaymentRun, createPaymentRun } from "@pb/services";
import { openOwnTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil } from "./support/councils";
import { applyMutations, hostileInput, inputJsonSchema, mutations, plausibleFor, type IdPools } from "./support/fuzz-arbitraries";
import { addCase } from "./finance-fixtures";

// Issue 19: every procedure of the router, fed inputs made from its own zod schema with hostile
// values mixed in (NUL, lone surrogates, 2^53−1, NaN-like text, 9999-12-31, another council's ids,
// overlong text, wrong types), answers success or a 4xx: never a 500. Fixed seed, bounded runs; a
// failure prints the seed and the counterexample. The demo council's ids are the same every run (its
// seed is fixed); the other council's are made afresh, so a replay picks the same kind of id, not the same one.
const SEED = 19_2026;
const RUNS_PER_PROCEDURE = 16;

// Which table an id field names, so an own id is mostly of the right kind (a child's id for childId).
const TABLES_BY_KEY: Record<string, readonly string[]> = {
  childId: ["child"], planId: ["plan"], budgetId: ["budget"], budgetLineId: ["budget_line"], paymentId: ["payment"],
  versionId: ["policy_version"], fromId: ["policy_version"], toId: ["policy_version"], policyVersionId: ["policy_version"], draftId: ["policy_version"], fromVersionId: ["policy_version"],
  requestId: ["pb_request"], requestLineId: ["request_line"], decisionId: ["decision", "recovery_decision"], conditionId: ["decision_condition"], reviewId: ["review"],
  cessationId: ["cessation"], disagreementId: ["disagreement"], id: ["payment_file_layout"], runId: ["payment_run"], itemId: ["payment_run_item"], accountId: ["dp_account"],
  entryId: ["account_entry"], returnId: ["dp_return"], evidenceId: ["evidence_file"],
};

type ProcedureDef = { _def: { inputs: unknown[] } };
const procedures = Object.entries((appRouter as unknown as { _def: { procedures: Record<string, ProcedureDef> } })._def.procedures);

// Tables whose ids procedures take; a few of each, so generated calls reach past "not found".
const ID_TABLES = [...new Set(Object.values(TABLES_BY_KEY).flat())];

let database: Database;
let userId: string;
let pools: (key: string) => IdPools;
/** Procedures that some generated input got all the way through: a fuzzer stopped at validation would prove little. */
const reached = new Set<string>();

async function idsOf(councilId: string): Promise<Record<string, string[]>> {
  const byTable: Record<string, string[]> = {};
  for (const table of ID_TABLES) {
    const rows = await sql<{ id: string }>`select id::text as id from ${sql.table(table)} where council_id = ${councilId} order by id limit 4`.execute(database.db);
    byTable[table] = rows.rows.map((r) => r.id);
  }
  const byKey: Record<string, string[]> = {};
  for (const [key, tables] of Object.entries(TABLES_BY_KEY)) byKey[key] = tables.flatMap((t) => byTable[t] ?? []);
  byKey[""] = Object.values(byTable).flat();
  return byKey;
}

beforeAll(async () => {
  database = await openOwnTestDatabase("fuzz");
  // The fuzzer acts in the demo council, whose stories reach every stage, holding every role at once.
  const demo = await seedDemo(database.db, { children: 12 });
  userId = randomUUID();
  await database.db.insertInto("app_user").values({ id: userId, email: `fuzz.${userId}@test.invalid`, display_name: "Fuzz", password_hash: "x" }).execute();
  for (const role of ["admin", "manager", "commissioner", "case_officer", "panel_member", "finance_officer"] as const) {
    await database.db.insertInto("council_membership").values({ council_id: demo.councilId, user_id: userId, role }).execute();
  }
  // Another council with a little of everything, whose ids must be as unknown as made-up ones.
  const other = await createTestCouncil(database.db, "Fuzz other");
  await inCouncil(database.db, other, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  await addCase(database.db, other.id, { annualAmountPence: 120_000, start: "2026-04-01", end: "2027-03-31" });
  await inCouncil(database.db, other, "finance_officer", "2026-04-01", async (ctx) => {
    const run = await createPaymentRun(ctx, { from: "2026-04-01", to: "2026-06-30", payOn: "2026-04-01", idempotencyKey: randomUUID() });
    await approvePaymentRun(ctx, { runId: run.runId });
  });
  const [own, others] = [await idsOf(demo.councilId), await idsOf(other.id)];
  pools = (key) => ({ own: own[key] ?? own[""] ?? [], other: others[key] ?? others[""] ?? [] });
}, 300_000);
afterAll(async () => database?.close());

/** "OK", or the TRPCError's code; anything else (a bare Error, a 500) is the finding. */
async function call(path: string, input: unknown): Promise<{ code: string; message: string }> {
  let target: unknown = callerFor(database.db, userId);
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  try {
    await (target as (i: unknown) => Promise<unknown>)(input);
    return { code: "OK", message: "" };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: String(error.cause instanceof Error ? error.cause.message : error.message) };
    return { code: "not a TRPCError", message: String(error) };
  }
}

describe("every procedure, fuzzed from its input schema", () => {
  it("has the ids to use", () => {
    expect(pools("").own.length).toBeGreaterThan(20);
    expect(pools("").other.length).toBeGreaterThan(5);
    expect(pools("childId").own.length).toBeGreaterThan(0);
  });

  it.each(procedures.map(([path, p]) => [path, p] as const))("%s answers success or a 4xx, never a 500", async (path, procedure) => {
    const schema = inputJsonSchema(procedure._def.inputs[0]);
    // Mostly a plausible input with one or two fields made hostile; sometimes as it is, sometimes not an input at all.
    const plausible = schema ? plausibleFor(schema, pools) : fc.constant(undefined);
    const otherIds = pools("").other;
    const input = fc.oneof(
      { arbitrary: plausible, weight: 2 },
      { arbitrary: fc.tuple(plausible, mutations()).map(([value, list]) => applyMutations(value, list, otherIds)), weight: 5 },
      { arbitrary: hostileInput(), weight: 1 },
    );
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const answer = await call(path, value);
        if (answer.code === "OK") reached.add(path);
        if (answer.code === "INTERNAL_SERVER_ERROR" || answer.code === "not a TRPCError") {
          throw new Error(`${path} answered ${answer.code}: ${answer.message.slice(0, 300)}`);
        }
      }),
      // No shrinking: each step is a database call, and the counterexample with the seed is enough to replay it.
      { seed: SEED, numRuns: RUNS_PER_PROCEDURE, endOnFailure: true },
    );
  });

  it("got past validation into most procedures", () => {
    expect(reached.size, `reached: ${[...reached].join(", ")}`).toBeGreaterThanOrEqual(40);
  });
});
