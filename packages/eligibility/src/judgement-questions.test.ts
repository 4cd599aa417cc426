import { describe, expect, it } from "vitest";
import { findJudgementIssues, listJudgementQuestions } from "./judgement-questions";
import { resolvePreset } from "./resolve-policy";

const surrey = resolvePreset("surrey").policy;
const herts = resolvePreset("hertfordshire").policy;

describe("listJudgementQuestions", () => {
  it("asks R8's questions of a direct payment, citing the policy, and needs them to approve", () => {
    const questions = listJudgementQuestions(surrey, { stream: "social_care", arrangement: "direct_payment" });
    expect(questions.map((q) => q.topic)).toEqual(["recipient_suitability", "impact_and_value_for_money", "decision_principles"]);
    expect(questions[0]).toMatchObject({ requiredToApprove: true, source: "Surrey personal budgets policy (002), R8" });
    expect(questions[2]?.requiredToApprove).toBe(false);
  });

  it("asks only what bears on the line: no R8 for an organised budget; education's exceptionality in education", () => {
    expect(listJudgementQuestions(surrey, { stream: "social_care", arrangement: "organised" }).map((q) => q.topic)).toEqual(["decision_principles"]);
    expect(listJudgementQuestions(herts, { stream: "education", arrangement: "organised" }).map((q) => q.topic)).toEqual(["amount_sufficient", "education_exceptional"]);
  });

  it("asks R8's questions of a direct payment even when a council's policy states neither", () => {
    const bare = { ...surrey, statements: {} };
    const questions = listJudgementQuestions(bare, { stream: "education", arrangement: "direct_payment" });
    expect(questions.map((q) => [q.topic, q.statement, q.source])).toEqual([
      ["recipient_suitability", null, "SEND Code of Practice 0 to 25, R8"],
      ["impact_and_value_for_money", null, "SEND Code of Practice 0 to 25, R8"],
    ]);
  });
});

describe("findJudgementIssues", () => {
  const questions = listJudgementQuestions(surrey, { stream: "social_care", arrangement: "direct_payment" });
  const yes = [
    { topic: "recipient_suitability", answer: "yes" as const, note: null },
    { topic: "impact_and_value_for_money", answer: "yes" as const, note: "Cheaper than agency care." },
  ];

  it("lets an approval through with the required questions answered yes", () => {
    expect(findJudgementIssues(questions, yes, true)).toEqual([]);
  });

  it("refuses an approval with any question answered no, and keeps one left unanswered as unanswered", () => {
    expect(findJudgementIssues(questions, yes.slice(1), true)).toEqual([]);
    expect(findJudgementIssues(questions, [{ topic: "recipient_suitability", answer: "no", note: null }], true)[0]?.message).toMatch(/answered no to "Is the panel satisfied/);
    expect(findJudgementIssues(questions, [...yes, { topic: "decision_principles", answer: "no", note: null }], true)[0]?.message).toMatch(/answered no/);
  });

  it("lets a refusal rest on a no", () => {
    expect(findJudgementIssues(questions, [{ topic: "recipient_suitability", answer: "no", note: "Concerns." }], false)).toEqual([]);
  });

  it("refuses answers to questions not asked, or given twice", () => {
    expect(findJudgementIssues(questions, [{ topic: "education_exceptional", answer: "yes", note: null }], false)).toHaveLength(1);
    const twice = [yes[0], yes[0]].filter((a) => a !== undefined);
    expect(findJudgementIssues(questions, twice, false)).toHaveLength(1);
  });
});
