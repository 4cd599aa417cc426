// Runs once when the server starts: migrate the database before the first request (or say why not).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { openAtStart } = await import("./server/database");
    await openAtStart();
    // With NOTIFY_API_KEY set, the outbox is sent from here too (README, "GOV.UK Notify").
    const { startNotifySender } = await import("./server/notify-sender");
    startNotifySender();
  }
}

type FailedRequest = { method: string; headers: Record<string, string | string[] | undefined> };
type FailedRoute = { routerKind: string; routePath: string; routeType: string };

/**
 * A page, route or action that threw (the answer is Next's error page): one JSON line with the
 * request's id and the route's pattern (`/cases/[childId]`, never the path with its ids), and the
 * error's name and code, not its message.
 */
export async function onRequestError(error: unknown, request: FailedRequest, context: FailedRoute) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { errorFacts, isWellFormedRequestId, logger, REQUEST_ID_HEADER } = await import("@pb/log");
  const requestId = request.headers[REQUEST_ID_HEADER];
  logger.error("request.failed", {
    requestId: isWellFormedRequestId(typeof requestId === "string" ? requestId : undefined) ? (requestId as string) : undefined,
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
    ...errorFacts(error),
  });
}
