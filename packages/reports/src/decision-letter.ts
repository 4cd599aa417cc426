import { formatIsoDateEnGb, formatPence } from "@pb/calendar";
import { JUDGEMENT_WORDS, listJudgementQuestions, type Policy } from "@pb/eligibility";
import { describeChallengeRoutes } from "./letters/challenge-routes";
import { describeCountedPeriod } from "./letters/letter-words";

export { describeCountedPeriod };

// The decision letter (R13, T7) as data: the printable page and the PDF both render this, so the
// family reads the same words whichever they are sent. Pure: dates and deadlines come in computed.

export type LetterOutcome = "approved" | "approved_changed" | "refused";

export type LetterDecisionInput = {
  stream: string;
  service: string;
  outcome: LetterOutcome;
  amountPence: number | null;
  arrangement: string | null;
  /** Who a direct payment goes to, as the request named. */
  recipient: string | null;
  requested: { annualCostPence: number; arrangement: string };
  reasons: readonly { text: string; source: string }[];
  panel: string;
  decidedOn: string;
  /** Issue 17: rules of the council's policy the panel set aside to approve the line, with its reasons. */
  exceptions?: readonly { rule: string; source: string; reasons: string }[];
  /** Issue 17: the panel's answers to the policy's judgement questions; a "no" is a reason for a refusal. */
  judgements?: readonly { topic: string; answer: "yes" | "no"; note: string | null }[];
};

export type DecisionLetterInput = {
  councilName: string;
  /** The policy version the decision was judged by, and its number. */
  policy: Policy;
  policyVersionNumber: number;
  letterDate: string;
  child: { name: string; reference: string };
  receivedOn: string;
  familyToldOn: string | null;
  decisions: readonly LetterDecisionInput[];
  /** Set when this decision replaced an earlier one after the family asked for a review. */
  onReviewOf: { decidedOn: string } | null;
  /** computeDeadline(policy.timeLimits, "review_request", familyToldOn ?? letterDate); null when the policy sets none. */
  reviewBy: { due: string; source: string } | null;
};

export type LetterParagraph = { text: string; source?: string };
export type LetterTerm = { label: string; value: string };
export type LetterLine = {
  heading: string;
  outcome: LetterOutcome;
  outcomeText: string;
  summary: string;
  terms: LetterTerm[];
  reasonsHeading: string | null;
  reasons: { text: string; source: string }[];
};
export type LetterSection = { heading: string; paragraphs: LetterParagraph[] };

/** What every letter to a family opens with: the council, the date, the child, the greeting and the opening. */
export type LetterHeading = {
  councilName: string;
  title: string;
  dateIso: string;
  dateText: string;
  childName: string;
  childReference: string;
  salutation: string;
  opening: string[];
};

export type DecisionLetter = LetterHeading & {
  lines: LetterLine[];
  rights: LetterSection[];
  /** The deadline to ask for a review, and the sentence that puts it first in the letter. */
  reviewBy: { dueIso: string; dueText: string; counting: string; callout: string } | null;
  signOff: string[];
};

const STREAM_WORDS: Record<string, string> = {
  education: "education",
  health: "health",
  social_care: "social care",
  transport: "home-to-school travel",
};

const OUTCOME_WORDS: Record<LetterOutcome, string> = {
  approved: "Agreed",
  approved_changed: "Agreed, with changes",
  refused: "Not agreed",
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How a budget is managed, in words a family reads. */
export function describeArrangement(arrangement: string, recipient: string | null): string {
  switch (arrangement) {
    case "direct_payment":
      if (recipient === "young_person") return "A direct payment to the young person";
      if (recipient === "nominee") return "A direct payment to a person the family nominated";
      return recipient === "parent" ? "A direct payment to the parent or carer" : "A direct payment";
    case "organised":
      return "An organised budget: the council, school, college or NHS holds the money and arranges the support";
    case "third_party":
      return "A third-party arrangement: an organisation, such as a broker, holds the money and arranges the support";
    default:
      return arrangement.replaceAll("_", " ");
  }
}

/** "Specialist equipment for the child (education)": a line of a budget or a decision, as a family reads it. */
export function describeService(policy: Policy, stream: string, service: string): string {
  const streamPolicy = policy.streams[stream as keyof Policy["streams"]];
  const name = streamPolicy?.services[service]?.name ?? service.replaceAll("_", " ");
  return `${capitalise(name)} (${STREAM_WORDS[stream] ?? stream.replaceAll("_", " ")})`;
}

/** A rule set aside, in the letter's words: the rule as the check stated it, then the panel's reasons. */
function describeException(e: { rule: string; source: string; reasons: string }): { text: string; source: string } {
  const rule = e.rule.replace(/\.$/, "");
  const reasons = e.reasons.replace(/\.$/, "");
  // "because the family…": a sentence's capital goes, an acronym or a name keeps its own.
  const because = /^[A-Z][a-z]/.test(reasons) && !/^I\b/.test(reasons) ? reasons.charAt(0).toLowerCase() + reasons.slice(1) : reasons;
  return { text: `The panel set aside the rule "${rule}" because ${because}.`, source: e.source };
}

/** The judgement questions the panel answered no: each is a reason, citing the policy's statement. */
function describeJudgementsNotMet(policy: Policy, d: LetterDecisionInput): { text: string; source: string }[] {
  const questions = listJudgementQuestions(policy, { stream: d.stream, arrangement: d.requested.arrangement });
  return (d.judgements ?? []).flatMap((a) => {
    const question = questions.find((q) => q.topic === a.topic);
    if (a.answer !== "no" || !question) return [];
    const words = JUDGEMENT_WORDS[question.topic].notSatisfied;
    return [{ text: a.note ? `${words} ${a.note}` : words, source: question.source }];
  });
}

function buildLine(policy: Policy, d: LetterDecisionInput): LetterLine {
  const heading = describeService(policy, d.stream, d.service);
  const asked = `${formatPence(d.requested.annualCostPence)} a year, as ${lowerFirst(describeArrangement(d.requested.arrangement, d.recipient))}`;
  const decided: LetterTerm[] = [{ label: "Decided by", value: `${d.panel}, on ${formatIsoDateEnGb(d.decidedOn)}` }];
  if (d.outcome === "refused") {
    return {
      heading, outcome: d.outcome, outcomeText: OUTCOME_WORDS.refused,
      summary: "We have not agreed a personal budget for this support.",
      terms: [{ label: "You asked for", value: asked }, ...decided],
      reasonsHeading: "Our reasons", reasons: [...describeJudgementsNotMet(policy, d), ...d.reasons],
    };
  }
  const amount = `${formatPence(d.amountPence ?? 0)} a year`;
  const arrangement = describeArrangement(d.arrangement ?? d.requested.arrangement, d.recipient);
  const changed = d.outcome === "approved_changed";
  return {
    heading, outcome: d.outcome, outcomeText: OUTCOME_WORDS[d.outcome],
    summary: changed ? "We have agreed a personal budget for this support, but not exactly as you asked." : "We have agreed a personal budget for this support, as you asked.",
    terms: [{ label: "Amount", value: amount }, { label: "How it is managed", value: arrangement }, ...(changed ? [{ label: "You asked for", value: asked }] : []), ...decided],
    reasonsHeading: d.reasons.length + (d.exceptions?.length ?? 0) === 0 ? null : changed ? "Why we changed what you asked for" : "Notes",
    reasons: [...d.reasons, ...(d.exceptions ?? []).map(describeException)],
  };
}

function lowerFirst(text: string): string {
  return text.startsWith("A ") || text.startsWith("An ") ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** How to challenge (T7): the council's review unless this letter is itself the decision on one, then the statutory routes. */
function buildRights(input: DecisionLetterInput): LetterSection[] {
  const from = input.familyToldOn ? `${formatIsoDateEnGb(input.familyToldOn)}, the day you were told the decision` : "the date of this letter";
  const councilReview = input.onReviewOf ? null : { subject: "a decision in this letter", due: input.reviewBy ? { dueOn: input.reviewBy.due, source: input.reviewBy.source } : null, countedFrom: from };
  return describeChallengeRoutes(input.policy, councilReview).map(({ heading, paragraphs }) => ({ heading, paragraphs }));
}

/** The one source of a decision letter's words, for the page and the PDF alike. */
export function buildDecisionLetter(input: DecisionLetterInput): DecisionLetter {
  if (input.decisions.length === 0) throw new RangeError("a decision letter needs at least one decision");
  const { policy } = input;
  const panels = [...new Set(input.decisions.map((d) => d.panel))];
  const opening = [
    input.onReviewOf
      ? `You asked us to review our decision of ${formatIsoDateEnGb(input.onReviewOf.decidedOn)} about the personal budget for ${input.child.name}. This letter tells you the decision on that review.`
      : `We have decided the request for a personal budget for ${input.child.name}, which we received on ${formatIsoDateEnGb(input.receivedOn)}. This letter tells you what we decided for each part of the request, and why.`,
    `The request was judged by ${policy.name}'s personal budgets policy in force at the time (version ${input.policyVersionNumber}).`,
  ];
  const limit = policy.timeLimits.reviewRequest;
  return {
    councilName: input.councilName,
    title: input.onReviewOf ? "Decision on your request for a review" : "Decision on your request for a personal budget",
    dateIso: input.letterDate,
    dateText: formatIsoDateEnGb(input.letterDate),
    childName: input.child.name,
    childReference: input.child.reference,
    salutation: "Dear parent, carer or young person,",
    opening,
    lines: input.decisions.map((d) => buildLine(policy, d)),
    rights: buildRights(input),
    reviewBy:
      input.reviewBy && limit && !input.onReviewOf
        ? {
            dueIso: input.reviewBy.due,
            dueText: formatIsoDateEnGb(input.reviewBy.due),
            counting: describeCountedPeriod(limit),
            callout: `If you disagree, ask for a review by ${formatIsoDateEnGb(input.reviewBy.due)}.`,
          }
        : null,
    signOff: ["Yours sincerely,", panels.join(" and "), input.councilName],
  };
}
