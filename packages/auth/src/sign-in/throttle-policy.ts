/**
 * How sign-in slows and then stops a guesser. The same rules hold for an account (keyed by its
 * email, known or not, so a lock says nothing about whether the account exists) and for a client
 * address. Pure: the store passes the recorded failures and the time, and writes what comes back.
 */
export type ThrottleLimits = {
  /** Failures answered at once before the delay starts. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; it doubles with each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** This many failures within `windowMs` of the first lock the key for `lockForMs`. */
  lockAfter: number;
  windowMs: number;
  lockForMs: number;
  /**
   * An account counts an attempt as failed from the moment it is admitted, so guesses at one account
   * sent in parallel queue and wait; a right password then clears its record (its owner is back).
   * An address counts only settled failures, so an office's people signing in together are not slowed,
   * and a right password leaves it as it was (one valid account must not wash away guesses at others).
   */
  countInFlight: boolean;
};

const MINUTE = 60_000;

/** An account is locked after 5 failures in 15 minutes, for 15 minutes. */
export const ACCOUNT_LIMITS: ThrottleLimits = { freeFailures: 2, firstDelayMs: 1_000, maxDelayMs: 30_000, lockAfter: 5, windowMs: 15 * MINUTE, lockForMs: 15 * MINUTE, countInFlight: true };
/** An address tries many accounts (an office shares one address): locked after 20 failures in 15 minutes. */
export const ADDRESS_LIMITS: ThrottleLimits = { freeFailures: 5, firstDelayMs: 1_000, maxDelayMs: 30_000, lockAfter: 20, windowMs: 15 * MINUTE, lockForMs: 15 * MINUTE, countInFlight: false };

export type ThrottleState = { failures: number; firstFailureAt: Date; lastFailureAt: Date; lockedUntil: Date | null };

export type ThrottleVerdict = { kind: "allowed" } | { kind: "delayed"; retryAt: Date } | { kind: "locked"; until: Date };

/** What still counts at `now`: a lock that has run out, or failures older than the window, are forgotten. */
export function liveState(state: ThrottleState | null, now: Date, limits: ThrottleLimits): ThrottleState | null {
  if (!state) return null;
  if (state.lockedUntil) return state.lockedUntil > now ? state : null;
  return now.getTime() - state.firstFailureAt.getTime() > limits.windowMs ? null : state;
}

/** The wait before the next attempt after `failures` failures: none for the free ones, then doubling to the cap. */
export function delayAfter(failures: number, limits: ThrottleLimits): number {
  const beyond = failures - limits.freeFailures;
  if (beyond <= 0) return 0;
  return Math.min(limits.maxDelayMs, limits.firstDelayMs * 2 ** Math.min(beyond - 1, 30));
}

/** Whether an attempt may be checked now, must wait, or is refused until a lock runs out. */
export function judgeAttempt(state: ThrottleState | null, now: Date, limits: ThrottleLimits): ThrottleVerdict {
  const live = liveState(state, now, limits);
  if (!live) return { kind: "allowed" };
  if (live.lockedUntil) return { kind: "locked", until: live.lockedUntil };
  const retryAt = new Date(live.lastFailureAt.getTime() + delayAfter(live.failures, limits));
  return retryAt > now ? { kind: "delayed", retryAt } : { kind: "allowed" };
}

/**
 * An admitted attempt counts as a failure until it is known to be right, so that attempts made in
 * parallel see each other and wait, rather than all being checked at once.
 */
export function countAttempt(state: ThrottleState | null, now: Date, limits: ThrottleLimits): ThrottleState {
  const live = liveState(state, now, limits);
  return live
    ? { ...live, failures: live.failures + 1, lastFailureAt: now }
    : { failures: 1, firstFailureAt: now, lastFailureAt: now, lockedUntil: null };
}

/** After a wrong password: the lock, when the counted failures have reached the limit (`lockedNow` the first time). */
export function settleFailure(state: ThrottleState, now: Date, limits: ThrottleLimits): { state: ThrottleState; lockedNow: boolean } {
  if (state.lockedUntil || state.failures < limits.lockAfter) return { state, lockedNow: false };
  return { state: { ...state, lockedUntil: new Date(now.getTime() + limits.lockForMs) }, lockedNow: true };
}

/** Before the password is checked: the verdict, and the state to record when the attempt is admitted. */
export function admit(state: ThrottleState | null, now: Date, limits: ThrottleLimits): { verdict: ThrottleVerdict; state: ThrottleState | null } {
  const verdict = judgeAttempt(state, now, limits);
  if (verdict.kind !== "allowed" || !limits.countInFlight) return { verdict, state };
  return { verdict, state: countAttempt(state, now, limits) };
}

/** After the password was checked: the state to record (null: forget the key) and whether it locked now. */
export function settle(state: ThrottleState | null, now: Date, limits: ThrottleLimits, right: boolean): { state: ThrottleState | null; lockedNow: boolean } {
  const live = liveState(state, now, limits);
  if (right) return { state: limits.countInFlight ? null : live, lockedNow: false };
  const failed = limits.countInFlight && live ? live : countAttempt(live, now, limits);
  return settleFailure(failed, now, limits);
}

/** Two verdicts (account and address) as one: a lock outranks a wait, and the later time wins. */
export function combineVerdicts(a: ThrottleVerdict, b: ThrottleVerdict): ThrottleVerdict {
  const rank = { allowed: 0, delayed: 1, locked: 2 } as const;
  if (rank[a.kind] !== rank[b.kind]) return rank[a.kind] > rank[b.kind] ? a : b;
  if (a.kind === "locked" && b.kind === "locked") return a.until >= b.until ? a : b;
  if (a.kind === "delayed" && b.kind === "delayed") return a.retryAt >= b.retryAt ? a : b;
  return a;
}
