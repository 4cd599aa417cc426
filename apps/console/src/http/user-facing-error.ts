import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";
import { logFailure } from "../server/log";

export const GENERIC_FAILURE = "Something went wrong on our side. Please try again.";

export type UserFacingError = { status: number; message: string };

/**
 * What a route outside tRPC (downloads, uploads, letters) may tell its user about a failure, in one
 * rule: a procedure's own 4xx with its words (they name the field), or the route's own words for a
 * refusal; anything else is a 500 with no detail. A server caller's internal error is a TRPCError too,
 * carrying the original message, so it is told apart by its code. The failure is logged with the
 * request's id and the error's name and code, never its message (it could quote a child's details).
 */
export function userFacingError(
  error: unknown,
  what: string,
  options: { refusals?: Partial<Record<number, string>>; unknownIdIsNotFound?: boolean } = {},
): UserFacingError {
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
    // A malformed id, or a record not yet in the state asked for, is as unknown as another council's.
    const unknownId = options.unknownIdIsNotFound && (error.cause instanceof ZodError || error.code === "BAD_REQUEST");
    const status = unknownId ? 404 : getHTTPStatusCodeFromError(error);
    return { status, message: options.refusals?.[status] ?? error.message };
  }
  logFailure("route.failed", error instanceof TRPCError && error.cause ? error.cause : error, { what });
  return { status: 500, message: GENERIC_FAILURE };
}

/** The same, as a plain-text answer. */
export function textErrorResponse(error: unknown, what: string, options?: Parameters<typeof userFacingError>[2]): Response {
  const { status, message } = userFacingError(error, what, options);
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
