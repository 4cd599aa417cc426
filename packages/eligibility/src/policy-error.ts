/** A policy that cannot be loaded or resolved; each issue names the path at fault. */
export class PolicyError extends Error {
  readonly issues: string[];

  constructor(issues: string[]) {
    super(issues.join("\n"));
    this.name = "PolicyError";
    this.issues = issues;
  }
}
