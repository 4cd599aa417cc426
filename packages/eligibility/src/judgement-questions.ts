import type { Policy } from "./policy";
import { formatSource, type Source } from "./source";
import type { StatementTopic } from "./statements";

// Issue 17: the policy's judgement statements (rules a person applies, which the check cannot compute) put
// to the panel as questions where a line is decided. The words are here once; the page, the decision rule
// and the letter all read them.

/** The statements that bear on deciding one line. */
export const JUDGEMENT_TOPICS = ["recipient_suitability", "impact_and_value_for_money", "amount_sufficient", "education_exceptional", "decision_principles"] as const satisfies readonly StatementTopic[];
export type JudgementTopic = (typeof JUDGEMENT_TOPICS)[number];

export const JUDGEMENT_ANSWERS = ["yes", "no"] as const;
export type JudgementAnswerValue = (typeof JUDGEMENT_ANSWERS)[number];

export const MAX_JUDGEMENT_NOTE_LENGTH = 2000;

/** The question the panel answers, and what a "no" means in the letter, for each topic. */
export const JUDGEMENT_WORDS: Record<JudgementTopic, { question: string; notSatisfied: string }> = {
  recipient_suitability: {
    question: "Is the panel satisfied that the person receiving the direct payment will use it properly and act in the child's best interests?",
    notSatisfied: "The panel was not satisfied that the person who would receive the direct payment would use it properly and act in the child's best interests.",
  },
  impact_and_value_for_money: {
    question: "Has the panel considered the impact on other service users, and is the direct payment value for money?",
    notSatisfied: "The panel found that a direct payment would affect other service users or would not be value for money.",
  },
  amount_sufficient: {
    question: "Is the amount enough to buy the agreed support?",
    notSatisfied: "The panel found that the amount would not be enough to buy the agreed support.",
  },
  education_exceptional: {
    question: "Are the circumstances exceptional enough for an education personal budget, with the school's agreement?",
    notSatisfied: "The panel did not find the circumstances exceptional enough for a personal budget for education.",
  },
  decision_principles: {
    question: "Is there evidence of the need, a link to specific outcomes in the plan, a need not already met by provision in place, and no more cost-effective way to commission it?",
    notSatisfied: "The panel was not satisfied on the evidence of need, its link to the plan's outcomes, that the need is not already met, or that this is the most cost-effective way to meet it.",
  },
};

/** R8 is the regulations' duty before any direct payment: asked even when a council's policy does not state it. */
const ALWAYS_FOR_DIRECT_PAYMENT: Partial<Record<JudgementTopic, Source>> = {
  recipient_suitability: { document: "code-of-practice", rule: "R8" },
  impact_and_value_for_money: { document: "code-of-practice", rule: "R8" },
};

export type JudgementQuestion = {
  topic: JudgementTopic;
  question: string;
  /** The policy's own statement, when it states one. */
  statement: string | null;
  source: string;
  /** An approval needs this answered yes. */
  requiredToApprove: boolean;
};

export type JudgementLine = { stream: string; arrangement: string };

function appliesTo(topic: JudgementTopic, line: JudgementLine): boolean {
  if (topic === "recipient_suitability" || topic === "impact_and_value_for_money") return line.arrangement === "direct_payment";
  if (topic === "education_exceptional") return line.stream === "education";
  return true;
}

/** The questions the panel answers for this line under this policy, in the order they are asked. */
export function listJudgementQuestions(policy: Policy, line: JudgementLine): JudgementQuestion[] {
  const questions: JudgementQuestion[] = [];
  for (const topic of JUDGEMENT_TOPICS) {
    if (!appliesTo(topic, line)) continue;
    const stated = policy.statements[topic];
    const fallback = ALWAYS_FOR_DIRECT_PAYMENT[topic];
    const source = stated?.source ?? fallback;
    if (!source) continue;
    questions.push({
      topic,
      question: JUDGEMENT_WORDS[topic].question,
      statement: stated?.text ?? null,
      source: formatSource(source, policy.name),
      // R8: a direct payment is agreed only once the council is satisfied about both.
      requiredToApprove: fallback !== undefined,
    });
  }
  return questions;
}

export type JudgementAnswer = { topic: string; answer: JudgementAnswerValue; note?: string | null };
export type JudgementIssue = { field: "judgements"; message: string };

/**
 * Every way the panel's answers fail the decision: an answer to a question not asked, a topic answered
 * twice, a note too long; an approval with a question answered no. A question left unanswered is kept as
 * unanswered rather than refused: the form asks each one, and a caller that records an approval without them
 * (an import, another system) must not be stopped from recording what the panel decided.
 */
export function findJudgementIssues(questions: readonly JudgementQuestion[], answers: readonly JudgementAnswer[], approving: boolean): JudgementIssue[] {
  const issues: JudgementIssue[] = [];
  const issue = (message: string) => issues.push({ field: "judgements", message });
  const seen = new Set<string>();
  for (const a of answers) {
    if (!questions.some((q) => q.topic === a.topic)) issue(`"${a.topic}" is not a question the policy asks about this line`);
    if (seen.has(a.topic)) issue(`answer "${a.topic}" once`);
    seen.add(a.topic);
    if ((a.note ?? "").length > MAX_JUDGEMENT_NOTE_LENGTH) issue(`each note must be at most ${MAX_JUDGEMENT_NOTE_LENGTH} characters`);
  }
  if (!approving) return issues;
  for (const q of questions) {
    const answer = answers.find((a) => a.topic === q.topic)?.answer;
    if (answer === "no") issue(`the panel answered no to "${q.question}": it cannot approve the line (${q.source})`);
  }
  return issues;
}
