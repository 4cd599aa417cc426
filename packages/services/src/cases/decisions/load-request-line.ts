import type { ServiceContext } from "../../shared/context";
import { NotFoundError } from "../../shared/errors";

/** A request line with what its request says about it: the child, the dates and the status. */
export async function loadRequestLine(ctx: ServiceContext, lineId: string) {
  const line = await ctx.db
    .selectFrom("request_line as l")
    .innerJoin("pb_request as r", (j) => j.onRef("r.council_id", "=", "l.council_id").onRef("r.id", "=", "l.request_id"))
    .select([
      "l.id", "l.request_id", "l.stream", "l.service", "l.arrangement", "l.recipient", "l.annual_cost_pence", "l.check_outcome",
      "l.check_reasons", "l.policy_version_id", "r.child_id", "r.received_on", "r.status as request_status",
    ])
    .where("l.council_id", "=", ctx.councilId)
    .where("l.id", "=", lineId)
    .executeTakeFirst();
  if (!line) throw new NotFoundError("That request line");
  return { ...line, annual_cost_pence: Number(line.annual_cost_pence) };
}

export type LoadedRequestLine = Awaited<ReturnType<typeof loadRequestLine>>;
