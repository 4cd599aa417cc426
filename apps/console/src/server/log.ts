import "server-only";
import { headers } from "next/headers";
import { errorFacts, isWellFormedRequestId, logger, REQUEST_ID_HEADER, type LogFields } from "@pb/log";

/** The id the proxy gave this request (src/proxy.ts), or none outside a request. */
async function currentRequestId(): Promise<string | undefined> {
  try {
    const id = (await headers()).get(REQUEST_ID_HEADER);
    return isWellFormedRequestId(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A failure the answer hides behind "something went wrong": logged with the request's id, so the
 * operator finds the one line a user's report points to, and the error's name and code, never its
 * message (it may quote a child's details).
 */
export function logFailure(event: string, error: unknown, fields: LogFields = {}): void {
  void currentRequestId().then((requestId) => logger.error(event, { requestId, ...fields, ...errorFacts(error) }));
}
