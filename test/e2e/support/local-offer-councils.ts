import { randomUUID } from "node:crypto";
import { hashPassword } from "@pb/auth";
import { createDatabase } from "@pb/db";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { PRESET_IDS, adoptPresetPolicy, type Policy } from "@pb/eligibility";

/** What the draft of each Local Offer council changes, as the page words it once the draft is published. */
export const LOCAL_OFFER_CHANGE_WORDS = "within 25 working days";

export const localOfferSlug = (presetId: string): string => `offer-${presetId}`;
export const localOfferAdminEmail = (presetId: string): string => `admin@${localOfferSlug(presetId)}.test`;

function withLongerTimeToAsk(policy: Policy): Policy {
  return {
    ...policy,
    timeLimits: {
      ...policy.timeLimits,
      reviewRequest: { n: 25, unit: "working_days", source: { document: "council", rule: "T7" } },
    },
  };
}

/**
 * A council per preset for the Local Offer pages: version 1, the preset, in force since 1 April 2024,
 * and a draft that gives families 25 working days to ask for a review, which the test publishes to
 * take effect today. An admin each. Written before the server opens the folder. Returns the drafts' ids by preset.
 */
export async function createLocalOfferCouncils(dataDir: string): Promise<Record<string, string>> {
  const { db, close } = await createDatabase({ backend: "pglite", dataDir });
  const drafts: Record<string, string> = {};
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const presetId of PRESET_IDS) {
      const councilId = randomUUID();
      const name = `Offer council (${presetId})`;
      await db
        .insertInto("council")
        .values({ id: councilId, name, slug: localOfferSlug(presetId) })
        .execute();
      const userId = randomUUID();
      await db
        .insertInto("app_user")
        .values({ id: userId, email: localOfferAdminEmail(presetId), display_name: "Offer admin", password_hash: passwordHash })
        .execute();
      await db.insertInto("council_membership").values({ council_id: councilId, user_id: userId, role: "admin" }).execute();
      const policy = adoptPresetPolicy(presetId, name);
      const first = await db
        .insertInto("policy_version")
        .values({
          council_id: councilId,
          version_number: 1,
          status: "published",
          preset_id: presetId,
          document: JSON.stringify(policy),
          change_note: "Adopted the preset",
          effective_from: "2024-04-01",
          published_at: new Date("2024-03-01T00:00:00Z"),
          published_by: userId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const draft = await db
        .insertInto("policy_version")
        .values({
          council_id: councilId,
          version_number: 2,
          status: "draft",
          preset_id: presetId,
          based_on_version_id: first.id,
          document: JSON.stringify(withLongerTimeToAsk(policy)),
          change_note: "Longer to ask for a review",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      drafts[presetId] = draft.id;
    }
  } finally {
    await close();
  }
  return drafts;
}
