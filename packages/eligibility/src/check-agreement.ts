import { AGREEMENT_TERMS, AGREEMENT_TERM_MAX_LENGTH, AGREEMENT_TERM_WORDS, type AgreementTerm } from "./agreement-terms";
import type { Recipient } from "./codes";
import type { Policy } from "./policy";
import { resolvePreset } from "./resolve-policy";
import { formatSource } from "./source";
import { RECIPIENT_WORDS } from "./wording";

export type RequiredAgreementTerm = { term: AgreementTerm; label: string; says: string; source: string };

/**
 * The terms a direct payment agreement must cover under a policy (T1). A policy that says nothing about
 * it (or no policy at all) still gets the baseline's: a family's safeguards come from the law, not a setting.
 */
export function findRequiredAgreementTerms(policy: Policy | null): RequiredAgreementTerm[] {
  const own = policy?.directPayments.agreement;
  const from = own ? policy : resolvePreset("code-of-practice").policy;
  const mustCover = from.directPayments.agreement?.mustCover ?? {};
  return AGREEMENT_TERMS.flatMap((term) => {
    const rule = mustCover[term];
    return rule ? [{ term, ...AGREEMENT_TERM_WORDS[term], source: formatSource(rule.source, from.name) }] : [];
  });
}

export type AgreementFacts = {
  /** Term code → what the signed agreement says about it. */
  terms: Readonly<Record<string, string | undefined>>;
  recipient: Recipient;
  /** The recipients the request's direct payment lines named (empty when they named none). */
  requestedRecipients: readonly Recipient[];
  recipientChangeReason: string | null;
};

export type AgreementProblem = { field: string; message: string };

export type AgreementJudgement = {
  problems: AgreementProblem[];
  required: RequiredAgreementTerm[];
  /** The terms to keep: every known term given, trimmed, empty ones left out. */
  terms: Partial<Record<AgreementTerm, string>>;
  /** The recipient the request named, when the agreement pays someone else, and why. */
  recipientChange: { from: Recipient; reason: string } | null;
};

/**
 * T1 and R9 for a written direct payment agreement: every term the policy requires is covered in
 * words, the recipient is one the policy allows, and a recipient other than the one the request named
 * comes with the reason for the change. Each problem names the field to correct.
 */
export function judgeAgreement(policy: Policy | null, facts: AgreementFacts): AgreementJudgement {
  const problems: AgreementProblem[] = [];
  const required = findRequiredAgreementTerms(policy);
  const terms: Partial<Record<AgreementTerm, string>> = {};
  for (const term of AGREEMENT_TERMS) {
    const text = facts.terms[term]?.trim() ?? "";
    if (text.length > AGREEMENT_TERM_MAX_LENGTH)
      problems.push({ field: `terms.${term}`, message: `must be at most ${AGREEMENT_TERM_MAX_LENGTH} characters` });
    if (text) terms[term] = text;
  }
  for (const term of Object.keys(facts.terms)) {
    if (!(AGREEMENT_TERMS as readonly string[]).includes(term))
      problems.push({ field: `terms.${term}`, message: `is not a term an agreement covers (${AGREEMENT_TERMS.join(", ")})` });
  }
  for (const r of required) {
    if (!terms[r.term])
      problems.push({ field: `terms.${r.term}`, message: `is required: the agreement must say ${r.says} (${r.source})` });
  }

  const allowed = policy?.directPayments.recipients[facts.recipient].allowed ?? true;
  if (!allowed)
    problems.push({
      field: "recipient",
      message: `${policy?.name ?? "The policy"} does not pay a direct payment to ${RECIPIENT_WORDS[facts.recipient]}`,
    });
  const reason = facts.recipientChangeReason?.trim() ?? "";
  const named = facts.requestedRecipients;
  const from = named.length > 0 && !named.includes(facts.recipient) ? named[0] : undefined;
  if (from && !reason) {
    problems.push({
      field: "recipientChangeReason",
      message: `is required: the request named ${RECIPIENT_WORDS[from]} to receive the direct payment; say why the agreement pays ${RECIPIENT_WORDS[facts.recipient]} instead`,
    });
  }
  return { problems, required, terms, recipientChange: from && reason ? { from, reason } : null };
}
