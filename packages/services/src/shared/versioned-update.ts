import { sql } from "kysely";
import type { DB } from "@pb/db";
import { ConflictError, NotFoundError } from "./errors";
import type { ServiceContext } from "./context";

type VersionedTable = {
  [T in keyof DB]: DB[T] extends { version: unknown; id: unknown; council_id: unknown } ? T : never;
}[keyof DB];

/**
 * Updates one row only if it is still at the version the caller saw, and bumps the version.
 * A stale edit gets a ConflictError and writes nothing; a missing row (or another council's) is not found.
 */
export async function updateAtVersion<T extends VersionedTable>(
  ctx: ServiceContext,
  table: T,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
  label: string,
): Promise<Record<string, unknown>> {
  const updated = await ctx.db
    .updateTable(table as never)
    .set({ ...values, version: sql`version + 1` } as never)
    .where("council_id" as never, "=", ctx.councilId as never)
    .where("id" as never, "=", id as never)
    .where("version" as never, "=", expectedVersion as never)
    .returningAll()
    .executeTakeFirst();
  if (updated) return updated as Record<string, unknown>;
  const exists = await ctx.db
    .selectFrom(table as never)
    .select("version" as never)
    .where("council_id" as never, "=", ctx.councilId as never)
    .where("id" as never, "=", id as never)
    .executeTakeFirst();
  if (!exists) throw new NotFoundError(label);
  throw new ConflictError(`${label} was changed by someone else since you opened it. Reload to see their changes, then try again.`);
}
