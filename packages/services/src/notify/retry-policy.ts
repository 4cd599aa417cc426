import { NotifyError } from "./notify-api";

/** The first retry after a minute, then twice as long each time, never more than six hours apart. */
export const FIRST_RETRY_MS = 60_000;
export const LONGEST_RETRY_MS = 6 * 60 * 60_000;
/** After this many attempts (about four days of retries) a message is given up, for staff to see and send another way. */
export const MAX_ATTEMPTS = 20;
/**
 * How long a claimed message is held from other senders while one sends it: longer than a send takes
 * (each call to Notify is cut off at 30 s). A sender that dies holding it leaves it to the next run
 * after this, which first asks Notify whether the send went through.
 */
export const CLAIM_LEASE_MS = 5 * 60_000;

/** The wait before attempt `attempts + 1`, after `attempts` (at least 1) failed. */
export function retryDelayMs(attempts: number): number {
  const doublings = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** doublings);
}

export type FailureVerdict = { retry: true; words: string } | { retry: false; words: string };

// Notify's error classes for a refusal that sending again will not change, in words for staff.
// Never Notify's own message: it can quote what was sent.
const AUTH_REFUSED = "Notify refused the API key (check NOTIFY_API_KEY)";
const REFUSALS: Record<string, string> = {
  BadRequestError: "Notify refused the message (check the council's template and the family's contact details)",
  ValidationError: "Notify refused the message as invalid (check the council's template and the family's contact details)",
  AuthError: AUTH_REFUSED,
};

/**
 * Whether a failed send is tried again: no answer, Notify's own errors (5xx) and its rate limit (429)
 * are; any other refusal (4xx) is not, and says why. An error of ours while preparing the message
 * (a letter that cannot be drawn) is tried again, so a fix can let it through.
 */
export function judgeFailure(error: unknown, attempts: number): FailureVerdict {
  const verdict = classify(error);
  if (verdict.retry && attempts >= MAX_ATTEMPTS) return { retry: false, words: `given up after ${attempts} attempts: ${verdict.words}` };
  return verdict;
}

function classify(error: unknown): FailureVerdict {
  if (error instanceof MessageNotReady) return { retry: true, words: error.message };
  if (error instanceof NotifyError) {
    if (error.kind === "network") return { retry: true, words: "Notify could not be reached" };
    const status = error.status ?? 0;
    if (status === 429) return { retry: true, words: "Notify asked us to slow down (rate limit)" };
    if (status >= 500) return { retry: true, words: `Notify was unavailable (${status})` };
    if (status === 401 || status === 403) return { retry: false, words: AUTH_REFUSED };
    return { retry: false, words: (error.notifyError && REFUSALS[error.notifyError]) || `Notify refused the message (${status})` };
  }
  // The client throws a bare string for a file over Notify's size limit.
  if (typeof error === "string" && /larger than/i.test(error)) return { retry: false, words: "the letter is larger than Notify accepts" };
  return { retry: true, words: "the message could not be prepared" };
}

/** A message that cannot go yet for a reason staff can put right (no template, no contact details): tried again later. */
export class MessageNotReady extends Error {}
