import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { NotFoundError, ValidationError } from "../../shared/errors";
import { updateAtVersion } from "../../shared/versioned-update";

/** The family withdrew the request: lines not yet decided will not be decided. */
export async function withdrawRequest(ctx: ServiceContext, input: { requestId: string; version: number }): Promise<{ version: number }> {
  const request = await ctx.db
    .selectFrom("pb_request")
    .select(["status", "child_id"])
    .where("council_id", "=", ctx.councilId)
    .where("id", "=", input.requestId)
    .executeTakeFirst();
  if (!request) throw new NotFoundError("That request");
  if (request.status !== "open") throw new ValidationError("requestId", `the request is already ${request.status}, so it cannot be withdrawn`);
  const updated = await updateAtVersion(ctx, "pb_request", input.requestId, input.version, { status: "withdrawn" }, "The request");
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "request.withdraw",
    entity: "pb_request",
    entityId: input.requestId,
    childId: request.child_id,
    before: { status: request.status, version: input.version },
    after: { status: "withdrawn", version: updated.version },
  });
  return { version: Number(updated.version) };
}
