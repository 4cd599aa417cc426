import { writeAudit } from "@pb/db";
import { DISCLOSURE_METHOD_CODES, type DisclosureMethod, type DisclosureRule } from "@pb/reports";
import type { ServiceContext } from "../shared/context";
import { ConflictError, ValidationError } from "../shared/errors";

export const DEFAULT_SMALL_COUNT_THRESHOLD = 5;
export const MIN_SMALL_COUNT_THRESHOLD = 2;
export const MAX_SMALL_COUNT_THRESHOLD = 100;
export const DEFAULT_DISCLOSURE_METHOD: DisclosureMethod = "suppress";

export type ExportSettings = { smallCountThreshold: number; disclosureMethod: DisclosureMethod; version: number; updatedAt: Date | null };

/** The rule every published output of the council is protected by: its threshold and its method. */
export function toDisclosureRule(settings: Pick<ExportSettings, "smallCountThreshold" | "disclosureMethod">): DisclosureRule {
  return { threshold: settings.smallCountThreshold, method: settings.disclosureMethod };
}

/** The council's export settings; a council that never set them has the default threshold (5) and suppresses. */
export async function getExportSettings(ctx: ServiceContext): Promise<ExportSettings> {
  const row = await ctx.db
    .selectFrom("council_export_setting")
    .select(["small_count_threshold", "disclosure_method", "version", "updated_at"])
    .where("council_id", "=", ctx.councilId)
    .executeTakeFirst();
  if (!row) return { smallCountThreshold: DEFAULT_SMALL_COUNT_THRESHOLD, disclosureMethod: DEFAULT_DISCLOSURE_METHOD, version: 0, updatedAt: null };
  return { smallCountThreshold: row.small_count_threshold, disclosureMethod: row.disclosure_method, version: row.version, updatedAt: row.updated_at };
}

/**
 * Sets the threshold of a small count and how small counts are protected (the method: suppress, or
 * round to the nearest 5); a method not given keeps the one saved. `version` is what the admin saw
 * (0 before the first save), so two admins saving at once cannot overwrite each other unseen.
 */
export async function updateExportSettings(ctx: ServiceContext, input: { smallCountThreshold: number; disclosureMethod?: DisclosureMethod; version: number }): Promise<ExportSettings> {
  const threshold = input.smallCountThreshold;
  if (!Number.isInteger(threshold) || threshold < MIN_SMALL_COUNT_THRESHOLD || threshold > MAX_SMALL_COUNT_THRESHOLD) {
    throw new ValidationError("smallCountThreshold", `must be a whole number from ${MIN_SMALL_COUNT_THRESHOLD} to ${MAX_SMALL_COUNT_THRESHOLD}`);
  }
  if (input.disclosureMethod !== undefined && !(DISCLOSURE_METHOD_CODES as readonly string[]).includes(input.disclosureMethod)) {
    throw new ValidationError("disclosureMethod", `must be one of ${DISCLOSURE_METHOD_CODES.join(", ")}`);
  }
  const before = await getExportSettings(ctx);
  if (before.version !== input.version) throw new ConflictError("Someone else changed the export settings since you opened them. Reload to see their change, then try again.");
  const method = input.disclosureMethod ?? before.disclosureMethod;
  const values = { small_count_threshold: threshold, disclosure_method: method, updated_by: ctx.actorUserId, updated_at: new Date() };
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
    before: { smallCountThreshold: before.smallCountThreshold, disclosureMethod: before.disclosureMethod },
    after: { smallCountThreshold: threshold, disclosureMethod: method },
  });
  return { smallCountThreshold: threshold, disclosureMethod: method, version: saved.version, updatedAt: values.updated_at };
}
