/**
 * Refuses a browser's cross-site write (CSRF): a form or fetch from another site that would ride on
 * the signed-in officer's cookie. The same rule as Go's net/http CrossOriginProtection:
 * - a safe method (GET, HEAD, OPTIONS) changes nothing and passes;
 * - a browser that sends Sec-Fetch-Site says where the request came from, and it cannot be forged
 *   by a page: "same-origin" (or "none", the user's own action) passes, anything else is refused;
 * - otherwise an Origin header must be the console's own: its public address, or the host the
 *   request was sent to (a page on another site cannot set Host);
 * - a request with neither header is not from a browser page (curl, the CLI, a test) and carries no
 *   ambient cookie a victim did not mean to send, so it passes to the route's own checks.
 */

export type WriteFacts = {
  method: string;
  secFetchSite: string | null;
  origin: string | null;
  host: string | null;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origin of the console's public address, or null when it is not a URL. */
export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** True when the request is a write that a browser sent from another origin: answer 403 and store nothing. */
export function isCrossSiteWrite(facts: WriteFacts, publicOrigin: string | null): boolean {
  if (SAFE_METHODS.has(facts.method.toUpperCase())) return false;
  const site = facts.secFetchSite?.trim().toLowerCase();
  if (site) return site !== "same-origin" && site !== "none";
  if (facts.origin === null) return false;
  const origin = originOf(facts.origin);
  // "null" (a sandboxed frame, a privacy redirect) and anything unparsable are never our own.
  if (origin === null || origin === "null") return true;
  if (publicOrigin !== null && origin === publicOrigin) return false;
  return facts.host === null || new URL(origin).host !== facts.host.trim().toLowerCase();
}

export const CROSS_SITE_REFUSAL =
  "This request came from another site and was refused: nothing was stored. Use the console's own pages.";
