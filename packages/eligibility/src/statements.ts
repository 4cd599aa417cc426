import { z } from "zod";
import { describeExpected } from "./expected";
import { Source } from "./source";

/**
 * Rules a person applies, which the policy must state and cite but the check cannot compute
 * (is the council satisfied about a recipient, how strong is the evidence, what a letter says).
 */
export const STATEMENT_TOPICS = {
  education_exceptional: "R7",
  recipient_suitability: "R8",
  impact_and_value_for_money: "R8",
  amount_sufficient: "R11",
  decision_principles: "R12",
  refusal_reasons: "R13",
  decisions_in_writing: "R13",
  combined_funding: "R14",
  spending_agreed_in_advance: "R15",
  spending_changes: "R15",
  written_agreement: "T1",
  earlier_review: "T3",
  unspent_recovery: "T4",
  cessation_in_writing: "T6",
  disagreement_review: "T7",
  tribunal_scope: "T7",
  mediation_information: "T7",
  complaints: "T7",
  minor_amendments: "T8",
} as const;
export type StatementTopic = keyof typeof STATEMENT_TOPICS;

export const Statement = z.strictObject({
  text: z.string({ error: describeExpected("text") }).min(1, { error: "must not be empty" }),
  source: Source,
});
export type Statement = z.infer<typeof Statement>;

export const Statements = z.strictObject(
  Object.fromEntries(Object.keys(STATEMENT_TOPICS).map((topic) => [topic, Statement.optional()])) as Record<
    StatementTopic,
    z.ZodOptional<typeof Statement>
  >,
);
export type Statements = z.infer<typeof Statements>;
