import { showValue } from "./expected";

/**
 * A per-parse zod error map for large schemas (a policy file): plain words for the generic cases
 * that no field-level message covers. Returning undefined keeps zod's own message.
 */
export function describeIssue(issue: { code?: string; input?: unknown; expected?: unknown }): string | undefined {
  if (issue.code !== "invalid_type") return undefined;
  if (issue.input === undefined) return "is required";
  const got = showValue(issue.input);
  if (issue.expected === "object" || issue.expected === "record") return `must be an object (got ${got})`;
  if (issue.expected === "array") return `must be a list (got ${got})`;
  if (issue.expected === "string") return `must be text (got ${got})`;
  if (issue.expected === "boolean") return `must be true or false (got ${got})`;
  if (issue.expected === "number") return `must be a number (got ${got})`;
  return undefined;
}
