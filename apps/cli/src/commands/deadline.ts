import { IsoDate, OutsideBankHolidayDataError, Period } from "@pb/calendar";
import { loadPolicy, PolicyError, type PolicyTimeLimits } from "@pb/eligibility";
import { computeDateAfter, computeDeadline, DEADLINE_KINDS, TimeLimitNotSetError, type Deadline } from "@pb/reviews";
import { z } from "zod";
import { EXIT_BAD_INPUT, EXIT_OK, parseFlags, printJson, usageError } from "../io";
import { listItems, readJsonRequest, reportIssues, type InputIssue } from "./schedule";

const USAGE = "usage: pb deadline [--policy <preset id or policy JSON file>] --request <file or ->";

const KindRequest = z.object(
  {
    kind: z.enum(DEADLINE_KINDS, {
      error: (issue) =>
        issue.input === undefined ? "is required" : `must be one of ${DEADLINE_KINDS.map((k) => `"${k}"`).join(", ")}`,
    }),
    from: IsoDate,
  },
  { error: 'must be an object: { "kind", "from" } or { "from", "add": { "n", "unit" } }' },
);
const AddRequest = z.object({ from: IsoDate, add: Period });
type DeadlineRequest = z.infer<typeof KindRequest> | z.infer<typeof AddRequest>;

function parseRequest(item: unknown) {
  const isAdd = typeof item === "object" && item !== null && "add" in item;
  if (isAdd && "kind" in item) {
    return { success: false as const, issues: [{ path: ["add"], message: 'give either "kind" or "add", not both' }] };
  }
  const result = isAdd ? AddRequest.safeParse(item) : KindRequest.safeParse(item);
  return result.success
    ? { success: true as const, data: result.data as DeadlineRequest }
    : { success: false as const, issues: result.error.issues };
}

type PolicyLimits = { timeLimits: PolicyTimeLimits; policyName?: string };

function computeOne(request: DeadlineRequest, { timeLimits, policyName }: PolicyLimits): Deadline {
  if ("add" in request) return computeDateAfter(request.from, request.add);
  return computeDeadline(timeLimits, request.kind, request.from, { policyName });
}

/** Loads --policy; a PolicyError already names the path at fault in each of its lines. */
function loadPolicyLimits(idOrPath: string): PolicyLimits | number {
  try {
    const policy = loadPolicy(idOrPath);
    return { timeLimits: policy.timeLimits, policyName: policy.name };
  } catch (error) {
    if (!(error instanceof PolicyError)) return usageError(`--policy: ${error instanceof Error ? error.message : String(error)}`);
    for (const line of error.issues) usageError(line);
    return EXIT_BAD_INPUT;
  }
}

/** Turns a rule's refusal into an input issue on the field that caused it. */
function toIssue(error: unknown, prefix: PropertyKey[]): InputIssue {
  if (error instanceof TimeLimitNotSetError) return { path: [...prefix, "kind"], message: error.message };
  if (error instanceof OutsideBankHolidayDataError) return { path: [...prefix, "from"], message: error.message };
  if (error instanceof RangeError) return { path: prefix, message: error.message };
  throw error;
}

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, { values: ["policy", "request"] });
  const input = readJsonRequest(flags.request, USAGE);
  if (typeof input === "string") return usageError(input);

  const requests: { request: DeadlineRequest; prefix: PropertyKey[] }[] = [];
  const issues: InputIssue[] = [];
  for (const { item, prefix } of listItems(input)) {
    const result = parseRequest(item);
    if (result.success) requests.push({ request: result.data, prefix });
    else issues.push(...result.issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message })));
  }
  if (issues.length > 0) return reportIssues(issues);

  // The arithmetic form needs no policy; a --policy given is loaded (and must be good) all the same.
  const policyFlag = flags.policy;
  const needsPolicy = requests.find(({ request }) => "kind" in request);
  if (needsPolicy && policyFlag === undefined) {
    return reportIssues([{ path: [...needsPolicy.prefix, "kind"], message: "needs --policy <preset id or policy JSON file>" }]);
  }
  const limits = policyFlag === undefined ? { timeLimits: {} } : loadPolicyLimits(policyFlag);
  if (typeof limits === "number") return limits;

  const deadlines: Deadline[] = [];
  for (const { request, prefix } of requests) {
    try {
      deadlines.push(computeOne(request, limits));
    } catch (error) {
      issues.push(toIssue(error, prefix));
    }
  }
  if (issues.length > 0) return reportIssues(issues);
  printJson(input.isArray ? deadlines : deadlines[0]);
  return EXIT_OK;
}
