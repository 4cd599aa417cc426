/** Errors that verbs throw; the API maps each to one tRPC code in one place. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} was not found`);
  }
}

/** Someone else changed the record first; nothing was written. */
export class ConflictError extends Error {}

/** Input that passed its schema but breaks a rule; names the field. */
export class ValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

export class ForbiddenError extends Error {}
