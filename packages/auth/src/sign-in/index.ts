export { signInThrottled, totpSealBinding, type SignInAttempt, type SignInOutcome } from "./sign-in";
export { sessionUserId, sessionSignIn, revokeSessions, deactivateUser, activeSessionVersion, sessionClaimsOf, isSignInExpired, SESSION_MAX_AGE_SECONDS, type SessionClaims } from "./sessions";
export { clientAddress, UNKNOWN_ADDRESS } from "./client-address";
export { accountKey } from "./throttle-store";
export { listSignInLockouts, type LockedAccount, type RecentLockout } from "./lockouts-for-council";
export { ACCOUNT_LOCKED, ADDRESS_LOCKED } from "./lockout-audit";
export * from "./refusal-codes";
export { ACCOUNT_LIMITS, ADDRESS_LIMITS, judgeAttempt, type ThrottleLimits, type ThrottleState, type ThrottleVerdict } from "./throttle-policy";
