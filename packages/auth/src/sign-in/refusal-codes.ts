/**
 * What a refused sign-in says beyond "not right", as next-auth passes an error's message to the
 * sign-in form. Neither says whether the account exists: unknown emails are throttled alike.
 */
export const SIGN_IN_LOCKED = "SignInLocked";
export const SIGN_IN_WAIT = "SignInWait";
/** The check itself failed (the database unreachable): nothing about why goes to the browser. */
export const SIGN_IN_FAILED = "SignInFailed";
/** The password was right and the account has a second factor: the form asks for its code. */
export const SIGN_IN_CODE_NEEDED = "SignInCodeNeeded";
/** The second factor's code was not right (or was refused by its throttle). */
export const SIGN_IN_CODE_WRONG = "SignInCodeWrong";
/** Through the council's provider: none of the user's groups gives a role in the council. */
export const SIGN_IN_NO_ROLE = "SignInNoRole";
/** A right password, but every council of the user has switched local passwords off. */
export const SIGN_IN_USE_COUNCIL_ACCOUNT = "SignInUseCouncilAccount";
