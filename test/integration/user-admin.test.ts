import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { ZodError } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation, activeSessionVersion, readInvitationLink, sessionUserId, signInThrottled, UNKNOWN_ADDRESS, verifyCredentials } from "@pb/auth";
import type { Database, DB } from "@pb/db";
import { inviteCouncilUser, resendInvitation } from "@pb/services";
import { openTestDatabase, runtimeDbFor } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";

// Issue 21: a council's admins invite, change, deactivate and reactivate its users, each audited;
// guards keep an administrator; another council's users are not found; a deactivated user's session
// ends at once. On PostgreSQL every call runs as the console's runtime role.
let database: Database;
let runtime: Kysely<DB>;
let north: TestCouncil;
let south: TestCouncil;
const PASSWORD = "a long enough passphrase";

beforeAll(async () => {
  database = await openTestDatabase();
  runtime = runtimeDbFor(database.db);
  north = await createTestCouncil(database.db, "North");
  south = await createTestCouncil(database.db, "South");
});
afterAll(async () => database?.close());

const admin = () => callerFor(database.db, north.users.admin);

/** A refusal's code and words; for bad input, the fields the schema named (the HTTP answer's message starts with them). */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; fields?: string[] }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError && error.cause instanceof ZodError) return { code: error.code, message: error.message, fields: error.cause.issues.map((i) => i.path.join(".")) };
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal");
}

async function auditActions(councilId: string, userId: string): Promise<string[]> {
  const rows = await database.db.selectFrom("audit_log").select("action").where("council_id", "=", councilId).where("entity_id", "=", userId).orderBy("seq").execute();
  return rows.map((r) => r.action);
}

async function sessionOf(userId: string) {
  const version = await activeSessionVersion(runtime, userId);
  return { userId, sessionVersion: version ?? -1, signedInAt: Math.floor(Date.now() / 1000) };
}

const newEmail = () => `invited.${randomUUID()}@test.invalid`;

describe("inviting a user", () => {
  it("gives them roles here, queues the email in Notify's outbox and lists them as invited, audited", async () => {
    const email = newEmail();
    const { userId, newAccount } = await admin().users.invite({ email: email.toUpperCase(), displayName: "Ada Invited", roles: ["case_officer", "panel_member"] });
    expect(newAccount).toBe(true);
    const listed = (await admin().users.list()).find((u) => u.userId === userId);
    expect(listed).toMatchObject({ name: "Ada Invited", email, roles: ["case_officer", "panel_member"], status: "invited", failedSignIns: 0, lastSignedInAt: null });
    expect(listed?.invitation).toMatchObject({ state: "open", delivery: "pending" });
    const invitation = listed?.invitation;
    if (!invitation) throw new Error("no invitation listed");
    expect((invitation.expiresAt.getTime() - invitation.createdAt.getTime()) / 86_400_000).toBeCloseTo(7, 2);
    const outbox = await database.db.selectFrom("notification_outbox").selectAll().where("council_id", "=", north.id).where("kind", "=", "user_invitation").where("recipient_email", "=", email).execute();
    expect(outbox).toHaveLength(1);
    const personalisation = outbox[0]?.personalisation ?? {};
    expect(Object.keys(personalisation).sort()).toEqual(["council_name", "expires_on", "sign_in_url"]);
    expect(personalisation.council_name).toBe(north.name);
    expect(personalisation.sign_in_url).toMatch(/\/sign-in\/set-password\?token=[A-Za-z0-9_-]{43}$/);
    expect(await auditActions(north.id, userId)).toEqual(["user.invited"]);
    // The token is stored hashed only.
    const token = new URL(personalisation.sign_in_url ?? "").searchParams.get("token") ?? "";
    expect(token).toHaveLength(43);
    const stored = await database.db.selectFrom("user_invitation").select("token_hash").where("user_id", "=", userId).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
  });

  it("finds an account another council has, and leaves its other memberships alone", async () => {
    const southManager = await database.db.selectFrom("app_user").select("email").where("id", "=", south.users.manager).executeTakeFirstOrThrow();
    const { userId, newAccount } = await admin().users.invite({ email: southManager.email, displayName: "Ignored", roles: ["commissioner"] });
    expect({ userId, newAccount }).toEqual({ userId: south.users.manager, newAccount: false });
    const roles = await database.db.selectFrom("council_membership").select(["council_id", "role"]).where("user_id", "=", userId).orderBy("role").execute();
    expect(roles).toEqual([{ council_id: north.id, role: "commissioner" }, { council_id: south.id, role: "manager" }]);
  });

  it("refuses someone already a user here (409)", async () => {
    const email = newEmail();
    await admin().users.invite({ email, displayName: "Twice", roles: ["manager"] });
    expect(await refusal(admin().users.invite({ email, displayName: "Twice", roles: ["manager"] }))).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already a user of this council/) });
  });

  it("refuses bad input with a 400 naming the field, writing nothing", async () => {
    const before = await database.db.selectFrom("user_invitation").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    const cases: [unknown, string][] = [
      [{ email: "not an email", displayName: "X", roles: ["manager"] }, "email"],
      [{ email: newEmail(), displayName: "  ", roles: ["manager"] }, "displayName"],
      [{ email: newEmail(), displayName: "X", roles: [] }, "roles"],
      [{ email: newEmail(), displayName: "X", roles: ["root"] }, "roles.0"],
    ];
    for (const [input, field] of cases) {
      const answer = await refusal(admin().users.invite(input as never));
      expect(answer.code).toBe("BAD_REQUEST");
      expect(answer.fields).toEqual([field]);
    }
    const after = await database.db.selectFrom("user_invitation").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("is for administrators only", async () => {
    expect((await refusal(callerFor(database.db, north.users.manager).users.list())).code).toBe("FORBIDDEN");
    expect((await refusal(callerFor(database.db, north.users.case_officer).users.invite({ email: newEmail(), displayName: "X", roles: ["admin"] }))).code).toBe("FORBIDDEN");
  });
});

describe("setting a password through the invitation's link", () => {
  it("works once, before it expires, and only for the latest link", async () => {
    const email = newEmail();
    const first = await inCouncil(runtime, north, "admin", "2026-12-08", (ctx) => inviteCouncilUser(ctx, { email, displayName: "Link User", roles: ["manager"] }));
    const second = await inCouncil(runtime, north, "admin", "2026-12-08", (ctx) => resendInvitation(ctx, { userId: first.userId }));
    expect(await readInvitationLink(runtime, first.token)).toEqual({ kind: "unusable" });
    expect(await readInvitationLink(runtime, second.token)).toMatchObject({ kind: "open", councilName: north.name, email });
    expect(await acceptInvitation(runtime, { token: first.token, password: PASSWORD, confirmation: PASSWORD })).toEqual({ kind: "unusable" });
    expect(await acceptInvitation(runtime, { token: second.token, password: "short", confirmation: "short" })).toMatchObject({ kind: "refused", field: "password" });
    expect(await verifyCredentials(runtime, email, PASSWORD)).toBeNull();
    expect(await acceptInvitation(runtime, { token: second.token, password: PASSWORD, confirmation: PASSWORD })).toEqual({ kind: "accepted" });
    expect(await verifyCredentials(runtime, email, PASSWORD)).toMatchObject({ id: first.userId });
    expect(await acceptInvitation(runtime, { token: second.token, password: "another long passphrase", confirmation: "another long passphrase" })).toEqual({ kind: "unusable" });
    expect(await verifyCredentials(runtime, email, PASSWORD)).toMatchObject({ id: first.userId });
    expect(await auditActions(north.id, first.userId)).toEqual(["user.invited", "user.invitation_sent"]);
    const accepted = await database.db.selectFrom("audit_log").select("action").where("council_id", "=", north.id).where("entity_id", "=", second.invitationId).execute();
    expect(accepted.map((r) => r.action)).toEqual(["user.invitation_accepted"]);
    const listed = (await admin().users.list()).find((u) => u.userId === first.userId);
    expect(listed).toMatchObject({ status: "active", invitation: { state: "accepted" } });
    expect((await refusal(admin().users.resendInvitation({ userId: first.userId }))).code).toBe("CONFLICT");

    // Sign-in keeps the figures the list shows: wrong passwords since the last sign-in, and its time.
    const attempt = (password: string) => signInThrottled(runtime, { email, password, address: UNKNOWN_ADDRESS, now: new Date() });
    expect((await attempt("not the password at all")).kind).toBe("refused");
    expect((await admin().users.list()).find((u) => u.userId === first.userId)).toMatchObject({ failedSignIns: 1, lastSignedInAt: null });
    expect((await attempt(PASSWORD)).kind).toBe("signed_in");
    const signedIn = (await admin().users.list()).find((u) => u.userId === first.userId);
    expect(signedIn).toMatchObject({ failedSignIns: 0, lastFailedSignInAt: expect.any(Date) });
    expect(signedIn?.lastSignedInAt).toBeInstanceOf(Date);
  });

  it("refuses an expired link", async () => {
    const invited = await inCouncil(runtime, north, "admin", "2026-12-08", (ctx) => inviteCouncilUser(ctx, { email: newEmail(), displayName: "Late", roles: ["manager"] }));
    await database.db.updateTable("user_invitation").set({ expires_at: new Date(Date.now() - 1000) } as never).where("id", "=", invited.invitationId).execute();
    expect(await readInvitationLink(runtime, invited.token)).toEqual({ kind: "unusable" });
    expect(await acceptInvitation(runtime, { token: invited.token, password: PASSWORD, confirmation: PASSWORD })).toEqual({ kind: "unusable" });
  });
});

describe("changing roles, deactivating and reactivating", () => {
  it("changes a user's roles here, audited with before and after", async () => {
    const userId = north.users.finance_officer;
    expect(await admin().users.changeRoles({ userId, roles: ["finance_officer", "manager"] })).toEqual({ added: ["manager"], removed: [] });
    const audit = await database.db.selectFrom("audit_log").select(["before", "after"]).where("council_id", "=", north.id).where("action", "=", "user.roles_changed").where("entity_id", "=", userId).executeTakeFirstOrThrow();
    expect(audit).toEqual({ before: { roles: ["finance_officer"] }, after: { roles: ["finance_officer", "manager"] } });
  });

  it("answers not found for another council's user, whatever the verb", async () => {
    const userId = south.users.case_officer;
    for (const call of [
      () => admin().users.changeRoles({ userId, roles: ["admin"] }),
      () => admin().users.deactivate({ userId }),
      () => admin().users.reactivate({ userId }),
      () => admin().users.resendInvitation({ userId }),
      () => admin().users.deactivate({ userId: randomUUID() }),
    ]) {
      expect((await refusal(call())).code).toBe("NOT_FOUND");
    }
    expect(await database.db.selectFrom("council_membership").select("role").where("user_id", "=", userId).execute()).toEqual([{ role: "case_officer" }]);
  });

  it("keeps the council's last administrator, and refuses an administrator deactivating themselves (409)", async () => {
    const lone = await createTestCouncil(database.db, "Lone");
    const loneAdmin = callerFor(database.db, lone.users.admin);
    expect(await refusal(loneAdmin.users.changeRoles({ userId: lone.users.admin, roles: ["manager"] }))).toEqual({
      code: "CONFLICT",
      message: "This is the council's only administrator: make someone else an administrator first.",
    });
    expect(await refusal(loneAdmin.users.deactivate({ userId: lone.users.admin }))).toEqual({ code: "CONFLICT", message: "You cannot deactivate yourself: ask another administrator." });
    await loneAdmin.users.changeRoles({ userId: lone.users.manager, roles: ["manager", "admin"] });
    // With a second administrator the first may step down, but the second then may not.
    await loneAdmin.users.changeRoles({ userId: lone.users.admin, roles: ["manager"] });
    const second = callerFor(database.db, lone.users.manager);
    expect((await refusal(second.users.changeRoles({ userId: lone.users.manager, roles: ["manager"] }))).code).toBe("CONFLICT");
    expect(await database.db.selectFrom("council_membership").select("role").where("council_id", "=", lone.id).where("user_id", "=", lone.users.manager).orderBy("role").execute()).toEqual([
      { role: "admin" },
      { role: "manager" },
    ]);
  });

  it("deactivates a leaver: roles gone, account off, sessions refused at once; reactivation gives the roles back", async () => {
    const userId = north.users.panel_member;
    const session = await sessionOf(userId);
    expect(await sessionUserId(runtime, session)).toBe(userId);
    expect(await admin().users.deactivate({ userId })).toEqual({ accountDeactivated: true });
    expect(await sessionUserId(runtime, session)).toBeNull();
    expect(await database.db.selectFrom("council_membership").select("role").where("user_id", "=", userId).execute()).toEqual([]);
    expect((await refusal(callerFor(database.db, userId).users.list())).code).toBe("FORBIDDEN");
    const listed = (await admin().users.list()).find((u) => u.userId === userId);
    expect(listed).toMatchObject({ status: "deactivated", roles: ["panel_member"] });
    expect((await refusal(admin().users.changeRoles({ userId, roles: ["manager"] }))).code).toBe("CONFLICT");

    expect(await admin().users.reactivate({ userId })).toEqual({ roles: ["panel_member"] });
    const account = await database.db.selectFrom("app_user").select("deactivated_at").where("id", "=", userId).executeTakeFirstOrThrow();
    expect(account.deactivated_at).toBeNull();
    expect((await admin().users.list()).find((u) => u.userId === userId)?.status).toBe("active");
    expect(await auditActions(north.id, userId)).toEqual(["user.deactivated", "user.reactivated"]);
    const changes = (await admin().users.changes()).filter((c) => c.userName === "North panel_member");
    expect(changes.map((c) => [c.words, c.actorName])).toEqual([
      ["Reactivated", "North admin"],
      ["Deactivated", "North admin"],
    ]);
    // The old session stays ended: they sign in again.
    expect(await sessionUserId(runtime, session)).toBeNull();
  });

  it("deactivating someone another council also has removes them here only; the account stays", async () => {
    const userId = south.users.commissioner;
    await admin().users.invite({ email: (await database.db.selectFrom("app_user").select("email").where("id", "=", userId).executeTakeFirstOrThrow()).email, displayName: "x", roles: ["manager"] });
    const session = await sessionOf(userId);
    expect(await admin().users.deactivate({ userId })).toEqual({ accountDeactivated: false });
    expect(await sessionUserId(runtime, session)).toBeNull();
    const account = await database.db.selectFrom("app_user").select("deactivated_at").where("id", "=", userId).executeTakeFirstOrThrow();
    expect(account.deactivated_at).toBeNull();
    expect(await database.db.selectFrom("council_membership").select(["council_id", "role"]).where("user_id", "=", userId).execute()).toEqual([{ council_id: south.id, role: "commissioner" }]);
    expect(await activeSessionVersion(runtime, userId)).toBe(session.sessionVersion + 1);
  });
});
