import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { appRouter } from "@pb/api";
import type { Role } from "@pb/auth";
import { addDays, parseIsoDate, todayIso } from "@pb/calendar";
import { withCouncil, type Database } from "@pb/db";
import { checkRequest, type CheckInput, type Policy } from "@pb/eligibility";
import { adoptPreset, getPolicyInForce, getPolicyVersion, listPolicyVersions, openDraft, publishDraft, readPolicyVersionDetail, saveDraft } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";

let database: Database;
const REAL_TODAY = todayIso();
const inDays = (n: number) => addDays(parseIsoDate(REAL_TODAY), n);

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

/** The policy with one time limit changed, as an admin would save it. */
function withReviewRequest(policy: Policy, n: number): Policy {
  const copy = structuredClone(policy);
  const limit = copy.timeLimits.reviewRequest;
  if (!limit) throw new Error("the preset sets reviewRequest");
  copy.timeLimits.reviewRequest = { ...limit, n, unit: "working_days", source: { document: "council", rule: "T7" } };
  return copy;
}

async function adopt(council: TestCouncil, effectiveFrom = "2024-04-01", today = "2026-01-01"): Promise<string> {
  return inCouncil(database.db, council, "admin", today, (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom }));
}

describe("adopting a preset", () => {
  let council: TestCouncil;
  beforeAll(async () => {
    council = await createTestCouncil(database.db, "Adopt");
  });

  it("publishes the preset as version 1, named for the council, and lists it with who published it", async () => {
    const id = await adopt(council);
    const versions = await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => listPolicyVersions(ctx));
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      id,
      versionNumber: 1,
      status: "published",
      presetId: "surrey",
      effectiveFrom: "2024-04-01",
      publishedBy: "Adopt admin",
      changeNote: "Adopted the Surrey County Council preset",
    });
    const inForce = await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => getPolicyInForce(ctx.db, ctx.councilId, "2025-01-01"));
    expect(inForce?.policy.name).toBe(council.name);
    expect(inForce?.policy.timeLimits.reviewRequest?.n).toBe(15);
  });

  it("marks the adopted settings as Surrey's or the baseline's, and the name as the council's", async () => {
    const [version] = await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => listPolicyVersions(ctx));
    const detail = await callerFor(database.db, council.users.admin).policy.get({ versionId: version?.id ?? "" });
    expect(detail.status).toBe("published");
    expect(detail.provenance.settings["timeLimits.reviewRequest.n"]?.label).toBe("from Surrey County Council's policy");
    expect(detail.provenance.settings.name?.origin).toBe("council");
    const origins = new Set(Object.values(detail.provenance.settings).map((s) => s.origin));
    expect(origins).toEqual(new Set(["preset", "baseline", "council"]));
  });

  it("refuses to start a second policy in the past, which would change what past decisions were judged by", async () => {
    const caller = callerFor(database.db, council.users.admin);
    expect(await codeOf(caller.policy.adoptPreset({ presetId: "plymouth", effectiveFrom: "2025-01-01" }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.policy.adoptPreset({ presetId: "no-such-preset", effectiveFrom: inDays(10) }))).toBe("BAD_REQUEST");
  });

  it("lists the presets by id and name", async () => {
    const presets = await callerFor(database.db, council.users.admin).policy.presets();
    expect(presets.map((p) => p.id)).toEqual(expect.arrayContaining(["code-of-practice", "surrey", "plymouth", "portsmouth", "hertfordshire"]));
    expect(presets.find((p) => p.id === "surrey")).toMatchObject({ name: "Surrey County Council", inherits: "code-of-practice" });
  });
});

describe("drafts: open, save, publish, discard", () => {
  let council: TestCouncil;
  let v1: string;
  let draftId: string;
  beforeAll(async () => {
    council = await createTestCouncil(database.db, "Drafts");
    v1 = await adopt(council);
  });
  const admin = () => callerFor(database.db, council.users.admin);

  it("opens one draft as a copy of the version in force, and refuses a second", async () => {
    ({ draftId } = await admin().policy.openDraft({}));
    const draft = await admin().policy.get({ versionId: draftId });
    const published = await admin().policy.get({ versionId: v1 });
    expect(draft.status).toBe("draft");
    expect(draft.version).toMatchObject({ versionNumber: 2, basedOnVersionId: v1, effectiveFrom: null, publishedAt: null });
    expect(draft.document).toEqual(published.document);
    expect(await codeOf(admin().policy.openDraft({}))).toBe("CONFLICT");
  });

  it("saves a changed document, and marks the change as the council's", async () => {
    const draft = await admin().policy.get({ versionId: draftId });
    const saved = await admin().policy.saveDraft({
      draftId,
      version: draft.version.version,
      document: withReviewRequest(draft.document, 20),
      changeNote: "Families get 20 working days to ask for a review",
    });
    expect(saved.version).toBe(draft.version.version + 1);
    const after = await admin().policy.get({ versionId: draftId });
    expect(after.document.timeLimits.reviewRequest).toMatchObject({ n: 20, unit: "working_days" });
    expect(after.version.changeNote).toBe("Families get 20 working days to ask for a review");
    expect(after.provenance.settings["timeLimits.reviewRequest.n"]).toMatchObject({ origin: "council", label: "changed by the council", presetValue: 15 });
  });

  it("refuses a stale save as CONFLICT and writes nothing", async () => {
    const draft = await admin().policy.get({ versionId: draftId });
    const stale = draft.version.version - 1;
    expect(await codeOf(admin().policy.saveDraft({ draftId, version: stale, document: withReviewRequest(draft.document, 30), changeNote: "" }))).toBe("CONFLICT");
    const after = await admin().policy.get({ versionId: draftId });
    expect(after.document.timeLimits.reviewRequest?.n).toBe(20);
  });

  it("refuses an invalid document as BAD_REQUEST, and the field error names the path", async () => {
    const draft = await admin().policy.get({ versionId: draftId });
    const bad = withReviewRequest(draft.document, -1);
    expect(await codeOf(admin().policy.saveDraft({ draftId, version: draft.version.version, document: bad, changeNote: "" }))).toBe("BAD_REQUEST");

    // Over HTTP, as the console sees it: the error formatter's fieldErrors name the document path.
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      router: appRouter,
      req: new Request("http://test/api/trpc/policy.saveDraft", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ draftId, version: draft.version.version, document: bad, changeNote: "" }),
      }),
      createContext: () => ({ db: database.db, userId: council.users.admin, requestedCouncilId: null }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { data: { code: string; fieldErrors?: Record<string, string[]> } } };
    expect(body.error.data.code).toBe("BAD_REQUEST");
    expect(Object.keys(body.error.data.fieldErrors ?? {})).toEqual(["document.timeLimits.reviewRequest.n"]);
    expect(body.error.data.fieldErrors?.["document.timeLimits.reviewRequest.n"]?.[0]).toMatch(/whole number of 0 or more/);
  });

  it("names the path of a missing service in an offered stream", async () => {
    const draft = await admin().policy.get({ versionId: draftId });
    const bad = structuredClone(draft.document);
    delete bad.streams.education?.services.tutoring;
    const error = await admin()
      .policy.saveDraft({ draftId, version: draft.version.version, document: bad, changeNote: "" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    const cause = (error as TRPCError).cause;
    expect(cause).toBeInstanceOf(ZodError);
    expect((cause as ZodError).issues.map((i) => i.path.join("."))).toEqual(["document.streams.education.services.tutoring"]);
  });

  it("shows the differences between two versions in words", async () => {
    const diff = await admin().policy.diff({ fromId: v1, toId: draftId });
    const n = diff.differences.find((d) => d.path === "timeLimits.reviewRequest.n");
    expect(n).toMatchObject({ change: "changed", a: 15, b: 20, before: "15", after: "20", setting: "Time limits › Asking for a review of a decision › number" });
    expect(diff.differences.find((d) => d.path === "timeLimits.reviewRequest.unit")).toMatchObject({ before: "days", after: "working days" });
    expect(diff.from.versionNumber).toBe(1);
    expect(diff.to.versionNumber).toBe(2);
  });

  it("refuses an effective date in the past, or not after the latest published version", async () => {
    const draft = await admin().policy.get({ versionId: draftId });
    const publish = (effectiveFrom: string) => admin().policy.publish({ draftId, version: draft.version.version, effectiveFrom });
    expect(await codeOf(publish(inDays(-1)))).toBe("BAD_REQUEST");
    expect(await codeOf(publish("2024-04-01"))).toBe("BAD_REQUEST");
    expect((await admin().policy.get({ versionId: draftId })).status).toBe("draft");
  });

  it("publishes with an effective date; the version then never changes through the API", async () => {
    const draft = await admin().policy.get({ versionId: draftId });
    expect(await codeOf(admin().policy.publish({ draftId, version: draft.version.version - 1, effectiveFrom: inDays(30) }))).toBe("CONFLICT");
    await admin().policy.publish({ draftId, version: draft.version.version, effectiveFrom: inDays(30) });
    const versions = await admin().policy.versions();
    expect(versions.map((v) => [v.versionNumber, v.status, v.effectiveFrom])).toEqual([
      [2, "published", inDays(30)],
      [1, "published", "2024-04-01"],
    ]);
    expect(versions[0]?.publishedBy).toBe("Drafts admin");
    expect(versions[0]?.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const published = await admin().policy.get({ versionId: draftId });
    const save = admin().policy.saveDraft({ draftId, version: published.version.version, document: published.document, changeNote: "again" });
    expect(await codeOf(save)).toBe("CONFLICT");
    expect(await codeOf(admin().policy.discardDraft({ draftId, version: published.version.version }))).toBe("CONFLICT");
    expect(await codeOf(admin().policy.publish({ draftId, version: published.version.version, effectiveFrom: inDays(60) }))).toBe("CONFLICT");
  });

  it("discards a draft only at the version last seen", async () => {
    const { draftId: second } = await admin().policy.openDraft({ fromVersionId: v1 });
    const draft = await admin().policy.get({ versionId: second });
    expect(draft.version.basedOnVersionId).toBe(v1);
    expect(await codeOf(admin().policy.discardDraft({ draftId: second, version: draft.version.version + 1 }))).toBe("CONFLICT");
    await admin().policy.discardDraft({ draftId: second, version: draft.version.version });
    expect(await codeOf(admin().policy.get({ versionId: second }))).toBe("NOT_FOUND");
  });
});

describe("a published version never changes", () => {
  let council: TestCouncil;
  let v1: string;
  beforeAll(async () => {
    council = await createTestCouncil(database.db, "Frozen");
    v1 = await adopt(council);
  });

  it("is refused by the database trigger even for a direct SQL update or delete inside a council transaction", async () => {
    const inTransaction = (statement: ReturnType<typeof sql>) => withCouncil(database.db, council.id, (trx) => statement.execute(trx));
    await expect(inTransaction(sql`update policy_version set change_note = 'tampered' where id = ${v1}`)).rejects.toThrow(/published policy versions never change/);
    await expect(inTransaction(sql`update policy_version set document = '{}'::jsonb where id = ${v1}`)).rejects.toThrow(/published policy versions never change/);
    await expect(inTransaction(sql`update policy_version set status = 'draft', effective_from = null, published_at = null where id = ${v1}`)).rejects.toThrow(/never change/);
    await expect(inTransaction(sql`delete from policy_version where id = ${v1}`)).rejects.toThrow(/published policy versions never change/);
    const row = await withCouncil(database.db, council.id, (trx) => trx.selectFrom("policy_version").select(["change_note", "status"]).where("id", "=", v1).executeTakeFirst());
    expect(row).toEqual({ change_note: "Adopted the Surrey County Council preset", status: "published" });
  });

  it("keeps a decision recorded under version 1, its check and its reasons, when version 2 changes the rule", async () => {
    // A request for school-funded support the school has refused: Surrey (R6) needs the head teacher's agreement.
    const input: CheckInput = {
      asOf: "2025-05-01",
      child: { dateOfBirth: "2015-06-15", plans: [{ type: "ehcp", status: "final" }], continuingCareEligible: false, shortBreaksLevel: null, transportEntitled: false, youngPersonHasCapacity: null },
      request: {
        stream: "education", service: "school_funded_support", arrangement: "organised", stage: "annual_review", recipient: null,
        onSchoolPremises: true, schoolAgreed: false, needIdentifiedByProfessional: null, annualCostPence: 120_000, commissionedCostPence: 150_000, linkedOutcomes: ["E1"],
      },
    };
    const recorded = await inCouncil(database.db, council, "case_officer", "2025-05-01", async (ctx) => {
      const inForce = await getPolicyInForce(ctx.db, ctx.councilId, input.asOf);
      if (!inForce) throw new Error("v1 is in force");
      const check = checkRequest(inForce.policy, input);
      const childId = randomUUID();
      await ctx.db.insertInto("child").values({ council_id: ctx.councilId, id: childId, reference: "F-1", given_name: "Test", family_name: "Child", date_of_birth: input.child.dateOfBirth }).execute();
      const requestId = randomUUID();
      await ctx.db.insertInto("pb_request").values({ council_id: ctx.councilId, id: requestId, child_id: childId, stage: input.request.stage, received_on: input.asOf, status: "decided", facts: JSON.stringify(input.child) }).execute();
      const lineId = randomUUID();
      const r = input.request;
      await ctx.db.insertInto("request_line").values({
        council_id: ctx.councilId, id: lineId, request_id: requestId, line_no: 1, stream: r.stream, service: r.service, arrangement: r.arrangement,
        recipient: r.recipient, on_school_premises: r.onSchoolPremises, school_agreed: r.schoolAgreed, need_identified_by_professional: r.needIdentifiedByProfessional,
        annual_cost_pence: r.annualCostPence, commissioned_cost_pence: r.commissionedCostPence, linked_outcomes: JSON.stringify(r.linkedOutcomes),
        check_outcome: check.outcome, check_reasons: JSON.stringify(check.reasons), policy_version_id: inForce.versionId, checked_on: input.asOf,
      }).execute();
      const decisionId = randomUUID();
      const reasons = check.reasons.map((reason) => ({ code: reason.code, text: reason.message }));
      await ctx.db.insertInto("decision").values({
        council_id: ctx.councilId, id: decisionId, request_line_id: lineId, outcome: "refused", amount_pence: null, arrangement: null,
        reasons: JSON.stringify(reasons), panel: "EHCP Governance Board", decided_on: "2025-05-20", decided_by: council.users.panel_member, policy_version_id: inForce.versionId,
      }).execute();
      return { check, lineId, decisionId, reasons, document: structuredClone(inForce.policy) };
    });
    expect(recorded.check.outcome).toBe("ineligible");
    expect(recorded.check.reasons.map((r) => r.code)).toContain("SCHOOL_AGREEMENT_REQUIRED");

    // Version 2 drops the school's agreement for school-funded support, from 1 February 2026.
    const v2 = await inCouncil(database.db, council, "admin", "2026-01-01", async (ctx) => {
      const draftId = await openDraft(ctx, {});
      const draft = await readPolicyVersionDetail(ctx, draftId);
      const changed = structuredClone(draft.policy);
      const service = changed.streams.education?.services.school_funded_support;
      if (!service) throw new Error("surrey lists school-funded support");
      delete service.requires;
      service.source = { document: "council", rule: "R6" };
      const version = await saveDraft(ctx, { draftId, version: draft.version.version, document: changed, changeNote: "School agreement no longer needed" });
      await publishDraft(ctx, { draftId, version, effectiveFrom: "2026-02-01" });
      return draftId;
    });

    await inCouncil(database.db, council, "admin", "2026-01-01", async (ctx) => {
      const line = await ctx.db.selectFrom("request_line").selectAll().where("id", "=", recorded.lineId).executeTakeFirstOrThrow();
      const decision = await ctx.db.selectFrom("decision").selectAll().where("id", "=", recorded.decisionId).executeTakeFirstOrThrow();
      expect(line.policy_version_id).toBe(v1);
      expect(line.check_outcome).toBe("ineligible");
      expect(line.check_reasons).toEqual(recorded.check.reasons);
      expect(decision.policy_version_id).toBe(v1);
      expect(decision.outcome).toBe("refused");
      expect(decision.reasons).toEqual(recorded.reasons);

      // The version the decision names is word for word what it was, and still gives the recorded check.
      const named = await getPolicyVersion(ctx.db, ctx.councilId, line.policy_version_id);
      expect(named?.row.status).toBe("published");
      expect(named?.policy).toEqual(recorded.document);
      expect(checkRequest(named?.policy as Policy, input)).toEqual(recorded.check);

      // Before v2's date v1 is still in force; from it, the changed rule applies.
      expect((await getPolicyInForce(ctx.db, ctx.councilId, "2025-05-01"))?.versionId).toBe(v1);
      expect((await getPolicyInForce(ctx.db, ctx.councilId, "2026-01-31"))?.versionId).toBe(v1);
      const later = await getPolicyInForce(ctx.db, ctx.councilId, "2026-02-01");
      expect(later?.versionId).toBe(v2);
      expect(checkRequest(later?.policy as Policy, { ...input, asOf: "2026-02-01" }).reasons.map((r) => r.code)).not.toContain("SCHOOL_AGREEMENT_REQUIRED");
    });
  });
});

describe("the version in force on a date", () => {
  let council: TestCouncil;
  const ids: string[] = [];
  beforeAll(async () => {
    council = await createTestCouncil(database.db, "Dates");
    ids.push(await adopt(council, "2024-04-01", "2024-03-01"));
    for (const [effectiveFrom, today, n] of [["2025-01-01", "2024-12-01", 20], ["2025-06-01", "2025-01-15", 25]] as const) {
      ids.push(
        await inCouncil(database.db, council, "admin", today, async (ctx) => {
          const draftId = await openDraft(ctx, {});
          const draft = await readPolicyVersionDetail(ctx, draftId);
          const version = await saveDraft(ctx, { draftId, version: draft.version.version, document: withReviewRequest(draft.policy, n), changeNote: `${n} days` });
          await publishDraft(ctx, { draftId, version, effectiveFrom });
          return draftId;
        }),
      );
    }
    await inCouncil(database.db, council, "admin", "2025-07-01", (ctx) => openDraft(ctx, {}));
  });

  it.each([
    ["2024-03-31", null],
    ["2024-04-01", 0],
    ["2024-12-31", 0],
    ["2025-01-01", 1],
    ["2025-05-31", 1],
    ["2025-06-01", 2],
    ["2031-01-01", 2],
  ] as const)("on %s is version %s (by index), never the draft", async (date, index) => {
    const found = await inCouncil(database.db, council, "case_officer", "2025-07-01", (ctx) => getPolicyInForce(ctx.db, ctx.councilId, date));
    expect(found?.versionId ?? null).toBe(index === null ? null : ids[index]);
  });

  it("is readable by every role through policy.inForce, for a date or for today", async () => {
    for (const role of Object.keys(council.users) as Role[]) {
      const caller = callerFor(database.db, council.users[role]);
      const on = await caller.policy.inForce({ date: "2025-02-01" });
      expect(on?.versionId).toBe(ids[1]);
      expect(on?.policy.timeLimits.reviewRequest?.n).toBe(20);
      expect((await caller.policy.inForce())?.versionId).toBe(ids[2]);
    }
  });
});

describe("trying a request", () => {
  let council: TestCouncil;
  beforeAll(async () => {
    council = await createTestCouncil(database.db, "Try");
    await adopt(council);
  });
  const request: CheckInput = {
    asOf: "2025-05-01",
    child: { dateOfBirth: "2012-03-01", plans: [{ type: "ehcp", status: "final" }], continuingCareEligible: false, shortBreaksLevel: null, transportEntitled: false, youngPersonHasCapacity: null },
    request: {
      stream: "education", service: "school_funded_support", arrangement: "organised", stage: "annual_review", recipient: null,
      onSchoolPremises: false, schoolAgreed: null, needIdentifiedByProfessional: null, annualCostPence: 100_000, commissionedCostPence: 120_000, linkedOutcomes: ["E2"],
    },
  };

  it("checks against the version in force alone while there is no draft", async () => {
    const result = await callerFor(database.db, council.users.admin).policy.tryRequest({ request });
    expect(result.draft).toBeNull();
    expect(result.comparison).toBeNull();
    expect(result.inForce).toMatchObject({ versionNumber: 1, effectiveFrom: "2024-04-01", result: { outcome: "conditional" } });
    expect(result.inForce?.result.reasons.map((r) => r.code)).toEqual(["SCHOOL_AGREEMENT_REQUIRED"]);
  });

  it("shows the draft and the version in force side by side, with the difference in words", async () => {
    const admin = callerFor(database.db, council.users.admin);
    const { draftId } = await admin.policy.openDraft({});
    const draft = await admin.policy.get({ versionId: draftId });
    const changed = structuredClone(draft.document);
    const service = changed.streams.education?.services.school_funded_support;
    if (service) delete service.requires;
    await admin.policy.saveDraft({ draftId, version: draft.version.version, document: changed, changeNote: "" });

    const result = await admin.policy.tryRequest({ request });
    expect(result.draft).toMatchObject({ versionId: draftId, result: { outcome: "eligible", reasons: [] } });
    expect(result.inForce?.result.outcome).toBe("conditional");
    expect(result.comparison?.outcomeChanged).toBe(true);
    expect(result.comparison?.onlyUnderInForce).toEqual(["SCHOOL_AGREEMENT_REQUIRED"]);
    expect(result.comparison?.lines[0]).toBe(
      "The outcome changes from conditional (something is still to be confirmed) under the version in force to eligible under the draft.",
    );
  });

  it("refuses a service no catalogue lists, naming the field, and a request before any policy has no version in force", async () => {
    const admin = callerFor(database.db, council.users.admin);
    const unknown = { ...request, request: { ...request.request, service: "moon_rocket" } };
    const error = await admin.policy.tryRequest({ request: unknown }).catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toMatch(/^request\.request\.service: unknown service "moon_rocket"/);
    const early = await admin.policy.tryRequest({ request: { ...request, asOf: "2020-01-01" } });
    expect(early.inForce).toBeNull();
    expect(early.draft?.result.outcome).toBe("eligible");
  });
});

describe("who may use the policy procedures", () => {
  let council: TestCouncil;
  let other: TestCouncil;
  let v1: string;
  let draftId: string;
  let document: Policy;
  beforeAll(async () => {
    council = await createTestCouncil(database.db, "Roles");
    other = await createTestCouncil(database.db, "Elsewhere");
    v1 = await adopt(council);
    await adopt(other);
    ({ draftId } = await callerFor(database.db, council.users.admin).policy.openDraft({}));
    document = (await callerFor(database.db, council.users.admin).policy.get({ versionId: draftId })).document;
  });

  const adminCalls = (caller: ReturnType<typeof callerFor>): Record<string, () => Promise<unknown>> => ({
    versions: () => caller.policy.versions(),
    get: () => caller.policy.get({ versionId: v1 }),
    presets: () => caller.policy.presets(),
    adoptPreset: () => caller.policy.adoptPreset({ presetId: "surrey", effectiveFrom: inDays(400) }),
    openDraft: () => caller.policy.openDraft({ fromVersionId: v1 }),
    saveDraft: () => caller.policy.saveDraft({ draftId, version: 1, document, changeNote: "" }),
    publish: () => caller.policy.publish({ draftId, version: 1, effectiveFrom: inDays(400) }),
    discardDraft: () => caller.policy.discardDraft({ draftId, version: 1 }),
    diff: () => caller.policy.diff({ fromId: v1, toId: draftId }),
    tryRequest: () => caller.policy.tryRequest({ request: { asOf: "2025-01-01", child: { dateOfBirth: "2015-01-01", plans: [], continuingCareEligible: false, shortBreaksLevel: null, transportEntitled: false, youngPersonHasCapacity: null }, request: { stream: "transport", service: "home_to_school_transport", arrangement: "organised", stage: "other", recipient: null, onSchoolPremises: false, schoolAgreed: null, needIdentifiedByProfessional: null, annualCostPence: 0, commissionedCostPence: null, linkedOutcomes: [] } } }),
  });

  it("covers every admin procedure of the policy router", () => {
    const procedures = Object.keys((appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures)
      .filter((path) => path.startsWith("policy."))
      .map((path) => path.slice("policy.".length));
    // inForce and nextReview are read by every role that reads the policy, not admins alone.
    expect(new Set(procedures)).toEqual(new Set([...Object.keys(adminCalls(callerFor(database.db, null))), "inForce", "nextReview"]));
  });

  it.each(["manager", "commissioner", "case_officer", "panel_member", "finance_officer"] as const)("refuses a %s every admin procedure as FORBIDDEN", async (role) => {
    for (const [name, call] of Object.entries(adminCalls(callerFor(database.db, council.users[role])))) {
      expect(await codeOf(call()), `${role} ${name}`).toBe("FORBIDDEN");
    }
    expect((await callerFor(database.db, council.users[role]).policy.inForce({ date: "2025-01-01" }))?.versionId).toBe(v1);
  });

  it("answers another council's version ids as NOT_FOUND, and changes nothing", async () => {
    const stranger = callerFor(database.db, other.users.admin);
    expect(await codeOf(stranger.policy.get({ versionId: v1 }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.policy.get({ versionId: draftId }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.policy.diff({ fromId: v1, toId: draftId }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.policy.saveDraft({ draftId, version: 1, document, changeNote: "not mine" }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.policy.publish({ draftId, version: 1, effectiveFrom: inDays(400) }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.policy.discardDraft({ draftId, version: 1 }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.policy.openDraft({ fromVersionId: v1 }))).toBe("NOT_FOUND");
    const mine = await callerFor(database.db, council.users.admin).policy.get({ versionId: draftId });
    expect(mine).toMatchObject({ status: "draft", version: { version: 1, changeNote: "" } });
  });
});
