/** A zod error function that says what a field must be, and what it got, in words a person can act on. */
export function describeExpected(description: string) {
  return (issue: { input?: unknown }): string =>
    issue.input === undefined ? "is required" : `must be ${description} (got ${showValue(issue.input)})`;
}

export function showValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
