import type { ServiceContext } from "../../shared/context";
import { NotFoundError } from "../../shared/errors";

export async function loadDisagreement(ctx: ServiceContext, disagreementId: string) {
  const row = await ctx.db.selectFrom("disagreement").selectAll().where("council_id", "=", ctx.councilId).where("id", "=", disagreementId).executeTakeFirst();
  if (!row) throw new NotFoundError("That review of a decision");
  return row;
}
