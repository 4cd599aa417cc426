import { PaymentFileLayout } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { updateAtVersion } from "../shared/versioned-update";
import { rethrowUniqueAsConflict } from "./finance-errors";

/** The administrator's own payment file layout: new (no id) or an edit at the version they saw. */
export async function savePaymentFileLayout(ctx: ServiceContext, input: { id?: string; version?: number; layout: unknown }): Promise<string> {
  const parsed = PaymentFileLayout.safeParse(input.layout);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(["layout", ...(issue?.path ?? []).map(String)].join("."), issue?.message ?? "is not valid");
  }
  const layout = parsed.data;
  const definition = JSON.stringify(layout);
  let id: string;
  try {
    if (input.id) {
      await updateAtVersion(ctx, "payment_file_layout", input.id, input.version ?? 0, { name: layout.name, definition }, "That payment file layout");
      id = input.id;
    } else {
      const row = await ctx.db.insertInto("payment_file_layout").values({ council_id: ctx.councilId, name: layout.name, definition }).returning("id").executeTakeFirstOrThrow();
      id = row.id;
    }
  } catch (error) {
    rethrowUniqueAsConflict(error, `A layout called "${layout.name}" already exists; choose another name.`);
  }
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: input.id ? "payment_layout.update" : "payment_layout.create", entity: "payment_file_layout", entityId: id, after: layout });
  return id;
}
