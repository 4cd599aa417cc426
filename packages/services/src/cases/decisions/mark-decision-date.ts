import { sql } from "kysely";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { updateAtVersion } from "../../shared/versioned-update";
import { findLetterDecisions } from "./find-letter-decisions";

type DateColumn = "family_told_on" | "letter_sent_on";

/**
 * Sets when the family was told, or when the letter went, on a decision at the version the caller
 * saw; the other decisions in the same letter that have no date yet get the same one.
 */
export async function markDecisionDate(ctx: ServiceContext, input: { decisionId: string; version: number; on: string }, column: DateColumn, action: string): Promise<{ version: number }> {
  const { main, group } = await findLetterDecisions(ctx, input.decisionId);
  if (input.on > ctx.today) throw new ValidationError("on", "cannot be in the future");
  if (input.on < main.decided_on) throw new ValidationError("on", `cannot be before the decision was made (${main.decided_on})`);
  const updated = await updateAtVersion(ctx, "decision", main.id, input.version, { [column]: input.on }, "The decision");
  const audit = (id: string, before: string | null) =>
    writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action, entity: "decision", entityId: id, childId: main.child_id, before: { [column]: before }, after: { [column]: input.on } });
  await audit(main.id, main[column]);
  for (const other of group) {
    if (other.id === main.id || other[column] !== null) continue;
    await ctx.db
      .updateTable("decision")
      .set({ [column]: input.on, version: sql`version + 1` })
      .where("council_id", "=", ctx.councilId)
      .where("id", "=", other.id)
      .where(column, "is", null)
      .execute();
    await audit(other.id, null);
  }
  return { version: Number(updated.version) };
}
