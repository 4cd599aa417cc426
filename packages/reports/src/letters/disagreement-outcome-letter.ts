import { formatIsoDateEnGb, formatPence } from "@pb/calendar";
import { formatSource, type Policy } from "@pb/eligibility";
import { describeArrangement, describeService, type LetterOutcome, type LetterTerm } from "../decision-letter";
import { describeStatutoryRoutes } from "./challenge-routes";
import { FAMILY_SALUTATION, type FamilyLetter, type FamilyLetterSection } from "./family-letter";

// The outcome of the council's review of a decision (T7), in writing: what was decided, what changes,
// and the routes still open (mediation, the Tribunal and judicial review, complaints and the
// Ombudsman). A review is not reviewed again by the council, so no second review is offered.

export type ReviewOutcome = "upheld" | "changed" | "withdrawn";

export type OutcomeDecision = { outcome: LetterOutcome; amountPence: number | null; arrangement: string | null; recipient: string | null; decidedOn: string };

export type DisagreementOutcomeInput = {
  councilName: string;
  /** The policy the reviewed decision was made under. */
  policy: Policy;
  letterDate: string;
  child: { name: string; reference: string };
  line: { stream: string; service: string };
  requestedOn: string;
  meetingOn: string | null;
  outcome: ReviewOutcome;
  outcomeOn: string;
  notes: string;
  reviewed: OutcomeDecision;
  /** The decision that replaced the one reviewed, when the outcome changed it. */
  replacement: OutcomeDecision | null;
  signedBy: string;
};

const OUTCOME_TITLES: Record<ReviewOutcome, string> = {
  upheld: "We have kept our decision",
  changed: "We have changed our decision",
  withdrawn: "You withdrew your request for a review",
};

const DECISION_WORDS: Record<LetterOutcome, string> = { approved: "Agreed", approved_changed: "Agreed, with changes", refused: "Not agreed" };

function describeTerms(d: OutcomeDecision): LetterTerm[] {
  const terms: LetterTerm[] = [{ label: "Decision", value: `${DECISION_WORDS[d.outcome]}, on ${formatIsoDateEnGb(d.decidedOn)}` }];
  if (d.outcome !== "refused" && d.amountPence !== null) terms.push({ label: "Amount", value: `${formatPence(d.amountPence)} a year` });
  if (d.outcome !== "refused" && d.arrangement) terms.push({ label: "How it is managed", value: describeArrangement(d.arrangement, d.recipient) });
  return terms;
}

function buildDecidedSection(input: DisagreementOutcomeInput): FamilyLetterSection {
  const source = input.policy.statements.decisions_in_writing
    ? formatSource(input.policy.statements.decisions_in_writing.source, input.policy.name)
    : formatSource({ document: "002", rule: "T7" }, input.policy.name);
  const said = {
    upheld: `We have looked again at our decision of ${formatIsoDateEnGb(input.reviewed.decidedOn)} and decided to keep it.`,
    changed: `We have looked again at our decision of ${formatIsoDateEnGb(input.reviewed.decidedOn)} and decided to change it.`,
    withdrawn: `You told us that you no longer want us to review our decision of ${formatIsoDateEnGb(input.reviewed.decidedOn)}, so we have closed the review.`,
  }[input.outcome];
  const terms: LetterTerm[] = [
    { label: "You asked for a review on", value: formatIsoDateEnGb(input.requestedOn) },
    ...(input.meetingOn ? [{ label: "We met you on", value: formatIsoDateEnGb(input.meetingOn) }] : []),
    { label: "Outcome decided on", value: formatIsoDateEnGb(input.outcomeOn) },
  ];
  const notes = input.notes.trim();
  return { heading: "What we decided", terms, paragraphs: [{ text: said, source }, ...(notes ? [{ text: notes, source }] : [])] };
}

function buildChangesSection(input: DisagreementOutcomeInput): FamilyLetterSection {
  if (input.outcome === "changed" && input.replacement) {
    return {
      heading: "What changes",
      terms: describeTerms(input.replacement),
      paragraphs: [{ text: "The new decision replaces the one you asked us to review. A separate letter sets out the new decision in full." }],
    };
  }
  return {
    heading: "What changes",
    terms: describeTerms(input.reviewed),
    paragraphs: [{ text: `Nothing changes: our decision of ${formatIsoDateEnGb(input.reviewed.decidedOn)} stands.` }],
  };
}

/** The one source of a review outcome letter's words, for the page and the PDF alike. */
export function buildDisagreementOutcomeLetter(input: DisagreementOutcomeInput): FamilyLetter {
  const about = describeService(input.policy, input.line.stream, input.line.service);
  return {
    councilName: input.councilName,
    title: `The outcome of your request for a review: ${OUTCOME_TITLES[input.outcome].charAt(0).toLowerCase()}${OUTCOME_TITLES[input.outcome].slice(1)}`,
    dateIso: input.letterDate,
    dateText: formatIsoDateEnGb(input.letterDate),
    childName: input.child.name,
    childReference: input.child.reference,
    salutation: FAMILY_SALUTATION,
    opening: [`You asked us to review our decision about the personal budget for ${input.child.name}: ${about}. This letter tells you the outcome of that review, what changes, and what you can do next.`],
    sections: [
      buildDecidedSection(input),
      buildChangesSection(input),
      {
        heading: "What you can do next",
        terms: [],
        paragraphs: [{ text: "This letter is the outcome of our own review, so we will not review the decision again. If you still disagree, these routes are open to you." }],
      },
      ...describeStatutoryRoutes(input.policy).map(({ heading, paragraphs }) => ({ heading, terms: [], paragraphs })),
    ],
    signOff: ["Yours sincerely,", input.signedBy, input.councilName],
  };
}
