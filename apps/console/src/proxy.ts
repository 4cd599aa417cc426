import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { logger, REQUEST_ID_HEADER, requestIdFrom } from "@pb/log";
import { CROSS_SITE_REFUSAL, isCrossSiteWrite, originOf } from "./http/cross-site";
import { clientAddress, UNKNOWN_ADDRESS } from "@pb/auth/client-address";
import { isLocalOfferPdfPath, isPublicLocalOfferPath } from "./http/public-pages";
import { createRateLimiter, PUBLIC_PAGE_LIMITS } from "./http/public-rate-limit";
import { answerKindOf, newNonce, securityHeaders } from "./http/security-headers";
import { isProbePath } from "./http/probes";
import { publicUrl, servedOverHttps, trustedProxies } from "./public-url";

// Sends signed-out visitors of console pages to sign in. It is a convenience only: every
// procedure checks the session and role itself, so nothing relies on this for access control.
const requireSession = withAuth({ pages: { signIn: "/sign-in" } });

const PUBLIC_ORIGIN = originOf(publicUrl);
const DEVELOPMENT = process.env.NODE_ENV === "development";
const PUBLIC_BY_ADDRESS = createRateLimiter(PUBLIC_PAGE_LIMITS.perAddress);
const PUBLIC_UNKNOWN_ADDRESS = createRateLimiter(PUBLIC_PAGE_LIMITS.unknownAddress);

/** Pages that need a session; the sign-in page, the public Local Offer pages, the API (which answers 401 itself), the probes and static files do not. */
function needsSession(pathname: string): boolean {
  return answerKindOf(pathname) === "page" && !/^\/sign-in(\/|$)/.test(pathname) && !isPublicLocalOfferPath(pathname);
}

/** A public page asked for too often by one client (or by all whose address is unknown): how long to wait, or null. */
function publicPageWait(request: NextRequest): number | null {
  if (!isPublicLocalOfferPath(request.nextUrl.pathname)) return null;
  const address = clientAddress({ "x-forwarded-for": request.headers.get("x-forwarded-for") ?? undefined }, trustedProxies);
  const admission = address === UNKNOWN_ADDRESS ? PUBLIC_UNKNOWN_ADDRESS.admit(address, Date.now()) : PUBLIC_BY_ADDRESS.admit(address, Date.now());
  return admission.allowed ? null : admission.retryAfterSeconds;
}

function withHeaders<R extends Response>(response: R, headers: Record<string, string>): R {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * Every answer passes here: cross-site writes are refused before any route reads them, pages get
 * a fresh CSP nonce (Next reads it from the request's Content-Security-Policy and puts it on the
 * scripts it writes), and every answer gets the security headers of src/http/security-headers.ts
 * and its request id (the caller's X-Request-Id when well formed), which every log line of the
 * request carries (src/server/log.ts reads it from the forwarded request).
 */
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  const kind = isLocalOfferPdfPath(pathname) ? "api" : answerKindOf(pathname);
  const nonce = kind === "page" ? newNonce() : undefined;
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const headers: Record<string, string> = { ...securityHeaders({ kind, https: servedOverHttps, nonce, development: DEVELOPMENT }), [REQUEST_ID_HEADER]: requestId };
  // The path without its query string: no URL of ours holds personal data, but a query is the caller's to write.
  // Static files and the probes' polling would drown the requests that matter.
  if (kind !== "static" && !isProbePath(pathname)) logger.info("request", { requestId, method: request.method, path: pathname });
  const facts = {
    method: request.method,
    secFetchSite: request.headers.get("sec-fetch-site"),
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
  };
  if (isCrossSiteWrite(facts, PUBLIC_ORIGIN))
    return withHeaders(NextResponse.json({ error: CROSS_SITE_REFUSAL }, { status: 403 }), headers);
  const wait = publicPageWait(request);
  if (wait !== null)
    return withHeaders(new NextResponse("Too many requests. Please try again shortly.", { status: 429, headers: { "retry-after": String(wait), "content-type": "text/plain; charset=utf-8" } }), headers);
  if (needsSession(pathname)) {
    const redirect = await requireSession(request as NextRequestWithAuth, event);
    if (redirect) return withHeaders(redirect, headers);
  }
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  if (nonce) {
    forwarded.set("x-nonce", nonce);
    forwarded.set("content-security-policy", headers["content-security-policy"] ?? "");
  }
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
}

// Every path, static files included, so that every answer carries the headers.
export const config = {
  matcher: ["/:path*"],
};
