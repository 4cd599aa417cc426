import {
  type CheckInput,
  type Policy,
  PolicyError,
  buildCheckInputSchema,
  checkRequest,
  formatIssues,
  loadPolicy,
} from "@pb/eligibility";
import { EXIT_BAD_INPUT, EXIT_OK, parseFlags, printJson, readInput, usageError } from "../io";

const USAGE = "usage: pb check --policy <preset id or policy JSON file> --request <file, or - for standard input>";
const MAX_REPORTED_ISSUES = 20;

/** Writes each problem as "pb: <field>: <why>" (the first few) and returns exit code 2. */
function reportProblems(lines: readonly string[]): number {
  for (const line of lines.slice(0, MAX_REPORTED_ISSUES)) usageError(line);
  if (lines.length > MAX_REPORTED_ISSUES) usageError(`… and ${lines.length - MAX_REPORTED_ISSUES} more`);
  return EXIT_BAD_INPUT;
}

/** The --request document: one request object or an array of them. A string is what went wrong. */
function readRequests(path: string): unknown | string {
  let text: string;
  try {
    text = readInput(path);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    return `--request: cannot read ${path} (${code === "ENOENT" ? "no such file" : code || String(error)})`;
  }
  try {
    return { document: JSON.parse(text) as unknown };
  } catch (error) {
    return `--request: is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
}

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, { values: ["policy", "request"] });
  const policyFlag = flags.policy;
  const requestFlag = flags.request;
  if (policyFlag === undefined) return usageError(`--policy: is required\n${USAGE}`);
  if (requestFlag === undefined) return usageError(`--request: is required\n${USAGE}`);

  // The policy is resolved and validated once; every request is then checked against the same object.
  let policy: Policy;
  try {
    policy = loadPolicy(policyFlag);
  } catch (error) {
    if (error instanceof PolicyError) return reportProblems(error.issues);
    throw error;
  }

  const read = readRequests(requestFlag);
  if (typeof read === "string") return usageError(read);
  const { document } = read as { document: unknown };
  const items = Array.isArray(document) ? document : [document];

  // Check every item first, so nothing is printed unless the whole input is good.
  const schema = buildCheckInputSchema(policy);
  const inputs: CheckInput[] = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const parsed = schema.safeParse(item, { reportInput: true });
    if (parsed.success) inputs.push(parsed.data);
    else problems.push(...formatIssues(parsed.error, Array.isArray(document) ? `request[${index}]` : "request"));
  });
  if (problems.length > 0) return reportProblems(problems);

  const results = inputs.map((input) => checkRequest(policy, input));
  printJson(Array.isArray(document) ? results : results[0]);
  return EXIT_OK;
}
