/** The header a request id travels in, both ways: a proxy in front may set it, and every answer echoes it. */
export const REQUEST_ID_HEADER = "x-request-id";

// Letters, digits and `._:-`, 8 to 128 of them: UUIDs, ULIDs and the trace ids of common proxies fit; an
// address, a name with spaces or a line break (which could forge a log line) does not.
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

export function isWellFormedRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && WELL_FORMED.test(value);
}

/** The incoming id when it is well formed, so one request can be followed across proxies; else a new UUID. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return isWellFormedRequestId(incoming) ? incoming : crypto.randomUUID();
}
