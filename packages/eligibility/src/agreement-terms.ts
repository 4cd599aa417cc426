import { z } from "zod";
import { describeExpected } from "./expected";
import { Source } from "./source";

/** T1: what a written direct payment agreement can be required to cover, in the order a form asks. Codes are stable; add, never rename. */
export const AGREEMENT_TERMS = [
  "monitoring",
  "review",
  "recovery",
  "returns",
  "recipient_responsibilities",
  "payments",
  "spending_records",
  "agreed_support",
] as const;
export const AgreementTerm = z.enum(AGREEMENT_TERMS, { error: describeExpected(`one of ${AGREEMENT_TERMS.join(", ")}`) });
export type AgreementTerm = z.infer<typeof AgreementTerm>;

/** The words for each term: a label for the form and the agreement, and what the term must say. */
export const AGREEMENT_TERM_WORDS: Record<AgreementTerm, { label: string; says: string }> = {
  payments: { label: "Payments: how much and how often", says: "how much is paid and how often" },
  spending_records: { label: "Records of spending", says: "how the recipient records what is spent" },
  monitoring: { label: "Monitoring", says: "how the council checks the money is spent on the agreed support" },
  review: { label: "Review", says: "when and how the direct payment is reviewed" },
  returns: { label: "Returns", says: "the returns the recipient sends, how often, and reporting money not used" },
  recovery: { label: "Recovery of unspent money", says: "when unspent or misused money is repaid to the council" },
  recipient_responsibilities: {
    label: "The recipient's responsibilities",
    says: "what the person receiving the money is responsible for",
  },
  agreed_support: { label: "What the money may buy", says: "that the money is spent only on the support agreed in advance" },
};

/** The most a term's text may hold. */
export const AGREEMENT_TERM_MAX_LENGTH = 2000;

/** T1: the terms a council's direct payment agreement must cover, each with the words that require it. */
export const AgreementPolicy = z.strictObject({
  mustCover: z
    .partialRecord(AgreementTerm, z.strictObject({ source: Source }))
    .refine((terms) => Object.keys(terms).length > 0, { error: "must name at least one term" }),
});
export type AgreementPolicy = z.infer<typeof AgreementPolicy>;
