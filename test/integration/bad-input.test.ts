import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "@pb/api";
import type { Database } from "@pb/db";
import { adoptPreset } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { HOSTILE_INPUTS, plausibleValue } from "./support/fuzz-inputs";

// Every procedure there is, found from the router itself, so a new one is covered the day it is added.
type ProcedureDef = { _def: { type: string; inputs: unknown[] } };
const procedures = Object.entries((appRouter as unknown as { _def: { procedures: Record<string, ProcedureDef> } })._def.procedures);

let database: Database;
let council: TestCouncil;

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Fuzz");
  await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
});
afterAll(async () => database?.close());

async function call(path: string, userId: string | null, input: unknown): Promise<string> {
  let target: unknown = callerFor(database.db, userId);
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  try {
    await (target as (i: unknown) => Promise<unknown>)(input);
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

function plausibleInputFor(procedure: ProcedureDef): unknown {
  const schema = procedure._def.inputs[0];
  if (!(schema instanceof z.ZodType)) return undefined;
  try {
    return plausibleValue(z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as never);
  } catch {
    return {};
  }
}

async function auditCount(): Promise<number> {
  const row = await sql<{ n: number }>`select count(*)::int as n from audit_log where council_id = ${council.id}`.execute(database.db);
  return row.rows[0]?.n ?? 0;
}

describe("bad input to every procedure", () => {
  it("finds the procedures", () => {
    expect(procedures.length).toBeGreaterThan(2);
  });

  it.each(procedures.map(([path, p]) => [path, p] as const))("%s answers hostile input with a 4xx and writes nothing", async (path, procedure) => {
    const roles = Object.keys(council.users) as (keyof TestCouncil["users"])[];
    for (const role of roles) {
      for (const input of [...HOSTILE_INPUTS, plausibleInputFor(procedure)]) {
        const before = await auditCount();
        const code = await call(path, council.users[role], input);
        expect(code, `${path} as ${role} with ${JSON.stringify(input)?.slice(0, 80)}`).not.toMatch(/INTERNAL_SERVER_ERROR|not a TRPCError/);
        if (code !== "OK") expect(await auditCount(), `${path} as ${role} wrote audit rows and failed`).toBe(before);
      }
    }
    expect(await call(path, null, undefined)).toBe("UNAUTHORIZED");
  });
});
