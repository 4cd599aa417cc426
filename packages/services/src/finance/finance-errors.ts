import { FinanceFileError } from "@pb/budgets";
import { ConflictError, ValidationError } from "../shared/errors";

/** A file rule broken (FinanceFileError) becomes the 4xx that names where; anything else passes through. */
export async function withFileErrors<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FinanceFileError) throw new ValidationError(error.field, error.message.slice(error.field.length + 2));
    throw error;
  }
}

/** PostgreSQL's unique_violation and check_violation, from either driver. */
export function isConstraintError(error: unknown, code: "23505" | "23514"): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

export function rethrowUniqueAsConflict(error: unknown, message: string): never {
  if (isConstraintError(error, "23505")) throw new ConflictError(message);
  throw error;
}
