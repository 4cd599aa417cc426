import type { NextFetchEvent, NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";

// Sends signed-out visitors of console pages to sign in. It is a convenience only: every
// procedure checks the session and role itself, so nothing relies on this for access control.
const requireSession = withAuth({ pages: { signIn: "/sign-in" } });

export function proxy(request: NextRequest, event: NextFetchEvent) {
  return requireSession(request as NextRequestWithAuth, event);
}

export const config = {
  matcher: ["/((?!api|sign-in|_next/static|_next/image|favicon.ico).*)"],
};
