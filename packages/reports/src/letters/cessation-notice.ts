import { formatIsoDateEnGb, formatPence } from "@pb/calendar";
import { formatSource, type CessationReason, type Policy } from "@pb/eligibility";
import { describeArrangement, describeService } from "../decision-letter";
import { CESSATION_REASON_LABELS } from "../dashboards/labels";
import { describeChallengeRoutes } from "./challenge-routes";
import { FAMILY_SALUTATION, type FamilyLetter, type FamilyLetterSection } from "./family-letter";

// The written notice of a decision to end a personal budget (T6): the reasons, the last payment, and
// how to challenge it. Pure: dates and the review deadline come in computed.

export type CessationNoticeInput = {
  councilName: string;
  /** The policy in force when the budget was ended. */
  policy: Policy;
  letterDate: string;
  child: { name: string; reference: string };
  reasonCode: CessationReason;
  reasonsText: string;
  decidedOn: string;
  annualReviewMeetingOn: string | null;
  lastPaymentOn: string;
  lines: readonly { stream: string; service: string; arrangement: string; recipient: string | null; annualAmountPence: number }[];
  /** The day to ask for a review by, counted from this letter; null when the policy sets no time limit. */
  reviewBy: { due: string; source: string } | null;
  /** Who signs: the panel or the council's team. */
  signedBy: string;
};

const T6 = (policy: Policy) => formatSource({ document: "002", rule: "T6" }, policy.name);

function buildDecisionSection(input: CessationNoticeInput): FamilyLetterSection {
  const { policy } = input;
  const own = policy.cessationReasons[input.reasonCode];
  const inWriting = policy.statements.cessation_in_writing;
  return {
    heading: "What we decided, and why",
    terms: [
      { label: "Decided on", value: formatIsoDateEnGb(input.decidedOn) },
      { label: "Reason", value: CESSATION_REASON_LABELS[input.reasonCode] },
      { label: "Last payment", value: formatIsoDateEnGb(input.lastPaymentOn) },
    ],
    paragraphs: [
      { text: input.reasonsText, source: inWriting ? formatSource(inWriting.source, policy.name) : T6(policy) },
      ...(own ? [{ text: own.description, source: formatSource(own.source, policy.name) }] : []),
    ],
  };
}

function buildEndingSection(input: CessationNoticeInput): FamilyLetterSection {
  const last = formatIsoDateEnGb(input.lastPaymentOn);
  const direct = input.lines.some((l) => l.arrangement === "direct_payment");
  return {
    heading: "What this means",
    terms: input.lines.map((l) => ({
      label: describeService(input.policy, l.stream, l.service),
      value: `${formatPence(l.annualAmountPence)} a year, as ${describeArrangement(l.arrangement, l.recipient).replace(/^A/, "a")}`,
    })),
    paragraphs: [
      { text: `The personal budget ends with the last payment on ${last}. Nothing is paid after that date.`, source: T6(input.policy) },
      ...(direct ? [{ text: "Keep the records of what you spent from the direct payment account. We will write to you separately about any money left in it once the last payment has been made." }] : []),
    ],
  };
}

/** The one source of a cessation notice's words, for the page and the PDF alike. */
export function buildCessationNotice(input: CessationNoticeInput): FamilyLetter {
  const meeting = input.annualReviewMeetingOn ? ` This follows the annual review meeting on ${formatIsoDateEnGb(input.annualReviewMeetingOn)}.` : "";
  return {
    councilName: input.councilName,
    title: "Notice that your personal budget will end",
    dateIso: input.letterDate,
    dateText: formatIsoDateEnGb(input.letterDate),
    childName: input.child.name,
    childReference: input.child.reference,
    salutation: FAMILY_SALUTATION,
    opening: [
      `We are writing to tell you that we have decided to end the personal budget for ${input.child.name}.${meeting} This letter gives our reasons, the date of the last payment, and what you can do if you disagree.`,
    ],
    sections: [
      buildDecisionSection(input),
      buildEndingSection(input),
      ...describeChallengeRoutes(input.policy, { subject: "the decision to end the personal budget", due: input.reviewBy ? { dueOn: input.reviewBy.due, source: input.reviewBy.source } : null, countedFrom: "the date of this letter" }).map(
        ({ heading, paragraphs }) => ({ heading, terms: [], paragraphs }),
      ),
    ],
    signOff: ["Yours sincerely,", input.signedBy, input.councilName],
  };
}
