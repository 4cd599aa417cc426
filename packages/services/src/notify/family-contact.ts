import type { ServiceContext } from "../shared/context";
import type { ContactForSending } from "./choose-channel";

/** A child's family contact details, or null when none are recorded: personal data, for the sender and the roles that need it. */
export async function readFamilyContact(ctx: Pick<ServiceContext, "db" | "councilId">, childId: string): Promise<(ContactForSending & { version: number }) | null> {
  const row = await ctx.db
    .selectFrom("family_contact")
    .select(["addressee", "email", "address_lines", "postcode", "version"])
    .where("council_id", "=", ctx.councilId)
    .where("child_id", "=", childId)
    .executeTakeFirst();
  if (!row) return null;
  return { addressee: row.addressee, email: row.email, addressLines: row.address_lines, postcode: row.postcode, version: row.version };
}
