/**
 * What a refused sign-in says beyond "not right", as next-auth passes an error's message to the
 * sign-in form. Neither says whether the account exists: unknown emails are throttled alike.
 */
export const SIGN_IN_LOCKED = "SignInLocked";
export const SIGN_IN_WAIT = "SignInWait";
/** The check itself failed (the database unreachable): nothing about why goes to the browser. */
export const SIGN_IN_FAILED = "SignInFailed";
