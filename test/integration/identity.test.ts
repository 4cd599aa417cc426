import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import {
  completeOidcSignIn,
  createAuthOptions,
  getMemberships,
  hashPassword,
  newTotpSecret,
  base32Decode,
  openSecret,
  recheckOidcAccess,
  refreshTokenSealBinding,
  ROLES_FROM_GROUPS,
  sealSecret,
  totpAt,
  totpSealBinding,
  toProviderEntries,
  type OidcProviderEntry,
} from "@pb/auth";
import { findSessionVersion, listIdentityProviders, setUserTotp, type Database } from "@pb/db";
import { openTestDatabase, runtimeDbFor } from "./support/database";
import { callerFor, createTestCouncil, type TestCouncil } from "./support/councils";

// Issue 21: a council's identity provider, its group roles and sign-in settings (admins only, audited,
// bad input refused naming the field, nothing half written); sign-in through the provider and the
// re-check each request makes; password hashes moved to argon2id; a second factor at sign-in.
let database: Database;
let north: TestCouncil;
let south: TestCouncil;
/** bcrypt (cost 4) of "old but right": a hash as the product made them before issue 21. */
const OLD_BCRYPT_HASH = "$2b$04$KMe.aADxkCLoNxfPo0bP.OJS/alxE3jiEMKzzSTN.yZaYCoxuKi7m";
const ISSUER = "https://login.example.test/tenant-1/v2.0";
const runtime = () => runtimeDbFor(database.db);

beforeAll(async () => {
  database = await openTestDatabase();
  north = await createTestCouncil(database.db, "North");
  south = await createTestCouncil(database.db, "South");
});
afterAll(async () => database?.close());

async function refusal(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await call.then(() => null, (e: unknown) => e);
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  // A schema's refusal, as the HTTP answer words it: "field: message".
  const issue = error.cause instanceof ZodError ? error.cause.issues[0] : undefined;
  return { code: error.code, message: issue ? `${issue.path.join(".")}: ${issue.message}` : error.message };
}

async function auditOf(councilId: string, action: string) {
  return database.db.selectFrom("audit_log").select(["action", "entity_id", "before", "after", "actor_user_id"]).where("council_id", "=", councilId).where("action", "=", action).orderBy("seq").execute();
}

async function entryOf(councilId: string): Promise<OidcProviderEntry> {
  const entry = toProviderEntries(await listIdentityProviders(runtime())).find((e) => e.councilId === councilId);
  if (!entry) throw new Error("no provider");
  return entry;
}

/** A token endpoint answering a refresh with an ID token whose groups the test sets. */
function fakeProvider(entry: OidcProviderEntry, answer: { groups?: string[]; error?: string }): typeof fetch {
  return (async (url: string | URL | Request) => {
    if (String(url).endsWith("/.well-known/openid-configuration")) return Response.json({ issuer: entry.issuer, token_endpoint: `${entry.issuer}/token` });
    if (answer.error) return Response.json({ error: answer.error }, { status: 400 });
    const payload = Buffer.from(JSON.stringify({ iss: entry.issuer, aud: entry.clientId, sub: "s", groups: answer.groups })).toString("base64url");
    return Response.json({ id_token: `e30.${payload}.sig`, refresh_token: "rotated-token" });
  }) as typeof fetch;
}

describe("identity settings, for a council's admins", () => {
  it("saves the provider with its secret sealed, shows it back without the secret, and audits it without the secret", async () => {
    const admin = callerFor(database.db, north.users.admin);
    const saved = await admin.identity.saveProvider({ issuer: ISSUER, clientId: "client-1", clientSecret: "very-secret-value", groupsClaim: "groups", version: 0 });
    expect(saved).toMatchObject({ issuer: ISSUER, clientId: "client-1", groupsClaim: "groups", version: 1 });
    const settings = await admin.identity.settings();
    expect(JSON.stringify(settings)).not.toContain("very-secret-value");
    const row = await database.db.selectFrom("council_identity_provider").select("client_secret_sealed").where("council_id", "=", north.id).executeTakeFirstOrThrow();
    expect(Buffer.from(row.client_secret_sealed).toString("utf8")).not.toContain("very-secret-value");
    expect((await entryOf(north.id)).clientSecret).toBe("very-secret-value");
    const audit = await auditOf(north.id, "identity.provider_saved");
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain("very-secret-value");
    expect(audit[0]?.after).toMatchObject({ issuer: ISSUER, clientSecretChanged: true });
    // A later save may keep the secret; a stale version is refused.
    await admin.identity.saveProvider({ issuer: ISSUER, clientId: "client-1", groupsClaim: "roles", version: 1 });
    expect((await entryOf(north.id)).clientSecret).toBe("very-secret-value");
    expect((await refusal(admin.identity.saveProvider({ issuer: ISSUER, clientId: "x", groupsClaim: "groups", version: 1 }))).code).toBe("CONFLICT");
    await admin.identity.saveProvider({ issuer: ISSUER, clientId: "client-1", groupsClaim: "groups", version: 2 });
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const admin = callerFor(database.db, south.users.admin);
    const cases: [Parameters<typeof admin.identity.saveProvider>[0], RegExp][] = [
      [{ issuer: "ftp://idp.example", clientId: "c", clientSecret: "s", groupsClaim: "groups", version: 0 }, /^issuer: /],
      [{ issuer: "http://idp.example.com", clientId: "c", clientSecret: "s", groupsClaim: "groups", version: 0 }, /^issuer: /],
      [{ issuer: ISSUER, clientId: "", clientSecret: "s", groupsClaim: "groups", version: 0 }, /^clientId: /],
      [{ issuer: ISSUER, clientId: "c", clientSecret: "s", groupsClaim: "groups claim", version: 0 }, /^groupsClaim: /],
      [{ issuer: ISSUER, clientId: "c", groupsClaim: "groups", version: 0 }, /^clientSecret: /],
    ];
    for (const [input, field] of cases) {
      const refused = await refusal(admin.identity.saveProvider(input));
      expect(refused.code).toBe("BAD_REQUEST");
      expect(refused.message).toMatch(field);
    }
    expect((await refusal(admin.identity.addGroupRole({ groupId: "g", role: "root" as never }))).message).toMatch(/^role: /);
    expect((await refusal(admin.identity.addGroupRole({ groupId: " ", role: "admin" }))).message).toMatch(/^groupId: /);
    expect((await refusal(admin.identity.removeGroupRole({ groupId: "nobody", role: "admin" }))).code).toBe("NOT_FOUND");
    expect((await admin.identity.settings()).provider).toBeNull();
    expect(await auditOf(south.id, "identity.provider_saved")).toEqual([]);
  });

  it("is for admins only, and shows a council nothing of another's", async () => {
    for (const role of ["manager", "case_officer", "commissioner"] as const) {
      expect((await refusal(callerFor(database.db, north.users[role]).identity.settings())).code).toBe("FORBIDDEN");
      expect((await refusal(callerFor(database.db, north.users[role]).identity.addGroupRole({ groupId: "g", role: "admin" }))).code).toBe("FORBIDDEN");
    }
    const southView = await callerFor(database.db, south.users.admin).identity.settings();
    expect(southView.provider).toBeNull();
    expect(southView.groupRoles).toEqual([]);
  });

  it("maps groups to roles, each change audited; the same pair twice is refused", async () => {
    const admin = callerFor(database.db, north.users.admin);
    await admin.identity.addGroupRole({ groupId: "grp-case", role: "case_officer" });
    await admin.identity.addGroupRole({ groupId: "grp-lead", role: "manager" });
    await admin.identity.addGroupRole({ groupId: "grp-lead", role: "case_officer" });
    await admin.identity.addGroupRole({ groupId: "grp-gone", role: "admin" });
    expect((await refusal(admin.identity.addGroupRole({ groupId: "grp-case", role: "case_officer" }))).message).toMatch(/^groupId: already gives/);
    await admin.identity.removeGroupRole({ groupId: "grp-gone", role: "admin" });
    expect((await admin.identity.settings()).groupRoles).toEqual([
      { groupId: "grp-case", role: "case_officer" },
      { groupId: "grp-lead", role: "case_officer" },
      { groupId: "grp-lead", role: "manager" },
    ]);
    expect((await auditOf(north.id, "identity.group_role_added")).map((a) => a.after)).toHaveLength(4);
    expect((await auditOf(north.id, "identity.group_role_removed")).map((a) => a.before)).toEqual([{ groupId: "grp-gone", role: "admin" }]);
  });

  it("switches local passwords off only once a provider and a group role exist; a password session then reaches no such council", async () => {
    const southAdmin = callerFor(database.db, south.users.admin);
    const refused = await refusal(southAdmin.identity.saveSignInSettings({ localPasswords: false, totpRequired: false, version: 0 }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^localPasswords: set up the council's identity provider/) });

    const admin = callerFor(database.db, north.users.admin);
    const saved = await admin.identity.saveSignInSettings({ localPasswords: false, totpRequired: false, version: 0 });
    expect(saved).toEqual({ localPasswords: false, totpRequired: false, version: 1 });
    expect((await auditOf(north.id, "identity.sign_in_settings_saved"))[0]?.after).toEqual({ localPasswords: false, totpRequired: false });

    const user = north.users.finance_officer;
    expect(await getMemberships(runtime(), user, { kind: "password", secondFactor: true })).toEqual([]);
    expect((await getMemberships(runtime(), user, { kind: "oidc", councilId: north.id })).map((m) => m.councilId)).toEqual([north.id]);
    // A provider's session for one council reaches no other, even one the user belongs to.
    expect(await getMemberships(runtime(), user, { kind: "oidc", councilId: south.id })).toEqual([]);
    const asPassword = await refusal(
      (await import("@pb/api")).createCaller({ db: runtime(), userId: user, requestedCouncilId: north.id, signInMethod: { kind: "password", secondFactor: false } }).identity.settings(),
    );
    expect(asPassword.code).toBe("FORBIDDEN");
    await admin.identity.saveSignInSettings({ localPasswords: true, totpRequired: false, version: 1 });
  });
});

describe("sign-in through the council's provider", () => {
  it("gives the roles the groups map to, replacing those the user had there, audited", async () => {
    const entry = await entryOf(north.id);
    const email = `oidc.${randomUUID()}@test.invalid`;
    const signedIn = await completeOidcSignIn(runtime(), entry, { sub: "s1", email, name: "Oidc User", groups: ["grp-lead", "grp-other"] }, "refresh-1");
    expect(signedIn.kind).toBe("signed_in");
    if (signedIn.kind !== "signed_in") return;
    const [membership, ...others] = await getMemberships(runtime(), signedIn.userId, { kind: "oidc", councilId: north.id });
    expect(others).toEqual([]);
    expect({ ...membership, roles: [...(membership?.roles ?? [])].sort() }).toEqual({ councilId: north.id, councilName: north.name, roles: ["case_officer", "manager"] });
    const audit = (await auditOf(north.id, ROLES_FROM_GROUPS)).filter((a) => a.entity_id === signedIn.userId);
    expect(audit.at(-1)?.after).toMatchObject({ added: expect.arrayContaining(["manager", "case_officer"]), reason: "sign_in" });
    expect(JSON.stringify(audit)).not.toContain(email);

    const again = await completeOidcSignIn(runtime(), entry, { sub: "s1", email, groups: ["grp-case"] }, "refresh-2");
    expect(again.kind).toBe("signed_in");
    expect((await getMemberships(runtime(), signedIn.userId))[0]?.roles).toEqual(["case_officer"]);

    expect((await completeOidcSignIn(runtime(), entry, { sub: "s1", email, groups: ["grp-none"] }, "refresh-3")).kind).toBe("no_role");
    expect(await getMemberships(runtime(), signedIn.userId)).toEqual([]);
  });

  it("re-checks with the provider: roles follow the groups; no mapped group or a refused grant revokes the sessions and the roles", async () => {
    const entry = await entryOf(north.id);
    const email = `recheck.${randomUUID()}@test.invalid`;
    const signedIn = await completeOidcSignIn(runtime(), entry, { sub: "s2", email, groups: ["grp-case"] }, "refresh-a");
    if (signedIn.kind !== "signed_in") throw new Error(signedIn.kind);
    const session = { userId: signedIn.userId, councilId: north.id };

    expect(await recheckOidcAccess(runtime(), session, { recheckSeconds: 0, fetchImpl: fakeProvider(entry, { groups: ["grp-lead"] }) })).toBe("ok");
    expect([...((await getMemberships(runtime(), signedIn.userId))[0]?.roles ?? [])].sort()).toEqual(["case_officer", "manager"]);
    const grant = await database.db.selectFrom("oidc_grant").select("refresh_token_sealed").where("user_id", "=", signedIn.userId).executeTakeFirstOrThrow();
    expect(Buffer.from(grant.refresh_token_sealed ?? []).toString("utf8")).not.toContain("rotated-token");
    expect(grant.refresh_token_sealed).not.toBeNull();

    // Within the re-check interval the provider is not asked again.
    const failing = (() => Promise.reject(new Error("must not be called"))) as typeof fetch;
    expect(await recheckOidcAccess(runtime(), session, { recheckSeconds: 60, fetchImpl: failing })).toBe("ok");
    // A provider that cannot be reached refuses this request, and ends nothing.
    await expect(recheckOidcAccess(runtime(), session, { recheckSeconds: 0, fetchImpl: failing })).rejects.toThrow();
    expect(await findSessionVersion(runtime(), signedIn.userId)).toBe(signedIn.sessionVersion);

    expect(await recheckOidcAccess(runtime(), session, { recheckSeconds: 0, fetchImpl: fakeProvider(entry, { groups: ["grp-elsewhere"] }) })).toBe("revoked");
    expect(await getMemberships(runtime(), signedIn.userId)).toEqual([]);
    expect(await findSessionVersion(runtime(), signedIn.userId)).toBe(signedIn.sessionVersion + 1);
    const removed = (await auditOf(north.id, ROLES_FROM_GROUPS)).filter((a) => a.entity_id === signedIn.userId).at(-1);
    expect(removed).toMatchObject({ before: { removed: expect.arrayContaining(["manager", "case_officer"]) }, after: { reason: "recheck" }, actor_user_id: null });

    const back = await completeOidcSignIn(runtime(), entry, { sub: "s2", email, groups: ["grp-case"] }, "refresh-b");
    if (back.kind !== "signed_in") throw new Error(back.kind);
    expect(await recheckOidcAccess(runtime(), session, { recheckSeconds: 0, fetchImpl: fakeProvider(entry, { error: "invalid_grant" }) })).toBe("revoked");
    expect(await getMemberships(runtime(), signedIn.userId)).toEqual([]);
  });

  it("keeps the refresh token sealed to its user and council", async () => {
    const sealed = sealSecret("token", refreshTokenSealBinding(north.id, north.users.admin));
    expect(openSecret(sealed, refreshTokenSealBinding(north.id, north.users.admin))).toBe("token");
    expect(() => openSecret(sealed, refreshTokenSealBinding(south.id, north.users.admin))).toThrow(/cannot be opened/);
  });
});

describe("passwords and the second factor", () => {
  function authorize() {
    const options = createAuthOptions({ getDb: async () => runtime(), secret: "test", secureCookies: false, trustedProxies: 1 });
    const provider = options.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<{ id: string; secondFactor?: boolean } | null> } };
    return (credentials: Record<string, string>) =>
      provider.options.authorize(credentials, { headers: { "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}` }, method: "POST", body: {}, query: {} }).catch((e: Error) => e.message);
  }

  it("moves a bcrypt hash to argon2id on the next right password", async () => {
    const id = randomUUID();
    const email = `bcrypt.${id}@test.invalid`;
    await database.db.insertInto("app_user").values({ id, email, display_name: "Old hash", password_hash: OLD_BCRYPT_HASH }).execute();
    await database.db.insertInto("council_membership").values({ council_id: south.id, user_id: id, role: "manager" }).execute();
    expect(await authorize()({ email, password: "old but right" })).toMatchObject({ id });
    const row = await database.db.selectFrom("app_user").select("password_hash").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.password_hash?.startsWith("$argon2id$")).toBe(true);
    expect(await authorize()({ email, password: "old but right" })).toMatchObject({ id });
  });

  it("refuses a right password with 'Sign in with your council account' when every council of the user has passwords off", async () => {
    const admin = callerFor(database.db, north.users.admin);
    const id = randomUUID();
    const email = `north.only.${id}@test.invalid`;
    await database.db.insertInto("app_user").values({ id, email, display_name: "North only", password_hash: await hashPassword("right one") }).execute();
    await database.db.insertInto("council_membership").values({ council_id: north.id, user_id: id, role: "case_officer" }).execute();
    const version = (await admin.identity.settings()).signIn.version;
    await admin.identity.saveSignInSettings({ localPasswords: false, totpRequired: false, version });
    try {
      expect(await authorize()({ email, password: "right one" })).toBe("SignInUseCouncilAccount");
    } finally {
      await admin.identity.saveSignInSettings({ localPasswords: true, totpRequired: false, version: version + 1 });
    }
    expect(await authorize()({ email, password: "right one" })).toMatchObject({ id });
  });

  it("asks a user with a second factor for its code, refuses a wrong one and lets the right one in", async () => {
    const id = randomUUID();
    const email = `totp.${id}@test.invalid`;
    await database.db.insertInto("app_user").values({ id, email, display_name: "Two step", password_hash: await hashPassword("pass phrase") }).execute();
    await database.db.insertInto("council_membership").values({ council_id: south.id, user_id: id, role: "manager" }).execute();
    const secret = Buffer.from(newTotpSecret());
    const sealed = sealSecret(secret.toString("base64"), totpSealBinding(id));
    expect(await setUserTotp(runtime(), id, sealed, false)).toBe(true);
    // Not confirmed yet: the password alone signs in, without a second factor.
    expect(await authorize()({ email, password: "pass phrase" })).toMatchObject({ id, secondFactor: false });
    expect(await setUserTotp(runtime(), id, sealed, true)).toBe(true);
    expect(await authorize()({ email, password: "pass phrase" })).toBe("SignInCodeNeeded");
    const right = totpAt(secret, Date.now() / 1000);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(await authorize()({ email, password: "pass phrase", code: wrong })).toBe("SignInCodeWrong");
    expect(await authorize()({ email, password: "pass phrase", code: right })).toMatchObject({ id, secondFactor: true });
    // A council that requires a second factor opens to the session that gave one only.
    const southAdmin = callerFor(database.db, south.users.admin);
    await southAdmin.identity.saveSignInSettings({ localPasswords: true, totpRequired: true, version: (await southAdmin.identity.settings()).signIn.version });
    expect(await getMemberships(runtime(), id, { kind: "password", secondFactor: false })).toEqual([]);
    expect((await getMemberships(runtime(), id, { kind: "password", secondFactor: true })).map((m) => m.councilId)).toEqual([south.id]);
  });

  it("enrols a second factor: the key shown once, confirmed by a code from it, audited; then asked at sign-in", async () => {
    const id = randomUUID();
    const email = `enrol.${id}@test.invalid`;
    await database.db.insertInto("app_user").values({ id, email, display_name: "Enrols", password_hash: await hashPassword("enrol pass") }).execute();
    await database.db.insertInto("council_membership").values({ council_id: north.id, user_id: id, role: "case_officer" }).execute();
    const me = callerFor(database.db, id);
    expect(await me.twoStep.status()).toEqual({ enrolled: false });
    const started = await me.twoStep.begin();
    expect(started.otpauthUri).toMatch(/^otpauth:\/\/totp\/Personal%20budgets%3Aenrol\./);
    const secret = base32Decode(started.key);
    expect((await refusal(me.twoStep.confirm({ code: "12345" }))).message).toMatch(/^code: /);
    const wrong = String((Number(totpAt(secret, Date.now() / 1000)) + 500_000) % 1_000_000).padStart(6, "0");
    expect((await refusal(me.twoStep.confirm({ code: wrong }))).message).toMatch(/^code: is not the code/);
    expect(await authorize()({ email, password: "enrol pass" })).toMatchObject({ id, secondFactor: false });
    expect(await me.twoStep.confirm({ code: totpAt(secret, Date.now() / 1000) })).toEqual({ enrolled: true });
    expect(await me.twoStep.status()).toEqual({ enrolled: true });
    expect((await refusal(me.twoStep.begin())).code).toBe("CONFLICT");
    expect(await auditOf(north.id, "user.two_step_enrolled")).toMatchObject([{ entity_id: id, actor_user_id: id }]);
    expect(await authorize()({ email, password: "enrol pass" })).toBe("SignInCodeNeeded");
  });
});
