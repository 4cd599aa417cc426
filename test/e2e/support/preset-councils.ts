import { randomUUID } from "node:crypto";
import { hashPassword } from "@pb/auth";
import { createDatabase } from "@pb/db";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { PRESET_IDS } from "@pb/eligibility";

/** The roles that walk a case from adoption to cessation, each a user of one trial council only. */
export const TRIAL_ROLES = ["admin", "case_officer", "panel_member", "finance_officer", "manager"] as const;
export type TrialRole = (typeof TRIAL_ROLES)[number];

export const trialCouncilSlug = (presetId: string): string => `trial-${presetId}`;
export const trialUserEmail = (presetId: string, role: TrialRole): string => `${role.replace("_", ".")}@${trialCouncilSlug(presetId)}.test`;

/**
 * A council per preset with no policy, no children and one user per role, so a browser test can adopt
 * each preset through the console and walk a case from the start, as a new council would. Written
 * before the server opens the folder (PGlite allows one process at a time); the migrated schema is the demo seed's.
 */
export async function createTrialCouncils(dataDir: string): Promise<void> {
  const { db, close } = await createDatabase({ backend: "pglite", dataDir });
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const presetId of PRESET_IDS) {
      const councilId = randomUUID();
      await db.insertInto("council").values({ id: councilId, name: `Trial council (${presetId})`, slug: trialCouncilSlug(presetId) }).execute();
      for (const role of TRIAL_ROLES) {
        const userId = randomUUID();
        await db.insertInto("app_user").values({ id: userId, email: trialUserEmail(presetId, role), display_name: `Trial ${role.replace("_", " ")}`, password_hash: passwordHash }).execute();
        await db.insertInto("council_membership").values({ council_id: councilId, user_id: userId, role }).execute();
      }
    }
  } finally {
    await close();
  }
}
