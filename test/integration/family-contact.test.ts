import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@pb/auth";
import type { Database } from "@pb/db";
import { MESSAGE_KIND_CODES, MESSAGE_KINDS } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, type TestCouncil } from "./support/councils";

// Issue 21: a family's contact details (who may see and change them, checked, at a version, audited by
// field name only) and the council's GOV.UK Notify templates (admins, audited, bad input a 4xx naming
// the field). Both backends.

let database: Database;
let north: TestCouncil;
let south: TestCouncil;

const as = (who: TestCouncil, role: Role) => callerFor(database.db, who.users[role]);

/** The code and words of a refusal: a schema's names each field as the console's error summary does (`data.fieldErrors`). */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (!(error instanceof TRPCError)) return `not a TRPCError: ${String(error)}`;
    const issues = (error.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined)?.issues;
    if (issues?.length) return `${error.code}: ${issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; ")}`;
    return `${error.code}: ${error.message}`;
  }
}

async function addChild(who: TestCouncil): Promise<string> {
  const childId = randomUUID();
  await database.db.insertInto("child").values({ council_id: who.id, id: childId, reference: `FC-${childId.slice(0, 8)}`, given_name: "Ada", family_name: "Lovelace", date_of_birth: "2014-02-01" }).execute();
  return childId;
}

const audit = (who: TestCouncil, action: string) =>
  database.db.selectFrom("audit_log").select(["entity_id", "child_id", "before", "after", "actor_user_id"]).where("council_id", "=", who.id).where("action", "=", action).orderBy("seq").execute();

const details = { addressee: "Mr and Mrs Okafor", email: "Parent.One@Example.COM", addressLines: ["12 Quenby Row", "", "Guildford"], postcode: "gu1 4aa" };

beforeAll(async () => {
  database = await openTestDatabase();
  north = await createTestCouncil(database.db, "Contact North");
  south = await createTestCouncil(database.db, "Contact South");
});
afterAll(async () => database?.close());

describe("a family's contact details", () => {
  it("are kept checked and tidied by a case officer at the version seen, and audited by field name only", async () => {
    const childId = await addChild(north);
    const officer = as(north, "case_officer");
    expect(await officer.familyContact.get({ childId })).toEqual({ childId, addressee: null, email: null, addressLines: [], postcode: null, version: 0 });
    expect(await officer.familyContact.save({ childId, version: 0, ...details })).toEqual({ version: 1, changed: ["addressee", "email", "addressLines", "postcode"] });
    expect(await as(north, "admin").familyContact.get({ childId })).toEqual({
      childId, addressee: "Mr and Mrs Okafor", email: "Parent.One@example.com", addressLines: ["12 Quenby Row", "Guildford"], postcode: "GU1 4AA", version: 1,
    });
    // A stale version writes nothing.
    expect(await codeOf(officer.familyContact.save({ childId, version: 0, ...details, email: "other@example.com" }))).toMatch(/^CONFLICT: The family's contact details were changed by someone else/);
    expect(await officer.familyContact.save({ childId, version: 1, ...details, email: null, postcode: "GU2 7XH" })).toEqual({ version: 2, changed: ["email", "postcode"] });
    // Saving what is already kept changes nothing and records nothing.
    expect(await officer.familyContact.save({ childId, version: 2, ...details, email: null, postcode: "GU2 7XH" })).toEqual({ version: 2, changed: [] });

    const rows = await audit(north, "family_contact.update");
    expect(rows.map((r) => [r.entity_id, r.child_id, r.before, r.after, r.actor_user_id])).toEqual([
      [childId, childId, null, { contactDetailsChanged: ["addressee", "email", "addressLines", "postcode"] }, north.users.case_officer],
      [childId, childId, null, { contactDetailsChanged: ["email", "postcode"] }, north.users.case_officer],
    ]);
    const history = await as(north, "finance_officer").children.get({ childId });
    expect(JSON.stringify(history)).not.toMatch(/Okafor|Quenby|GU1 4AA|GU2 7XH|example\.com/i);
  });

  it("refuse a bad email, postcode or half an address with a 400 naming the field, never repeating the value, and write nothing", async () => {
    const childId = await addChild(north);
    const officer = as(north, "case_officer");
    const cases: [Partial<typeof details>, RegExp][] = [
      [{ email: "parent@nowhere" }, /^BAD_REQUEST: email: must be an email address/],
      [{ postcode: "NOT A CODE" }, /^BAD_REQUEST: postcode: must be a UK postcode/],
      [{ postcode: "" }, /^BAD_REQUEST: postcode: is required with an address/],
      [{ addressLines: [] }, /^BAD_REQUEST: addressLines: are required with a postcode/],
      [{ addressLines: ["1", "2", "3", "4", "5", "6"] }, /^BAD_REQUEST: addressLines: must be at most 5 lines/],
      [{ addressee: "x".repeat(201) }, /^BAD_REQUEST: addressee: /],
      [{ email: `${"a".repeat(401)}@example.com` }, /^BAD_REQUEST: email: /],
    ];
    for (const [change, expected] of cases) {
      const answer = await codeOf(officer.familyContact.save({ childId, version: 0, ...details, ...change }));
      expect(answer).toMatch(expected);
      for (const value of ["nowhere", "NOT A CODE", "Okafor", "Quenby"]) expect(answer).not.toContain(value);
    }
    expect(await codeOf(officer.familyContact.save({ childId, version: 0, ...details, unknown: 1 } as never))).toMatch(/^BAD_REQUEST/);
    expect(await officer.familyContact.get({ childId })).toMatchObject({ version: 0, email: null });
    expect(await audit(north, "family_contact.update").then((rows) => rows.filter((r) => r.entity_id === childId))).toEqual([]);
  });

  it("are for case officers and admins only; another council's child is not found", async () => {
    const childId = await addChild(north);
    await as(north, "case_officer").familyContact.save({ childId, version: 0, ...details });
    for (const role of ["panel_member", "finance_officer", "manager", "commissioner"] as const) {
      expect(await codeOf(as(north, role).familyContact.get({ childId })), role).toMatch(/^FORBIDDEN/);
      expect(await codeOf(as(north, role).familyContact.save({ childId, version: 1, ...details })), role).toMatch(/^FORBIDDEN/);
    }
    expect(await codeOf(as(south, "case_officer").familyContact.get({ childId }))).toMatch(/^NOT_FOUND/);
    expect(await codeOf(as(south, "case_officer").familyContact.save({ childId, version: 1, ...details }))).toMatch(/^NOT_FOUND/);
    expect(await codeOf(as(north, "case_officer").familyContact.get({ childId: "not-an-id" }))).toMatch(/^BAD_REQUEST: childId/);
  });
});

describe("the council's Notify templates", () => {
  it("list every kind of message with its personalisation fields, and none set at first", async () => {
    const kinds = await as(north, "admin").notifyTemplates.list();
    expect(kinds.map((k) => k.kind)).toEqual(MESSAGE_KIND_CODES);
    for (const k of kinds) {
      expect(k.fields.map((f) => f.name)).toEqual(MESSAGE_KINDS[k.kind].fields.map((f) => f.name));
      expect(k).toMatchObject({ label: MESSAGE_KINDS[k.kind].label, emailTemplateId: null, version: 0 });
    }
    expect(kinds.find((k) => k.kind === "cessation_notice")).toMatchObject({ sentByPostAsLetter: true, audience: "family" });
    expect(kinds.find((k) => k.kind === "review_reminder")).toMatchObject({ sentByPostAsLetter: false });
  });

  it("take a template id per kind at the version seen, audited, in the admin's own council only", async () => {
    const admin = as(north, "admin");
    const first = randomUUID();
    const second = randomUUID().toUpperCase();
    expect(await admin.notifyTemplates.save({ kind: "cessation_notice", emailTemplateId: first, version: 0 })).toEqual({ version: 1 });
    expect(await codeOf(admin.notifyTemplates.save({ kind: "cessation_notice", emailTemplateId: randomUUID(), version: 0 }))).toMatch(/^CONFLICT: Someone else changed the notice that a budget ends template/);
    expect(await admin.notifyTemplates.save({ kind: "cessation_notice", emailTemplateId: second, version: 1 })).toEqual({ version: 2 });
    const listed = await admin.notifyTemplates.list();
    expect(listed.find((k) => k.kind === "cessation_notice")).toMatchObject({ emailTemplateId: second.toLowerCase(), version: 2 });
    expect((await as(south, "admin").notifyTemplates.list()).find((k) => k.kind === "cessation_notice")).toMatchObject({ emailTemplateId: null, version: 0 });
    const rows = await audit(north, "notify_template.update");
    expect(rows.map((r) => [r.before, r.after])).toEqual([
      [{ kind: "cessation_notice", emailTemplateId: null }, { kind: "cessation_notice", emailTemplateId: first, fields: ["council_name", "child_reference", "last_payment_date"] }],
      [{ kind: "cessation_notice", emailTemplateId: first }, { kind: "cessation_notice", emailTemplateId: second.toLowerCase(), fields: ["council_name", "child_reference", "last_payment_date"] }],
    ]);
  });

  it("refuse bad input with a 400 naming the field, and other roles with a 403", async () => {
    const admin = as(north, "admin");
    expect(await codeOf(admin.notifyTemplates.save({ kind: "review_reminder", emailTemplateId: "not-a-template", version: 0 }))).toMatch(/^BAD_REQUEST: emailTemplateId: must be a Notify template id/);
    expect(await codeOf(admin.notifyTemplates.save({ kind: "birthday_card" as never, emailTemplateId: randomUUID(), version: 0 }))).toMatch(/^BAD_REQUEST: kind: must be one of/);
    expect(await codeOf(admin.notifyTemplates.save({ kind: "review_reminder", emailTemplateId: randomUUID(), version: -1 }))).toMatch(/^BAD_REQUEST: version/);
    expect((await admin.notifyTemplates.list()).find((k) => k.kind === "review_reminder")).toMatchObject({ emailTemplateId: null, version: 0 });
    for (const role of ["case_officer", "panel_member", "finance_officer", "manager", "commissioner"] as const) {
      expect(await codeOf(as(north, role).notifyTemplates.list()), role).toMatch(/^FORBIDDEN/);
      expect(await codeOf(as(north, role).notifyTemplates.save({ kind: "review_reminder", emailTemplateId: randomUUID(), version: 0 })), role).toMatch(/^FORBIDDEN/);
    }
  });
});
