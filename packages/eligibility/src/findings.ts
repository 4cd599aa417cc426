import type { ReasonCode } from "./codes";
import type { Source } from "./source";

/** "fails" makes a request ineligible; "to_confirm" leaves it conditional until someone confirms it. */
export type FindingStatus = "fails" | "to_confirm";

export type Finding = { code: ReasonCode; status: FindingStatus; message: string; source: Source };

/** Keeps one finding per code, a failure winning over something still to confirm. */
export function addFinding(findings: Finding[], finding: Finding): void {
  const index = findings.findIndex((existing) => existing.code === finding.code);
  if (index === -1) findings.push(finding);
  else if (finding.status === "fails" && findings[index]?.status === "to_confirm") findings[index] = finding;
}
