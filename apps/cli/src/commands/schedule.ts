import { generateSchedule, ScheduleRequest } from "@pb/budgets";
import { EXIT_BAD_INPUT, EXIT_OK, parseFlags, printJson, readInput, usageError } from "../io";

const USAGE = "usage: pb schedule --request <file or ->";
const MAX_REPORTED_ISSUES = 20;

/** ["end"] → "end", [2, "end"] → "[2].end", [] → "request". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "request";
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join("");
}

export type InputIssue = { path: readonly PropertyKey[]; message: string };

/** Writes each issue as "pb: <field>: <why>" (the first few) and returns exit code 2. */
export function reportIssues(issues: readonly InputIssue[]): number {
  for (const issue of issues.slice(0, MAX_REPORTED_ISSUES)) usageError(`${formatIssuePath(issue.path)}: ${issue.message}`);
  if (issues.length > MAX_REPORTED_ISSUES) usageError(`… and ${issues.length - MAX_REPORTED_ISSUES} more`);
  return EXIT_BAD_INPUT;
}

/** Reads --request as JSON: one object, or an array of them. A string is an error message. */
export function readJsonRequest(path: string | undefined, usage: string): { value: unknown; isArray: boolean } | string {
  if (path === undefined || path === "true") return `--request: is required\n${usage}`;
  let text: string;
  try {
    text = readInput(path);
  } catch (error) {
    return `--request: cannot read ${path} (${error instanceof Error ? error.message : String(error)})`;
  }
  try {
    const value: unknown = JSON.parse(text);
    return { value, isArray: Array.isArray(value) };
  } catch (error) {
    return `--request: is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Every item of the input (one object is a list of one), with the path prefix its issues need. */
export function listItems(input: { value: unknown; isArray: boolean }): { item: unknown; prefix: PropertyKey[] }[] {
  if (!Array.isArray(input.value)) return [{ item: input.value, prefix: [] }];
  return input.value.map((item: unknown, index) => ({ item, prefix: [index] }));
}

export async function run(args: string[]): Promise<number> {
  const input = readJsonRequest(parseFlags(args, { values: ["request"] }).request, USAGE);
  if (typeof input === "string") return usageError(input);
  // Check every item first, so nothing is printed unless the whole input is good.
  const requests: ScheduleRequest[] = [];
  const issues: InputIssue[] = [];
  for (const { item, prefix } of listItems(input)) {
    const result = ScheduleRequest.safeParse(item);
    if (result.success) requests.push(result.data);
    else issues.push(...result.error.issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message })));
  }
  if (issues.length > 0) return reportIssues(issues);
  const schedules = requests.map((request) => generateSchedule(request));
  printJson(input.isArray ? schedules : schedules[0]);
  return EXIT_OK;
}
