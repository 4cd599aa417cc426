import { TRPCError } from "@trpc/server";

/** Errors that verbs throw; each maps to one tRPC code in one place (see toTrpcError). */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} was not found`);
  }
}
export class ConflictError extends Error {}
export class ValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
export class ForbiddenError extends Error {}

export function toTrpcError(error: unknown): TRPCError | null {
  if (error instanceof TRPCError) return error;
  if (error instanceof NotFoundError) return new TRPCError({ code: "NOT_FOUND", message: error.message });
  if (error instanceof ConflictError) return new TRPCError({ code: "CONFLICT", message: error.message });
  if (error instanceof ValidationError) return new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
  if (error instanceof ForbiddenError) return new TRPCError({ code: "FORBIDDEN", message: error.message });
  return null;
}
