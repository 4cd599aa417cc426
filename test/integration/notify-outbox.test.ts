import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import type { Database, DB } from "@pb/db";
import { adoptPreset, CLAIM_LEASE_MS, todayIso, createNotifyApi, fetchDeliveryStatuses, sendDueMessages, type NotifyApi } from "@pb/services";
import { openOwnTestDatabase, runtimeDbFor } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { startFakeNotify, type FakeNotify } from "./support/fake-notify";

// Issue 21's "done when": a decision recorded while Notify is down is sent once it is back, exactly
// once, with the council's template and the kind's fields; a sender that dies between sending and
// recording, an answer lost on the way back and two senders at once still send it once; and Notify's
// delivery status reaches the case page's procedure. The sender runs as the console does: on
// PostgreSQL over the runtime role's connection (pb_app, row-level security).

let database: Database;
let worker: Kysely<DB>;
let council: TestCouncil;
let notify: FakeNotify;
let client: NotifyApi;
const TEMPLATE_ID = randomUUID();

const as = (role: keyof TestCouncil["users"]) => callerFor(database.db, council.users[role]);
const MINUTE = 60_000;

const line = {
  stream: "social_care" as const, service: "personal_assistant", arrangement: "direct_payment" as const, recipient: "parent" as const,
  onSchoolPremises: false, schoolAgreed: null, needIdentifiedByProfessional: true, annualCostPence: 520_000, commissionedCostPence: 600_000, linkedOutcomes: ["E1"],
};

async function addChild(contact: { email?: string; address?: string[]; postcode?: string } | null) {
  const childId = randomUUID();
  const planId = randomUUID();
  const db = database.db;
  const reference = `NT-${childId.slice(0, 8)}`;
  await db.insertInto("child").values({ council_id: council.id, id: childId, reference, given_name: "Ada", family_name: "Lovelace", date_of_birth: "2014-02-01" }).execute();
  await db.insertInto("plan").values({ council_id: council.id, id: planId, child_id: childId, type: "ehcp", status: "annual_review", issued_on: "2023-09-01" }).execute();
  // The assessed need a social care budget meets (R3).
  await db.insertInto("plan").values({ council_id: council.id, id: randomUUID(), child_id: childId, type: "child_in_need", status: "final" }).execute();
  await db.insertInto("plan_outcome").values({ council_id: council.id, plan_id: planId, code: "E1", description: "Outcome E1" }).execute();
  if (contact) {
    await db.insertInto("family_contact").values({
      council_id: council.id, child_id: childId, addressee: "Ms A Parent", email: contact.email ?? null, address_lines: contact.address ?? [], postcode: contact.postcode ?? null,
    }).execute();
  }
  return { childId, planId, reference };
}

/** A request with one line, decided by the panel through the procedure the console calls. */
async function decide(child: { childId: string; planId: string }) {
  const created = await as("case_officer").requests.create({ childId: child.childId, planId: child.planId, stage: "annual_review", receivedOn: "2026-04-01", lines: [line] });
  const view = await as("panel_member").requests.get({ requestId: created.id });
  const decision = await as("panel_member").decisions.record({
    requestLineId: view.lines[0]?.id ?? "", requestVersion: view.version, decidedOn: "2026-04-10", outcome: "approved", amountPence: null, arrangement: null,
    panel: "Multi-agency resource panel", reasons: [{ text: "The support meets the plan's outcomes." }],
  });
  return { requestId: created.id, decisionId: decision.id };
}

const outboxOf = (childId: string) => database.db.selectFrom("notification_outbox").selectAll().where("council_id", "=", council.id).where("child_id", "=", childId).execute();
/** The one row or notification there must be. */
function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}
const receivedFor = (reference: string) => notify.received.filter((n) => n.reference === reference);
const later = (ms: number) => new Date(Date.now() + ms);

beforeAll(async () => {
  database = await openOwnTestDatabase("notify_outbox");
  worker = runtimeDbFor(database.db);
  council = await createTestCouncil(database.db, "Notify");
  await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "code-of-practice", effectiveFrom: "2024-04-01" }));
  await database.db.insertInto("notify_template").values({ council_id: council.id, kind: "decision_letter", email_template_id: TEMPLATE_ID }).execute();
  notify = await startFakeNotify();
  client = createNotifyApi({ apiKey: notify.apiKey, baseUrl: notify.baseUrl, timeoutMs: 5_000 });
});
afterAll(async () => {
  await notify?.close();
  await database?.close();
});

describe("a decision letter through the outbox", () => {
  it("is queued with the decision, waits with backoff while Notify is down, and is sent exactly once when it is back", async () => {
    const child = await addChild({ email: "parent@example.org" });
    await notify.down("unavailable");
    const { decisionId } = await decide(child);

    const queued = only(await outboxOf(child.childId));
    expect(queued).toMatchObject({ kind: "decision_letter", subject_type: "decision", subject_id: decisionId, status: "pending", attempts: 0, channel: null });
    // Only the fields the template names: the reference, never the child's name.
    expect(queued.personalisation).toEqual({ council_name: council.name, child_reference: child.reference, decision_date: "10 April 2026" });

    const first = await sendDueMessages(worker, { client, now: later(0) });
    expect(first).toMatchObject({ sent: 0, retrying: 1 });
    let row = only(await outboxOf(child.childId));
    expect(row).toMatchObject({ status: "pending", attempts: 1, notify_id: null, last_error: "Notify was unavailable (503)" });
    const firstRetry = new Date(row.next_attempt_at).getTime();
    expect(firstRetry - Date.now()).toBeGreaterThan(0.9 * MINUTE);

    // Before its next attempt is due nothing is tried; then, with the port closed, the wait doubles.
    const requestsBefore = notify.requests.length;
    await sendDueMessages(worker, { client, now: later(0) });
    expect(notify.requests.length).toBe(requestsBefore);
    await notify.down("refused");
    expect(await sendDueMessages(worker, { client, now: later(2 * MINUTE) })).toMatchObject({ retrying: 1 });
    row = only(await outboxOf(child.childId));
    expect(row).toMatchObject({ status: "pending", attempts: 2, last_error: "Notify could not be reached" });
    expect(new Date(row.next_attempt_at).getTime() - later(2 * MINUTE).getTime()).toBeGreaterThan(1.9 * MINUTE);
    expect(notify.received).toHaveLength(0);

    await notify.up();
    expect(await sendDueMessages(worker, { client, now: later(60 * MINUTE) })).toMatchObject({ sent: 1, retrying: 0, failed: 0 });
    expect(await sendDueMessages(worker, { client, now: later(120 * MINUTE) })).toMatchObject({ sent: 0, adopted: 0 });

    const sent = receivedFor(queued.id);
        expect(sent[0]).toMatchObject({ type: "email", templateId: TEMPLATE_ID, emailAddress: "parent@example.org" });
    const { letter, ...fields } = only(sent).personalisation as { letter: { file: string; filename: string; confirm_email_before_download: boolean } };
    expect(fields).toEqual({ council_name: council.name, child_reference: child.reference, decision_date: "10 April 2026" });
    expect(Buffer.from(letter.file, "base64").subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(letter).toMatchObject({ filename: expect.stringMatching(/^decision-letter-NT-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.pdf$/), confirm_email_before_download: true });
    row = only(await outboxOf(child.childId));
    expect(row).toMatchObject({ status: "sent", channel: "email", notify_id: only(sent).id, last_error: null, attempts: 3 });
    // The decision's letter is now sent, that day, audited as if marked by hand.
    const decision = await database.db.selectFrom("decision").select("letter_sent_on").where("council_id", "=", council.id).where("id", "=", decisionId).executeTakeFirstOrThrow();
    expect(decision.letter_sent_on).toBe(todayIso(later(60 * MINUTE)));
    const audited = await database.db.selectFrom("audit_log").select(["action", "actor_user_id"]).where("council_id", "=", council.id).where("child_id", "=", child.childId).orderBy("id").execute();
    expect(audited.map((a) => a.action)).toEqual(["request.create", "decision.record", "message.queued", "request.decided", "decision.letter_sent", "message.sent"]);
    expect(audited.slice(-2).map((a) => a.actor_user_id)).toEqual([null, null]);
    // An earlier attempt might have reached Notify, so the sender asked by reference before sending.
    expect(notify.requests.some((r) => r.path === `/v2/notifications?reference=${queued.id}` && r.status === 200)).toBe(true);
  });

  it("goes as a precompiled letter by post where the family gave no email, and a sender that dies between sending and recording is adopted, not repeated", async () => {
    const child = await addChild({ address: ["1 Analytical Row", "Marylebone", "London"], postcode: "NW1 6XE" });
    await decide(child);
    const queued = only(await outboxOf(child.childId));

    // The sender dies just after Notify took the letter: its call never returns, nothing is recorded.
    let reachedNotify: () => void = () => {};
    const sentButDied = new Promise<void>((resolve) => (reachedNotify = resolve));
    const dying: NotifyApi = {
      ...client,
      sendPrecompiledLetter: async (input) => {
        await client.sendPrecompiledLetter(input);
        reachedNotify();
        return new Promise(() => {});
      },
    };
    void sendDueMessages(worker, { client: dying, now: later(0) });
    await sentButDied;
    expect(receivedFor(queued.id)).toHaveLength(1);
    expect(only(await outboxOf(child.childId))).toMatchObject({ status: "sending", attempts: 1, notify_id: null });

    // While its claim holds, no other sender touches it; after, the next finds it at Notify and adopts it.
    expect(await sendDueMessages(worker, { client, now: later(CLAIM_LEASE_MS / 2) })).toMatchObject({ sent: 0, adopted: 0 });
    expect(await sendDueMessages(worker, { client, now: later(CLAIM_LEASE_MS + MINUTE) })).toMatchObject({ sent: 0, adopted: 1 });
    const letters = receivedFor(queued.id);
        expect(only(letters)).toMatchObject({ type: "letter", templateId: null });
    expect(only(letters).pdf?.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(only(await outboxOf(child.childId))).toMatchObject({ status: "sent", channel: "letter", notify_id: only(letters).id });
  });

  it("is adopted, not sent again, when Notify took it but the answer was lost", async () => {
    const child = await addChild({ email: "lost.answer@example.org" });
    await decide(child);
    const queued = only(await outboxOf(child.childId));
    notify.loseNextAnswer();
    expect(await sendDueMessages(worker, { client, now: later(0) })).toMatchObject({ retrying: 1 });
    expect(only(await outboxOf(child.childId))).toMatchObject({ status: "pending", notify_id: null, last_error: "Notify could not be reached" });
    expect(await sendDueMessages(worker, { client, now: later(10 * MINUTE) })).toMatchObject({ adopted: 1, sent: 0 });
    expect(receivedFor(queued.id)).toHaveLength(1);
    expect(only(await outboxOf(child.childId))).toMatchObject({ status: "sent", notify_id: only(receivedFor(queued.id)).id });
  });

  it("is sent once when two senders run at the same moment", async () => {
    const child = await addChild({ email: "twice@example.org" });
    await decide(child);
    const queued = only(await outboxOf(child.childId));
    const runs = await Promise.all([sendDueMessages(worker, { client, now: later(0) }), sendDueMessages(worker, { client, now: later(0) }), sendDueMessages(worker, { client, now: later(0) })]);
    expect(runs.reduce((n, r) => n + r.sent + r.adopted, 0)).toBe(1);
    expect(receivedFor(queued.id)).toHaveLength(1);
  });

  it("is given up with words for staff when Notify refuses it (4xx), and never tried again", async () => {
    const child = await addChild({ email: "not-an-address" });
    await decide(child);
    expect(await sendDueMessages(worker, { client, now: later(0) })).toMatchObject({ failed: 1 });
    const row = only(await outboxOf(child.childId));
    expect(row).toMatchObject({ status: "failed", notify_id: null });
    expect(row.last_error).toContain("Notify refused the message as invalid");
    expect(row.last_error).not.toContain("not-an-address");
    expect(await sendDueMessages(worker, { client, now: later(24 * 60 * MINUTE) })).toMatchObject({ sent: 0, failed: 0, retrying: 0 });
    const messages = await as("case_officer").outbox.forChild({ childId: child.childId });
    expect(messages[0]).toMatchObject({ status: "failed", kindWords: "Decision letter" });
  });

  it("waits, saying why, while the family has no contact details or the council no template", async () => {
    const child = await addChild(null);
    await decide(child);
    expect(await sendDueMessages(worker, { client, now: later(0) })).toMatchObject({ retrying: 1 });
    const row = only(await outboxOf(child.childId));
    expect(row).toMatchObject({ status: "pending", last_error: "the family has no email address or full postal address on record" });
  });
});

describe("delivery status", () => {
  it("is fetched from Notify and reaches the case page's procedure, for the roles who see letters", async () => {
    const child = await addChild({ email: "delivered@example.org" });
    await decide(child);
    await sendDueMessages(worker, { client, now: later(0) });
    const row = only(await outboxOf(child.childId));
    notify.setStatus(String(row.notify_id), "delivered");
    const fetched = await fetchDeliveryStatuses(worker, client, { now: later(0) });
    expect(fetched.checked).toBeGreaterThanOrEqual(1);
    expect(only(await outboxOf(child.childId))).toMatchObject({ notify_status: "delivered" });

    const messages = await as("case_officer").outbox.forChild({ childId: child.childId });
    expect(messages).toEqual([
      expect.objectContaining({ kind: "decision_letter", kindWords: "Decision letter", channel: "email", channelWords: "Email", status: "sent", notifyStatus: "delivered", deliveryWords: "Delivered" }),
    ]);
    expect(JSON.stringify(messages)).not.toContain("delivered@example.org");
    // A delivered message is final: not asked about again.
    const requests = notify.requests.length;
    await fetchDeliveryStatuses(worker, client, { now: later(MINUTE) });
    expect(notify.requests.filter((r) => r.path === `/v2/notifications/${row.notify_id}`).length).toBe(1);
    expect(notify.requests.length).toBeGreaterThanOrEqual(requests);
    await expect(as("finance_officer").outbox.forChild({ childId: child.childId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(database.db, council.users.case_officer).outbox.forChild({ childId: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
