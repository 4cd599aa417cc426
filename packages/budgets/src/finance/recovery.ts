export type RecoveryKind = "underspend" | "year_end";
export type RecoveryMethod = "offset" | "invoice" | "none";

export type RecoveryProposal = {
  kind: RecoveryKind;
  balancePence: number;
  /** The underspend threshold; for year end, 0 (everything left is looked at). */
  thresholdPence: number;
  /** Kept for the unexpected: the family is not left with nothing to draw on. */
  contingencyPence: number;
  /** Kept because it is committed to agreed support not yet paid for. */
  plannedPence: number;
  recoverPence: number;
  method: RecoveryMethod;
  reasons: string;
};

export type FieldProblem = { field: keyof RecoveryProposal; message: string };

/** A reason has to say something about this family: a few words at least, not a code. */
export const MIN_REASON_LENGTH = 20;

/**
 * Checks a recovery decision made for one family on its facts (a blanket rule that takes back
 * every unspent penny is unlawful): reasons are required, what is kept for contingency and planned
 * spending comes off first, and nothing beyond the rest can be recovered. Empty list = valid.
 */
export function checkRecoveryDecision(p: RecoveryProposal): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ["contingencyPence", "plannedPence", "recoverPence"] as const) {
    if (!Number.isSafeInteger(p[field]) || p[field] < 0) problems.push({ field, message: "must be a whole number of pence, 0 or more" });
  }
  if (p.reasons.trim().length < MIN_REASON_LENGTH) problems.push({ field: "reasons", message: `must explain the decision for this family, in at least ${MIN_REASON_LENGTH} characters` });
  if (problems.length) return problems;
  if (p.kind === "underspend" && p.balancePence <= p.thresholdPence) problems.push({ field: "balancePence", message: "is not above the underspend threshold, so there is nothing to decide" });
  if (p.kind === "year_end" && p.balancePence <= 0) problems.push({ field: "balancePence", message: "is nothing: no money is left at the year's end" });
  const maximum = maxRecoverablePence(p);
  if (p.recoverPence > maximum) problems.push({ field: "recoverPence", message: `can be at most ${maximum} pence: the balance less what is kept for contingency and planned spending` });
  if (p.recoverPence > 0 && p.method === "none") problems.push({ field: "method", message: "must say how the money is recovered: from future payments or by invoice" });
  if (p.recoverPence === 0 && p.method !== "none") problems.push({ field: "method", message: 'must be "none" when nothing is recovered' });
  return problems;
}

/** The most that could be recovered: the balance less what is kept. */
export function maxRecoverablePence(p: Pick<RecoveryProposal, "balancePence" | "contingencyPence" | "plannedPence">): number {
  return Math.max(0, p.balancePence - p.contingencyPence - p.plannedPence);
}

/** What is still to be recovered under a decision: decided, less what payments have taken and invoices brought in. */
export function outstandingRecoveryPence(decided: number, recovered: number): number {
  return Math.max(0, decided - recovered);
}
