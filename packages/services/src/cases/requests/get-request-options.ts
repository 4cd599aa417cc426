import { SERVICES_BY_STREAM, STREAMS, type Policy, type Stream } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { NotFoundError } from "../../shared/errors";
import { getPolicyInForce } from "../../policy/policy-in-force";
import type { PolicyVersionRef } from "./request-types";

export type RequestFormOptions = {
  childId: string;
  childReference: string;
  plans: { id: string; type: string; status: string; outcomes: { code: string; description: string }[] }[];
  /** In force today; the saved check uses the version in force on the received date. */
  policyVersion: PolicyVersionRef | null;
  streams: { stream: Stream; offered: boolean; services: { code: string; name: string }[] }[];
};

function listServices(policy: Policy | undefined, stream: Stream): { code: string; name: string }[] {
  const rules = policy?.streams[stream]?.services ?? {};
  const codes = [...new Set<string>([...SERVICES_BY_STREAM[stream], ...Object.keys(rules)])];
  return codes.map((code) => ({ code, name: rules[code]?.name ?? code.replaceAll("_", " ") }));
}

/** What the new-request form offers for a child: their plans and outcomes, and the service catalogue. */
export async function getRequestOptions(ctx: ServiceContext, input: { childId: string }): Promise<RequestFormOptions> {
  const child = await ctx.db.selectFrom("child").select(["id", "reference"]).where("council_id", "=", ctx.councilId).where("id", "=", input.childId).executeTakeFirst();
  if (!child) throw new NotFoundError("That child");
  const plans = await ctx.db
    .selectFrom("plan")
    .select(["id", "type", "status"])
    .where("council_id", "=", ctx.councilId)
    .where("child_id", "=", input.childId)
    .orderBy("created_at")
    .execute();
  const outcomes = await ctx.db
    .selectFrom("plan_outcome")
    .select(["plan_id", "code", "description"])
    .where("council_id", "=", ctx.councilId)
    .where("plan_id", "in", plans.length ? plans.map((p) => p.id) : ["00000000-0000-0000-0000-000000000000"])
    .orderBy("code")
    .execute();
  const policy = await getPolicyInForce(ctx.db, ctx.councilId, ctx.today);
  return {
    childId: child.id,
    childReference: child.reference,
    plans: plans.map((p) => ({ ...p, outcomes: outcomes.filter((o) => o.plan_id === p.id).map(({ code, description }) => ({ code, description })) })),
    policyVersion: policy ? { id: policy.versionId, number: policy.versionNumber, effectiveFrom: policy.effectiveFrom } : null,
    streams: STREAMS.map((stream) => ({ stream, offered: policy?.policy.streams[stream]?.offered === true, services: listServices(policy?.policy, stream) })),
  };
}
