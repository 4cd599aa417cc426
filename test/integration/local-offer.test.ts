import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withCouncil, type Database } from "@pb/db";
import { PRESET_IDS, type Policy } from "@pb/eligibility";
import { buildLocalOffer, findPolicyCodes, type LocalOffer } from "@pb/reports";
import {
  adoptPreset,
  getPolicyInForce,
  openDraft,
  publishDraft,
  readLocalOffer,
  readPolicyVersionDetail,
  saveDraft,
} from "@pb/services";
import { openTestDatabase, runtimeDbFor } from "./support/database";
import { createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";

// The public Local Offer page (issue 22): read with no sign-in and no council entered, through the
// runtime role on PostgreSQL, from the published versions only.

let database: Database;
const publicDb = () => runtimeDbFor(database.db);

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());

const slugOf = (council: TestCouncil) => `test-${council.id}`;

/** The page of a council that has one in force on `today`. */
async function readPage(council: TestCouncil, today: string) {
  const page = await readLocalOffer(publicDb(), { slug: slugOf(council), today });
  if (!page) throw new Error(`no Local Offer page for ${council.name} on ${today}`);
  return page;
}
const everyLine = (offer: LocalOffer) => offer.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.text)]);

/** The policy with a time limit for asking for a review set to `n` working days, as an admin would save it. */
function withReviewRequest(policy: Policy, n: number): Policy {
  const copy = structuredClone(policy);
  copy.timeLimits.reviewRequest = { n, unit: "working_days", source: { document: "council", rule: "T7" } };
  return copy;
}

async function publishChange(
  council: TestCouncil,
  today: string,
  effectiveFrom: string,
  change: (p: Policy) => Policy,
): Promise<void> {
  await inCouncil(database.db, council, "admin", today, async (ctx) => {
    const draftId = await openDraft(ctx, {});
    const draft = await readPolicyVersionDetail(ctx, draftId);
    const version = await saveDraft(ctx, {
      draftId,
      version: draft.version.version,
      document: change(draft.policy),
      changeNote: "Local Offer test",
    });
    await publishDraft(ctx, { draftId, version, effectiveFrom });
  });
}

describe.each(PRESET_IDS)("the Local Offer page of a council on the %s preset", (presetId) => {
  let council: TestCouncil;
  beforeAll(async () => {
    council = await createTestCouncil(database.db, `Offer ${presetId}`);
    await inCouncil(database.db, council, "admin", "2025-01-01", (ctx) =>
      adoptPreset(ctx, { presetId, effectiveFrom: "2024-04-01" }),
    );
  });

  it("is the words of the very policy the rules apply, in force, with no code or JSON", async () => {
    const page = await readPage(council, "2025-06-01");
    const inForce = await withCouncil(database.db, council.id, (trx) => getPolicyInForce(trx, council.id, "2025-06-01"));
    if (!inForce) throw new Error("the adopted preset is in force");
    expect(page.offer).toEqual(buildLocalOffer(inForce.policy, { effectiveFrom: "2024-04-01" }));
    expect(page.councilName).toBe(council.name);
    expect(page.offer.effectiveFromText).toBe("1 April 2024");
    expect(page.history).toEqual([{ versionNumber: 1, effectiveFromText: "1 April 2024", untilText: null, changes: null }]);
    for (const line of everyLine(page.offer)) expect(findPolicyCodes(line), line).toEqual([]);
  });

  it("changes when a new version comes into force, and lists the earlier one with what changed", async () => {
    await publishChange(council, "2025-07-01", "2025-09-01", (p) => withReviewRequest(p, 25));
    const before = await readPage(council, "2025-08-31");
    expect(before.versionNumber).toBe(1);
    expect(before.upcoming).toHaveLength(1);
    expect(before.upcoming[0]?.effectiveFromText).toBe("1 September 2025");
    expect(everyLine(before.offer).join("\n")).not.toContain("25 working days");

    const after = await readPage(council, "2025-09-01");
    expect(after.versionNumber).toBe(2);
    expect(after.upcoming).toEqual([]);
    expect(everyLine(after.offer).join("\n")).toContain("write to your case officer within 25 working days");
    expect(after.history.map((h) => [h.versionNumber, h.effectiveFromText, h.untilText])).toEqual([
      [2, "1 September 2025", null],
      [1, "1 April 2024", "1 September 2025"],
    ]);
    expect(after.history[0]?.changes).toHaveLength(1);
    expect(after.history[0]?.changes?.[0]).toMatch(/^If you disagree with a decision: now says “.*25 working days/);
    for (const line of after.history[0]?.changes ?? []) expect(findPolicyCodes(line), line).toEqual([]);
  });
});

describe("what the public read can reach", () => {
  let council: TestCouncil;
  let other: TestCouncil;
  beforeAll(async () => {
    council = await createTestCouncil(database.db, "Offer drafts");
    other = await createTestCouncil(database.db, "Offer unpublished");
    await inCouncil(database.db, council, "admin", "2025-01-01", (ctx) =>
      adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }),
    );
  });

  it("answers nothing for an unknown slug, a malformed or overlong one, or a council with nothing published", async () => {
    for (const slug of ["no-such-council", "../etc", "Test", "", "a".repeat(64), `${slugOf(council)}' or '1'='1`])
      expect(await readLocalOffer(publicDb(), { slug, today: "2025-06-01" }), slug).toBeNull();
    expect(await readLocalOffer(publicDb(), { slug: slugOf(other), today: "2025-06-01" })).toBeNull();
    expect(await readLocalOffer(publicDb(), { slug: slugOf(council), today: "2024-03-31" })).toBeNull();
  });

  it("never shows a draft", async () => {
    await inCouncil(database.db, council, "admin", "2025-06-01", async (ctx) => {
      const draftId = await openDraft(ctx, {});
      const draft = await readPolicyVersionDetail(ctx, draftId);
      await saveDraft(ctx, {
        draftId,
        version: draft.version.version,
        document: withReviewRequest(draft.policy, 40),
        changeNote: "not yet",
      });
    });
    const page = await readPage(council, "2099-01-01");
    expect(page.versionNumber).toBe(1);
    expect(page.upcoming).toEqual([]);
    expect(everyLine(page.offer).join("\n")).not.toContain("40 working days");
  });

  it("reads through the one function: with no council entered the runtime role sees no policy, council or user rows", async () => {
    const seen = await publicDb()
      .transaction()
      .execute(async (trx) => {
        await sql`set transaction read only`.execute(trx);
        await sql`select set_config('role', 'pb_app', true)`.execute(trx);
        const count = async (table: string) =>
          Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(trx)).rows[0]?.n);
        return {
          policies: await count("policy_version"),
          councils: await count("council"),
          children: await count("child"),
          offer: (await sql`select * from pb_local_offer(${slugOf(council)})`.execute(trx)).rows.length,
        };
      });
    expect(seen).toEqual({ policies: 0, councils: 0, children: 0, offer: 1 });
  });
});
