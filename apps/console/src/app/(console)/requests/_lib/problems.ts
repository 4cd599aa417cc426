export type Problem = { field: string | null; message: string };

type TrpcLikeError = { message: string; data?: { fieldErrors?: Record<string, string[]> | undefined } | null };

/** The problems a failed call reports: zod's per-field messages, or a service's "field: message". */
export function listProblems(error: TrpcLikeError | null | undefined): Problem[] {
  if (!error) return [];
  const fieldErrors = error.data?.fieldErrors;
  if (fieldErrors && Object.keys(fieldErrors).length) {
    return Object.entries(fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
  }
  const match = /^([A-Za-z][\w.]*): (.+)$/s.exec(error.message);
  return match ? [{ field: match[1] ?? null, message: match[2] ?? error.message }] : [{ field: null, message: error.message }];
}

export function findProblem(problems: readonly Problem[], field: string): string | undefined {
  return problems.find((p) => p.field === field)?.message;
}
