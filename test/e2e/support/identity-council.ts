import { randomUUID } from "node:crypto";
import { hashPassword } from "@pb/auth";
import { createDatabase } from "@pb/db";
import { DEMO_PASSWORD } from "@pb/db/seed";

// Issue 21: a council of its own for the sign-in-through-a-provider test, which switches its passwords
// off; the demo councils the other browser tests sign in to keep theirs.
export const IDENTITY_COUNCIL_SLUG = "identity-e2e";
export const IDENTITY_COUNCIL_NAME = "Identity test council";
export const IDENTITY_ADMIN_EMAIL = "admin@identity-e2e.test";
export const IDENTITY_OFFICER_EMAIL = "case.officer@identity-e2e.test";

/** The council, an admin who sets its provider up, and a case officer who signs in with a password. */
export async function createIdentityCouncil(dataDir: string): Promise<void> {
  const { db, close } = await createDatabase({ backend: "pglite", dataDir });
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const councilId = randomUUID();
    await db.insertInto("council").values({ id: councilId, name: IDENTITY_COUNCIL_NAME, slug: IDENTITY_COUNCIL_SLUG }).execute();
    for (const [email, role] of [[IDENTITY_ADMIN_EMAIL, "admin"], [IDENTITY_OFFICER_EMAIL, "case_officer"]] as const) {
      const userId = randomUUID();
      await db.insertInto("app_user").values({ id: userId, email, display_name: `Identity ${role.replace("_", " ")}`, password_hash: passwordHash }).execute();
      await db.insertInto("council_membership").values({ council_id: councilId, user_id: userId, role }).execute();
    }
  } finally {
    await close();
  }
}
