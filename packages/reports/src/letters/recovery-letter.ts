import { formatIsoDateEnGb, formatPence } from "@pb/calendar";
import { FAMILY_SALUTATION, type FamilyLetter } from "./family-letter";

// The letter telling a family that unspent direct payment money will be recovered, and why, as the
// finance page words it: the same words go by email (attached) or by post through GOV.UK Notify.

export type RecoveryLetterInput = {
  councilName: string;
  childName: string;
  childReference: string;
  kind: "underspend" | "year_end";
  financialYear: string | null;
  decidedOn: string;
  balancePence: number;
  thresholdPence: number;
  contingencyPence: number;
  plannedPence: number;
  recoverPence: number;
  method: "offset" | "invoice" | "none";
  reasons: string;
  /** "15 days" from the policy, or null when it sets no time limit for asking for a review. */
  reviewWithin: string | null;
  /** The sentence that says the policy sets no time limit for asking, when it sets none. */
  noReviewLimit: string | null;
};

export function buildRecoveryLetter(input: RecoveryLetterInput): FamilyLetter {
  const what = input.kind === "year_end" ? `the money left in the account at the end of the ${input.financialYear ?? ""} financial year` : "the money that has built up in the direct payment account";
  const next =
    input.method === "offset"
      ? `We will take ${formatPence(input.recoverPence)} off your next payments. You do not need to do anything.`
      : input.method === "invoice"
        ? `We will send you an invoice for ${formatPence(input.recoverPence)}.`
        : "We will not recover any money.";
  const over = input.kind === "underspend" ? `, more than the ${formatPence(input.thresholdPence)} that the council's policy allows to build up before it looks at recovering unspent money` : "";
  return {
    councilName: input.councilName,
    title: `Our decision about ${what}`,
    dateIso: input.decidedOn,
    dateText: formatIsoDateEnGb(input.decidedOn),
    childName: input.childName,
    childReference: input.childReference,
    salutation: FAMILY_SALUTATION,
    opening: [
      `We have looked at the account for ${input.childName}'s personal budget. It held ${formatPence(input.balancePence)}${over}.`,
      `We have decided, for your family and on its circumstances, to keep ${formatPence(input.contingencyPence)} in the account for anything unexpected and ${formatPence(input.plannedPence)} for spending you have planned, and to recover ${formatPence(input.recoverPence)}.`,
    ],
    sections: [
      { heading: "Why", terms: [], paragraphs: [{ text: input.reasons }] },
      { heading: "What happens next", terms: [], paragraphs: [{ text: next }] },
      {
        heading: "If you disagree",
        terms: [],
        paragraphs: [
          {
            text: `${input.noReviewLimit ? `${input.noReviewLimit} ` : ""}You can ask us to review this decision by writing to your case officer${input.reviewWithin ? ` within ${input.reviewWithin} of receiving this letter` : ""}. Tell us why you think the decision is wrong and send anything that shows what the money is for. We will look at it again and write to you with the outcome. You can also ask for information about mediation and disagreement resolution services.`,
          },
        ],
      },
    ],
    signOff: ["Yours sincerely,", `${input.councilName}, direct payments finance team`],
  };
}
