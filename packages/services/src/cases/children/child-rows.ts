import { checkDateOfBirth } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import type { ChildInput } from "./child-types";

/** Refuses a child the records cannot hold: outside 0 to 25, or a reference another child has. */
export async function validateChild(ctx: ServiceContext, child: ChildInput, exceptId: string | null): Promise<void> {
  const problem = checkDateOfBirth(child.dateOfBirth, ctx.today);
  if (problem) throw new ValidationError("dateOfBirth", problem);
  const taken = await ctx.db
    .selectFrom("child")
    .select("id")
    .where("council_id", "=", ctx.councilId)
    .where("reference", "=", child.reference.trim())
    .$if(exceptId !== null, (q) => q.where("id", "<>", exceptId ?? ""))
    .executeTakeFirst();
  if (taken) throw new ValidationError("reference", "is already used by another child or young person");
}

/**
 * What the audit log keeps of a child. Names and the date of birth never go into it: a change to
 * them is recorded by name of field only ("personalDetailsChanged").
 */
export function describeChild(child: Omit<ChildInput, "givenName" | "familyName" | "dateOfBirth"> & { version: number }): Record<string, unknown> {
  return {
    reference: child.reference,
    continuingCareEligible: child.continuingCareEligible,
    shortBreaksLevel: child.shortBreaksLevel,
    transportEntitled: child.transportEntitled,
    youngPersonHasCapacity: child.youngPersonHasCapacity,
    version: child.version,
  };
}

export function toChildRow(child: ChildInput) {
  return {
    reference: child.reference.trim(),
    given_name: child.givenName.trim(),
    family_name: child.familyName.trim(),
    date_of_birth: child.dateOfBirth,
    continuing_care_eligible: child.continuingCareEligible,
    short_breaks_level: child.shortBreaksLevel,
    transport_entitled: child.transportEntitled,
    young_person_has_capacity: child.youngPersonHasCapacity,
  };
}
