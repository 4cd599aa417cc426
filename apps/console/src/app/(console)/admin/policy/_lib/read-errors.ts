export type FieldErrors = Record<string, string[]>;
export type ReadError = { code: string | null; message: string; fieldErrors: FieldErrors };

type ClientError = { message?: string; data?: { code?: string; fieldErrors?: FieldErrors } | null };

/**
 * The API's refusal in a form's terms: zod's field errors as they are, and a rule a verb enforced
 * ("effectiveFrom: cannot be in the past") under the field it names.
 */
export function readError(error: unknown): ReadError {
  const { message = "Something went wrong. Please try again.", data } = (error ?? {}) as ClientError;
  const code = data?.code ?? null;
  if (data?.fieldErrors && Object.keys(data.fieldErrors).length > 0) return { code, message, fieldErrors: data.fieldErrors };
  const named = code === "BAD_REQUEST" ? /^([A-Za-z0-9_.]+): (.+)$/s.exec(message) : null;
  if (named?.[1] && named[2]) return { code, message: named[2], fieldErrors: { [named[1]]: [named[2]] } };
  return { code, message, fieldErrors: {} };
}

/** A DOM id for a field named by its path: "document.timeLimits.reviewRequest.n" → "f-document-timeLimits-reviewRequest-n". */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
