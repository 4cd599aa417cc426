import { z } from "zod";
import { JUDGEMENT_ANSWERS, JUDGEMENT_WORDS, REASON_CODE_WORDS } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";

// Issue 17: what a decision keeps beside its reasons: the rules of the policy it set aside, and the
// panel's answers to the policy's judgement questions. Read here once for the letter and the pages.

export type DecisionExceptionView = { code: string; words: string; rule: string; source: string; reasons: string };
export type JudgementAnswerView = { topic: string; question: string; answer: (typeof JUDGEMENT_ANSWERS)[number]; note: string | null };

const wordsOf = <T extends Record<string, unknown>>(words: T, key: string): T[keyof T] | undefined => (key in words ? words[key as keyof T] : undefined);

const StoredJudgement = z.object({ topic: z.string(), answer: z.enum(JUDGEMENT_ANSWERS), note: z.string().nullish() });

export function readJudgements(value: unknown): JudgementAnswerView[] {
  const parsed = z.array(StoredJudgement).safeParse(value);
  return parsed.success ? parsed.data.map((a) => ({ topic: a.topic, question: wordsOf(JUDGEMENT_WORDS, a.topic)?.question ?? a.topic, answer: a.answer, note: a.note ?? null })) : [];
}

/** The exceptions of these decisions, by decision id, in the order the check found the rules. */
export async function loadDecisionExceptions(ctx: ServiceContext, decisionIds: readonly string[]): Promise<Map<string, DecisionExceptionView[]>> {
  const out = new Map<string, DecisionExceptionView[]>();
  if (decisionIds.length === 0) return out;
  const rows = await ctx.db
    .selectFrom("decision_exception")
    .select(["decision_id", "reason_code", "rule", "source", "reasons"])
    .where("council_id", "=", ctx.councilId)
    .where("decision_id", "in", [...decisionIds])
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  for (const r of rows) out.set(r.decision_id, [...(out.get(r.decision_id) ?? []), { code: r.reason_code, words: wordsOf(REASON_CODE_WORDS, r.reason_code) ?? r.reason_code, rule: r.rule, source: r.source, reasons: r.reasons }]);
  return out;
}
