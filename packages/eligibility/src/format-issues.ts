import type { z } from "zod";

/** `request[3].child.plans[0].type` from a prefix and a zod path. */
export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text;
}

/** One line per problem, each naming the field: "request[3].child.dateOfBirth: not a real date (2024-02-30)". */
export function formatIssues(error: z.ZodError, prefix: string): string[] {
  const lines: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) lines.push(`${formatPath(prefix, [...issue.path, key])}: unknown field`);
    } else {
      lines.push(`${formatPath(prefix, issue.path)}: ${issue.message}`);
    }
  }
  return lines;
}
