import { TRPCError } from "@trpc/server";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@pb/services";

// PostgreSQL's deadlock_detected and serialization_failure: another request changing the same rows won,
// and this one's transaction was rolled back whole, so it can simply be made again.
const LOST_RACE_CODES = new Set(["40P01", "40001"]);
export const LOST_RACE_MESSAGE = "Someone else was changing the same records at the same moment, so nothing was saved. Reload the page to see their change, then try again.";

/** The one place service errors become tRPC codes. Anything else is a 500 with a generic message. */
export function toTrpcError(error: unknown): TRPCError | null {
  if (error instanceof TRPCError) return error;
  if (typeof error === "object" && error !== null && LOST_RACE_CODES.has(String((error as { code?: unknown }).code))) return new TRPCError({ code: "CONFLICT", message: LOST_RACE_MESSAGE });
  if (error instanceof NotFoundError) return new TRPCError({ code: "NOT_FOUND", message: error.message });
  if (error instanceof ConflictError) return new TRPCError({ code: "CONFLICT", message: error.message });
  if (error instanceof ValidationError) return new TRPCError({ code: "BAD_REQUEST", message: error.message });
  if (error instanceof ForbiddenError) return new TRPCError({ code: "FORBIDDEN", message: error.message });
  return null;
}
