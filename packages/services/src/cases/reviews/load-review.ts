import type { ServiceContext } from "../../shared/context";
import { NotFoundError } from "../../shared/errors";

export async function loadReview(ctx: ServiceContext, reviewId: string) {
  const review = await ctx.db.selectFrom("review").selectAll().where("council_id", "=", ctx.councilId).where("id", "=", reviewId).executeTakeFirst();
  if (!review) throw new NotFoundError("That review");
  return review;
}
