import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { lockRunNumbers } from "./payment-run-locks";

export type CreatePaymentRunInput = { from: string; to: string; payOn: string; idempotencyKey: string };

/**
 * Opens a draft run over a date range, numbered next in the council (runs made at once take turns). The same idempotency key (a form submitted twice, a retry
 * after a lost answer) returns the run it already made. Nothing is claimed until the run is approved.
 */
export async function createPaymentRun(ctx: ServiceContext, input: CreatePaymentRunInput): Promise<{ runId: string; created: boolean }> {
  if (input.to < input.from) throw new ValidationError("to", "must be on or after the start of the range");
  if (input.payOn < ctx.today) throw new ValidationError("payOn", "cannot be in the past");
  await lockRunNumbers(ctx);
  const existing = await findByKey(ctx, input.idempotencyKey);
  if (existing) return { runId: existing, created: false };
  const last = await ctx.db.selectFrom("payment_run").select((eb) => eb.fn.max("run_number").as("n")).where("council_id", "=", ctx.councilId).executeTakeFirst();
  const inserted = await ctx.db
    .insertInto("payment_run")
    .values({
      council_id: ctx.councilId, run_number: Number(last?.n ?? 0) + 1, idempotency_key: input.idempotencyKey,
      from_on: input.from, to_on: input.to, pay_on: input.payOn, created_by: ctx.actorUserId,
    })
    .onConflict((oc) => oc.columns(["council_id", "idempotency_key"]).doNothing())
    .returning(["id", "run_number"])
    .executeTakeFirst();
  if (!inserted) {
    const raced = await findByKey(ctx, input.idempotencyKey);
    if (raced) return { runId: raced, created: false };
    throw new ValidationError("idempotencyKey", "could not be used; reload the page and try again");
  }
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "payment_run.create", entity: "payment_run", entityId: inserted.id, after: { runNumber: inserted.run_number, from: input.from, to: input.to, payOn: input.payOn } });
  return { runId: inserted.id, created: true };
}

async function findByKey(ctx: ServiceContext, key: string): Promise<string | null> {
  const row = await ctx.db.selectFrom("payment_run").select("id").where("council_id", "=", ctx.councilId).where("idempotency_key", "=", key).executeTakeFirst();
  return row?.id ?? null;
}
