import { PGlite } from "@electric-sql/pglite";

/**
 * Paid sums per "YYYY-MM|stream", read with plain SQL straight from the embedded database: the
 * yardstick the console's CSV is held to, computed without any of the product's own code.
 */
export async function readPaidSumsFromDatabase(dataDir: string, from: string, to: string): Promise<Record<string, number>> {
  const client = await PGlite.create(dataDir);
  try {
    const result = await client.query<{ key: string; pence: string }>(
      `select to_char(paid_on, 'YYYY-MM') || '|' || stream as key, sum(amount_pence)::text as pence
         from payment where status = 'paid' and paid_on between $1 and $2 group by 1`,
      [from, to],
    );
    return Object.fromEntries(result.rows.map((r) => [r.key, Number(r.pence)]));
  } finally {
    await client.close();
  }
}
