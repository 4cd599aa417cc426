import { isProbePath } from "./probes";

/**
 * The security headers of every answer the console gives, in one place. The proxy (src/proxy.ts)
 * applies them; its headers win over a route's own (Next adds a route's header only when the proxy
 * has not set it), so a route cannot weaken them by accident.
 */

/** What an answer is, by its path: the headers differ only where they must. */
export type AnswerKind = "page" | "api" | "static";

export function answerKindOf(pathname: string): AnswerKind {
  if (pathname.startsWith("/_next/static/") || pathname.startsWith("/_next/image") || pathname === "/favicon.ico")
    return "static";
  if (pathname === "/api" || pathname.startsWith("/api/") || isProbePath(pathname)) return "api";
  return "page";
}

/** Whether the console's public address (NEXTAUTH_URL) is https: only then are HSTS and upgrades sent. */
export function isHttpsAddress(publicUrl: string): boolean {
  return /^https:\/\//i.test(publicUrl.trim());
}

/** One year: what browsers' preload lists and ASVS 5.0 (3.4.1) ask for at least. */
export const HSTS_MAX_AGE_SECONDS = 31_536_000;

/**
 * A page's policy. Scripts run only from our own files loaded by a nonced script ('strict-dynamic'
 * passes the trust on to the chunks Next loads); no 'unsafe-eval', no 'unsafe-inline' for scripts.
 * Style elements need the nonce too. Style *attributes* cannot carry a nonce, and React renders
 * `style={…}` (ours and Recharts' chart containers and SVG) as attributes in the server's HTML, so
 * style-src-attr alone allows inline attributes: a style attribute cannot run script, and with
 * img-src, font-src and connect-src limited to this origin it cannot send anything elsewhere.
 * `next dev` alone (never a build) needs eval for React's error stacks and injects style elements
 * without the nonce, so development relaxes exactly those two, as Next's CSP guide says.
 */
export function pageContentSecurityPolicy(nonce: string, https: boolean, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // A nonce makes browsers ignore 'unsafe-inline', so development drops it here.
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** JSON, CSV, XLSX and PDF answers are never documents to run: nothing may load in them or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The headers for one answer. Pages and API answers carry personal data behind sign-in, so none
 * may be stored by the browser or a proxy; static files are content-hashed and keep Next's caching.
 */
export function securityHeaders(options: {
  kind: AnswerKind;
  https: boolean;
  nonce?: string;
  development?: boolean;
}): Record<string, string> {
  const headers: Record<string, string> = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    // same-origin rather than no-referrer: a same-origin POST then keeps its Origin header, which the
    // cross-site check reads where a browser sends no Sec-Fetch-Site; other sites get nothing.
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
  };
  if (options.https) headers["strict-transport-security"] = `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`;
  if (options.kind === "static") return headers;
  headers["cache-control"] = "no-store";
  if (options.kind === "api") headers["content-security-policy"] = API_CONTENT_SECURITY_POLICY;
  else {
    if (!options.nonce) throw new Error("a page's policy needs its nonce");
    headers["content-security-policy"] = pageContentSecurityPolicy(options.nonce, options.https, options.development);
  }
  return headers;
}

/** 128 random bits, base64: unguessable and fresh for every page. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
