import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ConflictError, NotFoundError } from "../../shared/errors";
import { updateAtVersion } from "../../shared/versioned-update";
import type { ChildInput } from "./child-types";
import { describeChild, toChildRow, validateChild } from "./child-rows";
import { pickChanged } from "./plan-rows";

const STALE = "The child's details were changed by someone else since you opened them. Reload to see their changes, then try again.";

/** Changes a child's details if they are still at the version the caller saw; a stale edit writes nothing. */
export async function updateChild(ctx: ServiceContext, input: ChildInput & { childId: string; version: number }): Promise<{ version: number }> {
  const { childId, version, ...child } = input;
  const current = await ctx.db.selectFrom("child").selectAll().where("council_id", "=", ctx.councilId).where("id", "=", childId).executeTakeFirst();
  if (!current) throw new NotFoundError("That child or young person");
  if (current.version !== version) throw new ConflictError(STALE);
  await validateChild(ctx, child, childId);
  const values = toChildRow(child);
  const updated = await updateAtVersion(ctx, "child", childId, version, values, "The child's details");
  const personal = (["givenName", "familyName", "dateOfBirth"] as const).filter((key) => {
    const column = { givenName: "given_name", familyName: "family_name", dateOfBirth: "date_of_birth" }[key] as "given_name" | "family_name" | "date_of_birth";
    return current[column] !== values[column];
  });
  const before = describeChild({
    reference: current.reference, continuingCareEligible: current.continuing_care_eligible, shortBreaksLevel: current.short_breaks_level,
    transportEntitled: current.transport_entitled, youngPersonHasCapacity: current.young_person_has_capacity, version: current.version,
  });
  const changed = pickChanged(before, describeChild({ ...child, reference: values.reference, version: Number(updated.version) }));
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "child.update",
    entity: "child",
    entityId: childId,
    childId,
    before: changed.before,
    after: personal.length ? { ...changed.after, personalDetailsChanged: personal } : changed.after,
  });
  return { version: Number(updated.version) };
}
