import type { ConfirmationResult } from "@pb/budgets";

/** What the panel (or, later, an officer) says about one condition of a line: confirmed, found not met, or left pending. */
export type ConditionInput =
  | { code: string; result: "pending" }
  | { code: string; result: ConfirmationResult; what: string; confirmedBy: string; confirmedOn: string; evidence: string };
