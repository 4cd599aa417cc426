import { describe, expect, it } from "vitest";
import {
  ACCOUNT_LIMITS,
  ADDRESS_LIMITS,
  combineVerdicts,
  countAttempt,
  delayAfter,
  judgeAttempt,
  settle,
  admit,
  type ThrottleState,
} from "./throttle-policy";

const T0 = new Date("2026-01-05T09:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** `n` wrong passwords, one every `gap` seconds from T0, as the store would record them. */
function failures(n: number, gap: number, limits = ACCOUNT_LIMITS): { state: ThrottleState | null; locks: number } {
  let state: ThrottleState | null = null;
  let locks = 0;
  for (let i = 0; i < n; i++) {
    const settled = settle(admit(state, at(i * gap), limits).state, at(i * gap), limits, false);
    state = settled.state;
    if (settled.lockedNow) locks++;
  }
  return { state, locks };
}

describe("the sign-in throttle", () => {
  it("lets a first attempt through", () => {
    expect(judgeAttempt(null, T0, ACCOUNT_LIMITS)).toEqual({ kind: "allowed" });
  });

  it("answers the free failures at once, then makes each wait twice as long, to a cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((n) => delayAfter(n, ACCOUNT_LIMITS))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 16000, 30000]);
  });

  it("refuses an attempt made before the delay has passed, and allows it after", () => {
    const { state } = failures(3, 0);
    expect(judgeAttempt(state, at(0.5), ACCOUNT_LIMITS)).toEqual({ kind: "delayed", retryAt: at(1) });
    expect(judgeAttempt(state, at(1), ACCOUNT_LIMITS)).toEqual({ kind: "allowed" });
  });

  it("makes attempts in parallel wait for each other: each admitted one counts until it is settled", () => {
    let state: ThrottleState | null = null;
    let admitted = 0;
    for (let i = 0; i < 100; i++) {
      const attempt = admit(state, T0, ACCOUNT_LIMITS);
      if (attempt.verdict.kind !== "allowed") continue;
      state = attempt.state;
      admitted++;
    }
    expect(admitted).toBe(ACCOUNT_LIMITS.freeFailures + 1);
  });

  it("locks an account after 5 failures within 15 minutes, once, and for 15 minutes", () => {
    const { state, locks } = failures(5, 60);
    expect(locks).toBe(1);
    expect(state?.lockedUntil).toEqual(at(4 * 60 + 15 * 60));
    expect(judgeAttempt(state, at(4 * 60 + 1), ACCOUNT_LIMITS)).toEqual({ kind: "locked", until: at(19 * 60) });
    expect(judgeAttempt(state, at(19 * 60), ACCOUNT_LIMITS)).toEqual({ kind: "allowed" });
  });

  it("starts afresh once a lock has run out", () => {
    const { state } = failures(5, 60);
    expect(countAttempt(state, at(20 * 60), ACCOUNT_LIMITS)).toEqual({ failures: 1, firstFailureAt: at(20 * 60), lastFailureAt: at(20 * 60), lockedUntil: null });
  });

  it("forgets failures spread wider than the window", () => {
    const { state, locks } = failures(10, 4 * 60);
    expect(locks).toBe(0);
    expect(state?.failures).toBeLessThan(5);
  });

  it("gives an address more room than an account before it locks", () => {
    expect(failures(19, 31, ADDRESS_LIMITS).locks).toBe(0);
    expect(failures(20, 31, ADDRESS_LIMITS).locks).toBe(1);
  });

  it("lets an office's people sign in together: an address counts only failures, not attempts in flight", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 50; i++) {
      const admitted = admit(state, T0, ADDRESS_LIMITS);
      expect(admitted.verdict).toEqual({ kind: "allowed" });
      state = admitted.state;
    }
    expect(state).toBeNull();
  });

  it("clears an account's record on a right password, but leaves an address's failures standing", () => {
    const account = admit(failures(3, 0).state, at(60), ACCOUNT_LIMITS).state;
    expect(settle(account, at(60), ACCOUNT_LIMITS, true).state).toBeNull();
    const address = failures(3, 0, ADDRESS_LIMITS).state;
    expect(settle(address, at(60), ADDRESS_LIMITS, true).state?.failures).toBe(3);
  });

  it("counts an account's failure once: at admission, not again when settled", () => {
    const admitted = admit(null, T0, ACCOUNT_LIMITS).state;
    expect(settle(admitted, T0, ACCOUNT_LIMITS, false).state?.failures).toBe(1);
    expect(settle(null, T0, ADDRESS_LIMITS, false).state?.failures).toBe(1);
  });

  it("combines the account's and the address's verdicts: a lock outranks a wait, the later time wins", () => {
    const allowed = { kind: "allowed" } as const;
    const waitA = { kind: "delayed", retryAt: at(5) } as const;
    const waitB = { kind: "delayed", retryAt: at(9) } as const;
    const lock = { kind: "locked", until: at(60) } as const;
    expect(combineVerdicts(allowed, waitA)).toEqual(waitA);
    expect(combineVerdicts(waitB, waitA)).toEqual(waitB);
    expect(combineVerdicts(waitB, lock)).toEqual(lock);
    expect(combineVerdicts(allowed, allowed)).toEqual(allowed);
  });
});
