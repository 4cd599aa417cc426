import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import * as auth from "@pb/auth";
import { createAuthOptions, hashPassword } from "@pb/auth";
import type { Database } from "@pb/db";
import { openTestDatabase, runtimeDbFor } from "./support/database";
import { callerFor, createTestCouncil, type TestCouncil } from "./support/councils";

// Issue 19: before, 100 wrong passwords were all answered at once and the right one worked straight
// after; a session outlived sign-out by its 8 hours. The clock is injected: no test sleeps.
let database: Database;
let north: TestCouncil;
let south: TestCouncil;
const RIGHT = "correct horse battery staple";
const T0 = new Date("2026-03-02T09:00:00Z");

type Outcome = "ok" | "refused" | "locked" | "wait";

function signInAt(clock: { now: Date }, trustedProxies = 1) {
  const options = createAuthOptions({ getDb: async () => runtimeDbFor(database.db), secret: "test", secureCookies: false, trustedProxies, now: () => clock.now });
  const provider = options.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<{ id: string } | null> } };
  return async (email: string, password: string, address = "198.51.100.7"): Promise<Outcome> => {
    try {
      const user = await provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": address }, method: "POST", body: {}, query: {} });
      return user ? "ok" : "refused";
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message === "SignInLocked") return "locked";
      if (message === "SignInWait") return "wait";
      throw error;
    }
  };
}

async function newUser(council: TestCouncil, role: "case_officer" | "manager" = "case_officer"): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  const email = `signin.${id}@test.invalid`;
  await database.db.insertInto("app_user").values({ id, email, display_name: `Sign-in ${id.slice(0, 6)}`, password_hash: rightHash }).execute();
  await database.db.insertInto("council_membership").values({ council_id: council.id, user_id: id, role }).execute();
  return { id, email };
}

// Every attempt from an address of its own unless a test means to share one: tests share a clock.
let addresses = 0;
const base = Math.floor(Math.random() * 200) + 20;
const address = () => `10.${base}.${Math.floor(++addresses / 250)}.${(addresses % 250) + 1}`;
const minutes = (clock: { now: Date }, n: number) => (clock.now = new Date(clock.now.getTime() + n * 60_000));
const seconds = (clock: { now: Date }, n: number) => (clock.now = new Date(clock.now.getTime() + n * 1000));

let rightHash: string;

beforeAll(async () => {
  rightHash = await hashPassword(RIGHT); // once: each hash takes as long as a sign-in
  database = await openTestDatabase();
  north = await createTestCouncil(database.db, "North");
  south = await createTestCouncil(database.db, "South");
});
afterAll(async () => database?.close());

describe("sign-in throttling per account", () => {
  it("locks an account after 5 wrong passwords: the right one is refused until the lock runs out", async () => {
    const clock = { now: T0 };
    const signIn = signInAt(clock);
    const user = await newUser(north);
    const from = address();
    const wrong: Outcome[] = [];
    for (let i = 0; i < 5; i++) {
      wrong.push(await signIn(user.email, `wrong ${i}`, from));
      minutes(clock, 1);
    }
    expect(wrong).toEqual(["refused", "refused", "refused", "refused", "refused"]);
    expect(await signIn(user.email, RIGHT, from)).toBe("locked");
    expect(await signIn(user.email, RIGHT, address())).toBe("locked");
    minutes(clock, 14);
    expect(await signIn(user.email, RIGHT, from)).toBe("ok");
  });

  it("makes a guesser wait, more each time, before a password is checked at all", async () => {
    const clock = { now: T0 };
    const signIn = signInAt(clock);
    const user = await newUser(north);
    const from = address();
    for (let i = 0; i < 3; i++) expect(await signIn(user.email, `wrong ${i}`, from)).toBe("refused");
    expect(await signIn(user.email, RIGHT, from)).toBe("wait");
    seconds(clock, 1);
    expect(await signIn(user.email, "wrong again", from)).toBe("refused");
    seconds(clock, 1);
    expect(await signIn(user.email, RIGHT, from)).toBe("wait");
    seconds(clock, 1);
    expect(await signIn(user.email, RIGHT, from)).toBe("ok");
  });

  it("refuses the right password straight after 100 wrong ones sent in parallel", async () => {
    const clock = { now: T0 };
    const signIn = signInAt(clock);
    const user = await newUser(north);
    const outcomes = await Promise.all(Array.from({ length: 100 }, (_, i) => signIn(user.email, `wrong ${i}`, address())));
    expect(outcomes.filter((o) => o === "refused").length).toBeLessThanOrEqual(3);
    expect(outcomes.filter((o) => o === "ok")).toEqual([]);
    expect(await signIn(user.email, RIGHT, address())).not.toBe("ok");
  });

  it("treats an unknown email exactly as a known one: the same answers, the same lock, the same table", async () => {
    const clock = { now: T0 };
    const signIn = signInAt(clock);
    const known = await newUser(north);
    const unknown = `nobody.${randomUUID()}@test.invalid`;
    const run = async (email: string) => {
      const out: Outcome[] = [];
      for (let i = 0; i < 6; i++) {
        out.push(await signIn(email, `wrong ${i}`, address()));
        seconds(clock, 40);
      }
      return out;
    };
    const start = clock.now;
    const knownOutcomes = await run(known.email);
    clock.now = start;
    expect(await run(unknown)).toEqual(knownOutcomes);
    expect(knownOutcomes.at(-1)).toBe("locked");
    const rows = await database.db.selectFrom("sign_in_throttle").select(["scope", "key"]).where("scope", "=", "account").where("key", "in", [auth.accountKey(known.email), auth.accountKey(unknown)]).execute();
    expect(rows).toHaveLength(2);
  });

  it("runs the password hash comparison for an unknown email too, so it takes as long as a wrong password", async () => {
    const clock = { now: T0 };
    const signIn = signInAt(clock);
    const known = await newUser(north);
    const time = async (email: string) => {
      const started = performance.now();
      await signIn(email, "wrong", address());
      return performance.now() - started;
    };
    const knownMs = await time(known.email);
    const unknownMs = await time(`nobody.${randomUUID()}@test.invalid`);
    // An argon2id comparison takes tens of milliseconds; a skipped one, well under one.
    expect(unknownMs).toBeGreaterThan(knownMs / 3);
  });
});

describe("sign-in throttling per client address", () => {
  it("locks an address after 20 failures across accounts; the same people sign in from elsewhere", async () => {
    const clock = { now: T0 };
    const signIn = signInAt(clock);
    const victim = await newUser(north);
    const from = address();
    for (let i = 0; i < 19; i++) {
      expect(await signIn(`guess.${i}.${randomUUID()}@test.invalid`, "wrong", from)).toBe("refused");
      seconds(clock, 31);
    }
    expect(await signIn(victim.email, "wrong", from)).toBe("refused");
    seconds(clock, 31);
    expect(await signIn(victim.email, RIGHT, from)).toBe("locked");
    // Audited in the council of the account whose attempt locked it, naming the address and no email.
    const audited = await database.db.selectFrom("audit_log").selectAll().where("action", "=", "sign_in.address_locked").where("entity_id", "=", from).execute();
    expect(audited.map((r) => r.council_id)).toEqual([north.id]);
    expect(JSON.stringify(audited)).not.toContain(victim.email);
    const other = await newUser(north);
    expect(await signIn(other.email, RIGHT, from)).toBe("locked");
    expect(await signIn(other.email, RIGHT, address())).toBe("ok");
    minutes(clock, 15);
    expect(await signIn(victim.email, RIGHT, from)).toBe("ok");
  });

  it("lets many people sign in at once from one address (an office, or every client when no proxy is trusted)", async () => {
    const clock = { now: T0 };
    const signIn = signInAt(clock);
    const users = await Promise.all(Array.from({ length: 8 }, () => newUser(north)));
    const from = address();
    expect(await Promise.all(users.map((u) => signIn(u.email, RIGHT, from)))).toEqual(users.map(() => "ok"));
  });

  it("does not believe X-Forwarded-For unless told the console is behind a proxy, and then lets no one lock everyone out", async () => {
    const clock = { now: T0 };
    const signIn = signInAt(clock, 0);
    const user = await newUser(north);
    // Thirty wrong passwords at made-up accounts from addresses nobody vouches for: far past an address's lock.
    for (let i = 0; i < 30; i++) await signIn(`nobody-${i}-${randomUUID()}@example.test`, "wrong", address());
    const rows = await database.db.selectFrom("sign_in_throttle").select("key").where("scope", "=", "address").where("key", "in", [auth.UNKNOWN_ADDRESS, "unknown"]).execute();
    expect(rows).toHaveLength(0);
    expect(await signIn(user.email, RIGHT, address())).toBe("ok");
  });

  it("keys an account by the email the lookup compares: every spelling that reaches it counts against it, and no other does", async () => {
    const clock = { now: T0 };
    const signIn = signInAt(clock);
    const user = await newUser(north);
    const from = address();
    for (const spelling of [` ${user.email.toUpperCase()} `, user.email.toUpperCase(), `${user.email} `, user.email, `\t${user.email}`]) {
      expect(await signIn(spelling, "wrong", from)).toBe("refused");
      minutes(clock, 1);
    }
    expect(await signIn(user.email, RIGHT, address())).toBe("locked");
    // PostgreSQL lowers "İ" to "i", JavaScript does not: such a spelling would be a fresh key, so it must not reach the account.
    const other = await newUser(north);
    const dotted = other.email.replace("i", "İ");
    expect(dotted).not.toBe(other.email);
    expect(await signIn(dotted, RIGHT, address())).toBe("refused");
    expect(await signIn(other.email, RIGHT, address())).toBe("ok");
  });
});

describe("lockouts are audited and shown to admins", () => {
  it("writes an audit row in each of the user's councils for an account lock, naming no email", async () => {
    const clock = { now: new Date(T0.getTime() + 86_400_000) };
    const signIn = signInAt(clock);
    const user = await newUser(north);
    await database.db.insertInto("council_membership").values({ council_id: south.id, user_id: user.id, role: "manager" }).execute();
    const elsewhere = await createTestCouncil(database.db, "Elsewhere");
    const from = address();
    for (let i = 0; i < 5; i++) {
      await signIn(user.email, "wrong", from);
      minutes(clock, 1);
    }
    const rows = await database.db.selectFrom("audit_log").selectAll().where("entity_id", "=", user.id).orderBy("council_id").execute();
    expect(rows.map((r) => [r.council_id, r.action, r.actor_user_id])).toEqual(
      [north.id, south.id].sort().map((id) => [id, "sign_in.account_locked", null]),
    );
    expect(rows.some((r) => r.council_id === elsewhere.id)).toBe(false);
    expect(JSON.stringify(rows)).not.toContain(user.email);
    expect(JSON.stringify(rows)).not.toContain("wrong");
  });

  it("lists a council's locked accounts and recent lockouts to its admins only", async () => {
    const clock = { now: new Date() };
    const signIn = signInAt(clock);
    const user = await newUser(south);
    for (let i = 0; i < 5; i++) {
      await signIn(user.email, "wrong", address());
      minutes(clock, 1);
    }
    const seen = await callerFor(database.db, south.users.admin).signInSecurity.lockouts();
    expect(seen.lockedAccounts.map((a) => a.userId)).toContain(user.id);
    expect(seen.recentLockouts.map((l) => l.entityId)).toContain(user.id);
    const other = await callerFor(database.db, north.users.admin).signInSecurity.lockouts();
    expect(other.lockedAccounts.map((a) => a.userId)).not.toContain(user.id);
    await expect(callerFor(database.db, south.users.manager).signInSecurity.lockouts()).rejects.toSatisfy((e) => e instanceof TRPCError && e.code === "FORBIDDEN");
  });
});

describe("sessions are revoked at once", () => {
  async function sessionFor(userId: string) {
    const options = createAuthOptions({ getDb: async () => runtimeDbFor(database.db), secret: "test", secureCookies: false });
    const user = await database.db.selectFrom("app_user").select("email").where("id", "=", userId).executeTakeFirstOrThrow();
    const provider = options.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<Record<string, unknown> | null> } };
    const signedIn = await provider.options.authorize({ email: user.email, password: RIGHT }, { headers: {}, method: "POST", body: {}, query: {} });
    expect(signedIn).not.toBeNull();
    const callbacks = options.callbacks as unknown as {
      jwt: (a: unknown) => Promise<Record<string, unknown>> | Record<string, unknown>;
      session: (a: unknown) => Promise<unknown> | unknown;
    };
    const token = await callbacks.jwt({ token: { sub: userId }, user: signedIn });
    const session = await callbacks.session({ session: { expires: "2099-01-01" }, token });
    return { options, token, session };
  }

  it("refuses a session after its user signs out", async () => {
    const user = await newUser(north);
    const { options, token, session } = await sessionFor(user.id);
    expect(await auth.sessionUserId(runtimeDbFor(database.db), session)).toBe(user.id);
    await (options.events as unknown as { signOut: (a: unknown) => Promise<void> }).signOut({ token, session });
    expect(await auth.sessionUserId(runtimeDbFor(database.db), session)).toBeNull();
  });

  it("refuses a session, and the right password, after the user is deactivated", async () => {
    const user = await newUser(north);
    const { session } = await sessionFor(user.id);
    expect(await auth.sessionUserId(runtimeDbFor(database.db), session)).toBe(user.id);
    await auth.deactivateUser(runtimeDbFor(database.db), user.id);
    expect(await auth.sessionUserId(runtimeDbFor(database.db), session)).toBeNull();
    const signIn = signInAt({ now: new Date() });
    expect(await signIn(user.email, RIGHT, address())).toBe("refused");
  });

  it("refuses a session signed in more than 8 hours ago, however often its cookie was renewed", async () => {
    const user = await newUser(north);
    const { session } = await sessionFor(user.id);
    const signedInAt = (session as { signedInAt: number }).signedInAt * 1000;
    expect(await auth.sessionUserId(runtimeDbFor(database.db), session, new Date(signedInAt + 8 * 3600_000 - 1000))).toBe(user.id);
    expect(await auth.sessionUserId(runtimeDbFor(database.db), session, new Date(signedInAt + 8 * 3600_000 + 1000))).toBeNull();
  });

  it("refuses a session made before the session version existed", async () => {
    const user = await newUser(north);
    expect(await auth.sessionUserId(database.db, { userId: user.id })).toBeNull();
  });
});
