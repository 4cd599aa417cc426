import { sql, type Kysely, type Transaction } from "kysely";
import type { DB } from "../schema";

export type MonthlyStreamSpendRow = { month: string; stream: string; amountPence: number };

/** Paid amounts per calendar month and stream between two dates inclusive, for one council. */
export async function getPaidSpendByMonthAndStream(
  db: Kysely<DB> | Transaction<DB>,
  params: { councilId: string; from: string; to: string },
): Promise<MonthlyStreamSpendRow[]> {
  const month = sql<string>`to_char(paid_on, 'YYYY-MM')`;
  const rows = await db
    .selectFrom("payment")
    .select([month.as("month"), "stream", sql<number>`sum(amount_pence)::bigint`.as("amountPence")])
    .where("council_id", "=", params.councilId)
    .where("status", "=", "paid")
    .where("paid_on", ">=", params.from)
    .where("paid_on", "<=", params.to)
    .groupBy([month, "stream"])
    .orderBy("month")
    .orderBy("stream")
    .execute();
  return rows;
}
