import { sql } from "kysely";
import type { ServiceContext } from "../shared/context";

export type PaymentRunSummary = { id: string; runNumber: number; from: string; to: string; payOn: string; status: "draft" | "approved"; items: number; netPence: number; pending: number };

export async function listPaymentRuns(ctx: ServiceContext): Promise<PaymentRunSummary[]> {
  const rows = await ctx.db
    .selectFrom("payment_run as r")
    .leftJoin("payment_run_item as i", (j) => j.onRef("i.council_id", "=", "r.council_id").onRef("i.run_id", "=", "r.id"))
    .select([
      "r.id", "r.run_number", "r.from_on", "r.to_on", "r.pay_on", "r.status",
      sql<number>`count(i.id)::int`.as("items"),
      sql<number>`coalesce(sum(i.net_pence), 0)::bigint`.as("netPence"),
      sql<number>`count(i.id) filter (where i.outcome = 'pending')::int`.as("pending"),
    ])
    .where("r.council_id", "=", ctx.councilId)
    .groupBy(["r.id", "r.run_number", "r.from_on", "r.to_on", "r.pay_on", "r.status"])
    .orderBy("r.run_number", "desc")
    .limit(100)
    .execute();
  return rows.map((r) => ({ id: r.id, runNumber: r.run_number, from: r.from_on, to: r.to_on, payOn: r.pay_on, status: r.status, items: Number(r.items), netPence: Number(r.netPence), pending: Number(r.pending) }));
}
