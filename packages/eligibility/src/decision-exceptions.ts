import type { CheckInput } from "./check-input";
import type { ReasonCode } from "./codes";
import { assessRequest } from "./check-request";
import { findAge } from "./child-age";
import { findStatutoryExclusion, findStatutoryLineExclusion, type FailingFinding, type StatutoryExclusion, type StatutoryLine } from "./exclusion-source";
import type { Policy } from "./policy";
import { formatSource } from "./source";

// Issue 17: approving a line the check found failing. A statutory failure cannot be approved by anyone; each
// failure under the council's own policy must be set aside by name, with reasons, as a recorded exception.

export const MAX_EXCEPTION_REASONS_LENGTH = 2000;

/** A failing reason of the line's check, with its words and citation, and the facts it was about. */
export type FailingReason = FailingFinding & { message: string; source: string };

/** What the panel sets aside: the failing reason's code, and why. */
export type ExceptionInput = { code: string; reasons: string };

/** An exception as recorded: the rule set aside in the check's own words and citation, with the reasons. */
export type RecordedException = { code: string; rule: string; source: string; reasons: string };

export type ExceptionIssue = { field: "outcome" | "exceptions"; message: string };

/**
 * Judges the exceptions of a decision: an approval of a statutory failure is refused (`outcome`); an
 * approval of policy failures needs one exception for each, with reasons, and no others (`exceptions`).
 * A refusal records none.
 */
export function judgeExceptions(
  line: StatutoryLine,
  failing: readonly FailingReason[],
  exceptions: readonly ExceptionInput[],
  approving: boolean,
): { issues: ExceptionIssue[]; recorded: RecordedException[] } {
  const issues: ExceptionIssue[] = [];
  if (!approving) {
    if (exceptions.length > 0) issues.push({ field: "exceptions", message: "are only for an approval: a refusal sets no rule aside" });
    return { issues, recorded: [] };
  }
  const lineLaw = findStatutoryLineExclusion(line);
  if (lineLaw) return { issues: [{ field: "outcome", message: statutoryMessage(lineLaw) }], recorded: [] };
  for (const reason of failing) {
    const law = findStatutoryExclusion(reason);
    if (law) issues.push({ field: "outcome", message: statutoryMessage(law) });
  }
  if (issues.length > 0) return { issues, recorded: [] };
  const seen = new Set<string>();
  for (const e of exceptions) {
    if (!failing.some((r) => r.code === e.code)) issues.push({ field: "exceptions", message: `"${e.code}" is not a rule the check found this line failing, so there is nothing to set aside` });
    if (seen.has(e.code)) issues.push({ field: "exceptions", message: `set "${e.code}" aside once` });
    seen.add(e.code);
    if (e.reasons.trim() === "") issues.push({ field: "exceptions", message: `give the panel's reasons for setting "${e.code}" aside` });
    if (e.reasons.length > MAX_EXCEPTION_REASONS_LENGTH) issues.push({ field: "exceptions", message: `reasons must be at most ${MAX_EXCEPTION_REASONS_LENGTH} characters` });
  }
  for (const reason of failing) {
    if (!exceptions.some((e) => e.code === reason.code)) {
      issues.push({ field: "exceptions", message: `the check found this line failing ${reason.code} (${reason.source}): an approval must set that rule aside as an exception, with reasons` });
    }
  }
  if (issues.length > 0) return { issues, recorded: [] };
  const recorded = failing.map((r) => ({ code: r.code, rule: r.message, source: r.source, reasons: exceptions.find((e) => e.code === r.code)?.reasons.trim() ?? "" }));
  return { issues, recorded };
}

function statutoryMessage(law: StatutoryExclusion): string {
  return `cannot be an approval: ${law.words}, and the law excludes it (${law.law}); no one can set that aside`;
}

/** The reasons the check fails `input` under `policy` (not those still to confirm), ready to judge exceptions by. */
/**
 * What the check leaves "to confirm" on these terms (the school's agreement, a professional's identification,
 * capacity, the cost comparison): the conditions an approval carries, whether or not a rule was also set aside.
 */
export function listPendingReasons(policy: Policy, input: CheckInput): { code: ReasonCode; message: string }[] {
  return assessRequest(policy, input)
    .findings.filter((f) => f.status === "to_confirm")
    .map((f) => ({ code: f.code, message: f.message }));
}

export function listFailingReasons(policy: Policy, input: CheckInput): FailingReason[] {
  const age = findAge(input.child.dateOfBirth, input.asOf);
  const { stream, service, arrangement, onSchoolPremises } = input.request;
  return assessRequest(policy, input)
    .findings.filter((f) => f.status === "fails")
    .map((f) => ({ code: f.code, message: f.message, source: formatSource(f.source, policy.name), stream, service, arrangement, onSchoolPremises, age }));
}
