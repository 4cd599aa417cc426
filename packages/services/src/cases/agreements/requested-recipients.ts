import type { Recipient } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";

/** The recipients the request lines behind these decisions named, in line order. */
export async function findRequestedRecipients(ctx: ServiceContext, decisionIds: string[]): Promise<Recipient[]> {
  if (decisionIds.length === 0) return [];
  const rows = await ctx.db
    .selectFrom("decision as d")
    .innerJoin("request_line as r", (j) => j.onRef("r.council_id", "=", "d.council_id").onRef("r.id", "=", "d.request_line_id"))
    .select("r.recipient")
    .where("d.council_id", "=", ctx.councilId)
    .where("d.id", "in", decisionIds)
    .orderBy("r.line_no")
    .execute();
  return [...new Set(rows.flatMap((r) => (r.recipient ? [r.recipient as Recipient] : [])))];
}
