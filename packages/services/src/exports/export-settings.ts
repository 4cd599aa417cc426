import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ConflictError, ValidationError } from "../shared/errors";

export const DEFAULT_SMALL_COUNT_THRESHOLD = 5;
export const MIN_SMALL_COUNT_THRESHOLD = 2;
export const MAX_SMALL_COUNT_THRESHOLD = 100;

export type ExportSettings = { smallCountThreshold: number; version: number; updatedAt: Date | null };

/** The council's export settings; a council that never set them has the default threshold (5). */
export async function getExportSettings(ctx: ServiceContext): Promise<ExportSettings> {
  const row = await ctx.db
    .selectFrom("council_export_setting")
    .select(["small_count_threshold", "version", "updated_at"])
    .where("council_id", "=", ctx.councilId)
    .executeTakeFirst();
  if (!row) return { smallCountThreshold: DEFAULT_SMALL_COUNT_THRESHOLD, version: 0, updatedAt: null };
  return { smallCountThreshold: row.small_count_threshold, version: row.version, updatedAt: row.updated_at };
}

/**
 * Sets the threshold under which counts are suppressed. `version` is what the admin saw (0 before
 * the first save), so two admins saving at once cannot overwrite each other unseen.
 */
export async function updateExportSettings(ctx: ServiceContext, input: { smallCountThreshold: number; version: number }): Promise<ExportSettings> {
  const threshold = input.smallCountThreshold;
  if (!Number.isInteger(threshold) || threshold < MIN_SMALL_COUNT_THRESHOLD || threshold > MAX_SMALL_COUNT_THRESHOLD) {
    throw new ValidationError("smallCountThreshold", `must be a whole number from ${MIN_SMALL_COUNT_THRESHOLD} to ${MAX_SMALL_COUNT_THRESHOLD}`);
  }
  const before = await getExportSettings(ctx);
  if (before.version !== input.version) throw new ConflictError("Someone else changed the export settings since you opened them. Reload to see their change, then try again.");
  const values = { small_count_threshold: threshold, updated_by: ctx.actorUserId, updated_at: new Date() };
  const saved =
    input.version === 0
      ? await ctx.db
          .insertInto("council_export_setting")
          .values({ council_id: ctx.councilId, ...values })
          .onConflict((oc) => oc.column("council_id").doNothing())
          .returning(["version"])
          .executeTakeFirst()
      : await ctx.db
          .updateTable("council_export_setting")
          .set((eb) => ({ ...values, version: eb("version", "+", 1) }))
          .where("council_id", "=", ctx.councilId)
          .where("version", "=", input.version)
          .returning(["version"])
          .executeTakeFirst();
  if (!saved) throw new ConflictError("Someone else changed the export settings since you opened them. Reload to see their change, then try again.");
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "exports.update_settings", entity: "council_export_setting", entityId: ctx.councilId,
    before: { smallCountThreshold: before.smallCountThreshold }, after: { smallCountThreshold: threshold },
  });
  return { smallCountThreshold: threshold, version: saved.version, updatedAt: values.updated_at };
}
