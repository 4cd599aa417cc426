import { formatIsoDateEnGb } from "@pb/calendar";
import { formatSource, type Policy, type Statement, type StatementTopic } from "@pb/eligibility";
import { describeCountedPeriod } from "./letter-words";

// How a family can challenge a decision (T7), in one place for every letter and page that says it:
// the council's own review, mediation, the SEND Tribunal and judicial review, complaints and the
// Ombudsman. A family's rights come from the law, so each route is offered whatever the policy says:
// the policy's own statement where it has one, else words from the law with the law's source.

export const CHALLENGE_ROUTES = ["council_review", "mediation", "tribunal", "complaints"] as const;
export type ChallengeRoute = (typeof CHALLENGE_ROUTES)[number];
export type ChallengeParagraph = { text: string; source: string };
export type ChallengeSection = { route: ChallengeRoute; heading: string; paragraphs: ChallengeParagraph[] };

export type CouncilReviewInput = {
  /** What the family may disagree with: "a decision in this letter", "the decision to end the personal budget". */
  subject: string;
  /** The day to ask by, from the policy's time limit; null when the policy sets none. */
  due: { dueOn: string; source: string } | null;
  /** What the time limit counts from, in words: "2 June 2025, the day you were told the decision". */
  countedFrom: string;
};

const lawSource = (policy: Policy, document: "000" | "002" | "code-of-practice", rule: string) => formatSource({ document, rule }, policy.name);

function fromStatement(policy: Policy, topic: StatementTopic, fallback: ChallengeParagraph): ChallengeParagraph {
  const statement: Statement | undefined = policy.statements[topic];
  return statement ? { text: statement.text, source: formatSource(statement.source, policy.name) } : fallback;
}

/** The sentence a page and a letter use when the policy sets no time limit for asking for a review. */
export function describeNoReviewRequestLimit(policy: Policy): string {
  return `${policy.name}'s personal budgets policy sets no time limit for asking for a review.`;
}

/** Asking the council to look again (T7): by the policy's deadline, or, with none, as soon as the family can. */
export function describeCouncilReview(policy: Policy, input: CouncilReviewInput): ChallengeSection {
  const paragraphs: ChallengeParagraph[] = [];
  const limit = policy.timeLimits.reviewRequest;
  if (input.due && limit) {
    paragraphs.push({
      text: `If you disagree with ${input.subject}, write to your case officer and ask for it to be reviewed by ${formatIsoDateEnGb(input.due.dueOn)}. That is ${describeCountedPeriod(limit)} from ${input.countedFrom}.`,
      source: input.due.source,
    });
  } else {
    paragraphs.push(describeHowToAskForReview(policy, input.subject));
  }
  paragraphs.push(...describeCouncilReviewSteps(policy));
  return { route: "council_review", heading: "If you disagree: asking for a review", paragraphs };
}

/**
 * How to ask for a review when no date can be given (T7): within the policy's time limit of being told,
 * or, where it sets none, as soon as the family can, recorded whenever it arrives.
 */
export function describeHowToAskForReview(policy: Policy, subject: string): ChallengeParagraph {
  const limit = policy.timeLimits.reviewRequest;
  if (limit)
    return {
      text: `If you disagree with ${subject}, write to your case officer within ${describeCountedPeriod(limit)} of being told the decision and ask for it to be reviewed.`,
      source: formatSource(limit.source, policy.name),
    };
  return {
    text: `${describeNoReviewRequestLimit(policy)} If you disagree with ${subject}, write to your case officer as soon as you can and ask for it to be reviewed: your request will be recorded whenever it arrives.`,
    source: `${policy.name}, decisions in writing (R13)`,
  };
}

/** What the council does once asked (T7): decides within its time limit or as soon as it can, then the policy's own words. */
export function describeCouncilReviewSteps(policy: Policy): ChallengeParagraph[] {
  const decisionLimit = policy.timeLimits.reviewDecision;
  const paragraphs: ChallengeParagraph[] = [
    decisionLimit
      ? { text: `We will review the decision within ${describeCountedPeriod(decisionLimit)} of receiving your request, and confirm the outcome in writing.`, source: formatSource(decisionLimit.source, policy.name) }
      : { text: "The policy sets no time limit for our review, so we will review the decision as soon as we can and confirm the outcome in writing.", source: `${policy.name}, decisions in writing (R13)` },
  ];
  const statement = policy.statements.disagreement_review;
  if (statement) paragraphs.push({ text: statement.text, source: formatSource(statement.source, policy.name) });
  return paragraphs;
}

/** The routes the law gives whatever the council decides on a review: mediation, the Tribunal and judicial review, complaints. */
export function describeStatutoryRoutes(policy: Policy): ChallengeSection[] {
  const mediation = fromStatement(policy, "mediation_information", {
    text: "We must give you information about mediation before you appeal to the Tribunal, and arrange mediation for you if you want it.",
    source: lawSource(policy, "002", "T7"),
  });
  const complaints = fromStatement(policy, "complaints", {
    text: "If you are unhappy with how we set up, ran or monitored the personal budget, you can complain under the council's complaints procedure. Your case officer will tell you how.",
    source: lawSource(policy, "code-of-practice", "T7"),
  });
  return [
    {
      route: "mediation",
      heading: "Mediation",
      paragraphs: [
        mediation,
        { text: "To ask for mediation, or for more information about it, contact your case officer.", source: mediation.source },
      ],
    },
    {
      route: "tribunal",
      heading: "The SEND Tribunal and judicial review",
      paragraphs: [
        fromStatement(policy, "tribunal_scope", {
          text: "The SEND Tribunal (the First-tier Tribunal, Special Educational Needs and Disability) cannot hear an appeal against a refusal of a personal budget: the only legal remedy for that is judicial review, in which a court reviews how the council made its decision. If you disagree with the special educational provision in the plan itself, you can appeal to the Tribunal about that provision.",
          source: lawSource(policy, "000", "T7"),
        }),
      ],
    },
    {
      route: "complaints",
      heading: "Complaints",
      paragraphs: [
        complaints,
        {
          text: "If you are still unhappy when the council's complaints procedure has finished, you can ask the Local Government and Social Care Ombudsman to look at your complaint. The Ombudsman is independent and free to use.",
          source: lawSource(policy, "code-of-practice", "T7"),
        },
      ],
    },
  ];
}

/** Every route open to the family, the council's own review first where one may still be asked for. */
export function describeChallengeRoutes(policy: Policy, councilReview: CouncilReviewInput | null): ChallengeSection[] {
  return [...(councilReview ? [describeCouncilReview(policy, councilReview)] : []), ...describeStatutoryRoutes(policy)];
}
