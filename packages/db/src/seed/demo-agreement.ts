import { findRequiredAgreementTerms, type AgreementTerm, type Policy } from "@pb/eligibility";

const WORDS: Record<AgreementTerm, string> = {
  monitoring: "The case officer checks the spending each term and the finance officers check the returns each quarter.",
  review: "Reviewed within the policy's months of the first payment, then at each annual review of the plan.",
  recovery: "Money unspent beyond the policy's weeks, or not spent on the agreed support, is repaid after a decision with reasons.",
  returns: "A return with bank statements every quarter, reporting any money not used.",
  recipient_responsibilities: "The recipient spends the money only on the agreed support for the plan's outcomes and keeps every receipt.",
  payments: "Paid by the schedule on the budget: the amount and the dates of each instalment.",
  spending_records: "Receipts and bank statements are kept for every payment made from the account.",
  agreed_support: "The money buys only the support the panel agreed.",
};

/** What a demo agreement says about each term its policy requires (T1), as recordAgreement keeps it. */
export function writeDemoAgreementTerms(policy: Policy): { terms: string; monitoring_terms: string } {
  const terms = Object.fromEntries(findRequiredAgreementTerms(policy).map((t) => [t.term, WORDS[t.term]]));
  return { terms: JSON.stringify(terms), monitoring_terms: terms.monitoring ?? "" };
}
