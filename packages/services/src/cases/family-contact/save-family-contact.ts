import { writeAudit } from "@pb/db";
import { readFamilyContact } from "../../notify/family-contact";
import type { ServiceContext } from "../../shared/context";
import { ConflictError, NotFoundError, ValidationError } from "../../shared/errors";
import { checkFamilyContact, listChangedContactFields, type FamilyContactFields } from "./contact-rules";

const STALE = "The family's contact details were changed by someone else since you opened them. Reload to see their changes, then try again.";
const NONE: FamilyContactFields = { addressee: null, email: null, addressLines: [], postcode: null };

export type FamilyContactView = FamilyContactFields & { childId: string; /** 0 until details are first saved. */ version: number };

/** How the family of one child is reached, for the roles that may see it (ACCESS.familyContact); version 0 when none are recorded. */
export async function getFamilyContact(ctx: ServiceContext, input: { childId: string }): Promise<FamilyContactView> {
  await requireChild(ctx, input.childId);
  const row = await readFamilyContact(ctx, input.childId);
  if (!row) return { childId: input.childId, ...NONE, version: 0 };
  return { childId: input.childId, addressee: row.addressee, email: row.email, addressLines: [...row.addressLines], postcode: row.postcode, version: row.version };
}

/**
 * Saves the family's contact details at the version the officer saw (0 before the first save); a stale
 * edit writes nothing. The audit row names the fields changed and never their values, so the case
 * history (which roles without this access read) and anything built from the audit log hold none.
 */
export async function saveFamilyContact(ctx: ServiceContext, input: FamilyContactFields & { childId: string; version: number }): Promise<{ version: number; changed: string[] }> {
  await requireChild(ctx, input.childId);
  const checked = checkFamilyContact(input);
  if (!checked.ok) {
    const first = checked.issues[0];
    throw new ValidationError(first?.field ?? "contact", first?.message ?? "is not valid");
  }
  const current = await readFamilyContact(ctx, input.childId);
  if ((current?.version ?? 0) !== input.version) throw new ConflictError(STALE);
  const before: FamilyContactFields = current ? { addressee: current.addressee, email: current.email, addressLines: [...current.addressLines], postcode: current.postcode } : NONE;
  const changed = listChangedContactFields(before, checked.value);
  if (changed.length === 0) return { version: input.version, changed };
  const values = { addressee: checked.value.addressee, email: checked.value.email, address_lines: checked.value.addressLines, postcode: checked.value.postcode, updated_at: new Date() };
  const saved =
    input.version === 0
      ? await ctx.db
          .insertInto("family_contact")
          .values({ council_id: ctx.councilId, child_id: input.childId, ...values })
          .onConflict((oc) => oc.columns(["council_id", "child_id"]).doNothing())
          .returning("version")
          .executeTakeFirst()
      : await ctx.db
          .updateTable("family_contact")
          .set((eb) => ({ ...values, version: eb("version", "+", 1) }))
          .where("council_id", "=", ctx.councilId)
          .where("child_id", "=", input.childId)
          .where("version", "=", input.version)
          .returning("version")
          .executeTakeFirst();
  if (!saved) throw new ConflictError(STALE);
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "family_contact.update", entity: "family_contact", entityId: input.childId, childId: input.childId,
    after: { contactDetailsChanged: changed },
  });
  return { version: saved.version, changed };
}

async function requireChild(ctx: ServiceContext, childId: string): Promise<void> {
  const child = await ctx.db.selectFrom("child").select("id").where("council_id", "=", ctx.councilId).where("id", "=", childId).executeTakeFirst();
  if (!child) throw new NotFoundError("That child or young person");
}
