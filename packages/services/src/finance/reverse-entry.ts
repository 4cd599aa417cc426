import { explainCannotReverse } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ConflictError, NotFoundError, ValidationError } from "../shared/errors";
import { loadAccountRow, loadLedger } from "./accounts-shared";
import { rethrowUniqueAsConflict } from "./finance-errors";

/**
 * Corrects an account by adding a reversing entry for the whole of an earlier one (a payment that
 * came back, spending reported by mistake, a recovery taken in error). Nothing is ever edited.
 */
export async function reverseAccountEntry(ctx: ServiceContext, input: { accountId: string; entryId: string; reason: string; on: string }): Promise<string> {
  const account = await loadAccountRow(ctx, input.accountId);
  const { entries } = await loadLedger(ctx, input.accountId);
  const target = entries.find((e) => e.id === input.entryId);
  if (!target) throw new NotFoundError("That account entry");
  const why = explainCannotReverse({ id: target.id, kind: target.kind, amountPence: target.amount_pence, reversesEntryId: target.reverses_entry_id }, entries.map((e) => ({ id: e.id, kind: e.kind, amountPence: e.amount_pence, reversesEntryId: e.reverses_entry_id })));
  if (why) throw new ConflictError(`That entry cannot be reversed: ${why}.`);
  if (input.on < target.occurred_on) throw new ValidationError("on", `cannot be before the entry it reverses (${target.occurred_on})`);
  if (input.on > ctx.today) throw new ValidationError("on", "cannot be in the future");
  let id: string;
  try {
    const row = await ctx.db
      .insertInto("account_entry")
      .values({
        council_id: ctx.councilId, account_id: input.accountId, kind: "reversal", amount_pence: target.amount_pence, stream: target.stream,
        budget_line_id: target.budget_line_id, occurred_on: input.on, reverses_entry_id: target.id, note: input.reason.trim(), created_by: ctx.actorUserId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    id = row.id;
  } catch (error) {
    rethrowUniqueAsConflict(error, "That entry has just been reversed by someone else.");
  }
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "account_entry.reverse", entity: "account_entry", entityId: id, childId: account.child_id, after: { reverses: target.id, kind: target.kind, amountPence: target.amount_pence, reason: input.reason.trim() } });
  return id;
}
