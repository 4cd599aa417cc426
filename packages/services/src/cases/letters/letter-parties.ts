import type { Policy, Stream } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";

/** Who a family letter is about and from: the council's name and the child's name and reference. */
export async function loadLetterParties(ctx: ServiceContext, childId: string): Promise<{ councilName: string; child: { name: string; reference: string } }> {
  const child = await ctx.db.selectFrom("child").select(["given_name", "family_name", "reference"]).where("council_id", "=", ctx.councilId).where("id", "=", childId).executeTakeFirstOrThrow();
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirstOrThrow();
  return { councilName: council.name, child: { name: `${child.given_name} ${child.family_name}`, reference: child.reference } };
}

/** The panels the policy names for these streams, as one signature; the council's team where it names none. */
export function describeSigners(policy: Policy, streams: readonly string[], councilName: string): string {
  const panels = [...new Set(streams.map((s) => policy.streams[s as Stream]?.panel?.name).filter((name): name is string => Boolean(name)))];
  return panels.length ? panels.join(" and ") : `${councilName} personal budgets team`;
}
