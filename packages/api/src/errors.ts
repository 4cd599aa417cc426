import { TRPCError } from "@trpc/server";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@pb/services";

/** The one place service errors become tRPC codes. Anything else is a 500 with a generic message. */
export function toTrpcError(error: unknown): TRPCError | null {
  if (error instanceof TRPCError) return error;
  if (error instanceof NotFoundError) return new TRPCError({ code: "NOT_FOUND", message: error.message });
  if (error instanceof ConflictError) return new TRPCError({ code: "CONFLICT", message: error.message });
  if (error instanceof ValidationError) return new TRPCError({ code: "BAD_REQUEST", message: error.message });
  if (error instanceof ForbiddenError) return new TRPCError({ code: "FORBIDDEN", message: error.message });
  return null;
}
