import { describe, expect, it } from "vitest";
import { resolvePreset, type Policy } from "@pb/eligibility";
import { buildDecisionLetter, describeArrangement, describeCountedPeriod, type DecisionLetterInput } from "./decision-letter";

const surrey = resolvePreset("surrey").policy;
const hertfordshire = resolvePreset("hertfordshire").policy;

const refused = {
  stream: "education",
  service: "specialist_equipment",
  outcome: "refused" as const,
  amountPence: null,
  arrangement: null,
  recipient: "parent",
  requested: { annualCostPence: 123_456, arrangement: "direct_payment" },
  reasons: [{ text: "A professional has not identified the need for this equipment.", source: "Surrey personal budgets policy (002), R6" }],
  panel: "Education Health Care Plan Governance Board",
  decidedOn: "2025-06-02",
};
const approved = {
  ...refused,
  stream: "social_care",
  service: "personal_assistant",
  outcome: "approved" as const,
  amountPence: 520_000,
  arrangement: "direct_payment",
  requested: { annualCostPence: 520_000, arrangement: "direct_payment" },
  reasons: [],
  panel: "Multi-agency resource panel",
};

function input(overrides: Partial<DecisionLetterInput> = {}): DecisionLetterInput {
  return {
    councilName: "Demo County Council",
    policy: surrey,
    policyVersionNumber: 1,
    letterDate: "2025-06-03",
    child: { name: "Ada Lovelace", reference: "DC100001" },
    receivedOn: "2025-05-12",
    familyToldOn: "2025-06-02",
    decisions: [refused, approved],
    onReviewOf: null,
    reviewBy: { due: "2025-06-17", source: "Surrey personal budgets policy (002), T7" },
    ...overrides,
  };
}

const allText = (letter: ReturnType<typeof buildDecisionLetter>) => JSON.stringify(letter);

describe("buildDecisionLetter", () => {
  it("names the council, the date and the child, and decides each line", () => {
    const letter = buildDecisionLetter(input());
    expect(letter.councilName).toBe("Demo County Council");
    expect(letter.dateText).toBe("3 June 2025");
    expect(letter.opening[0]).toContain("Ada Lovelace");
    expect(letter.opening[0]).toContain("12 May 2025");
    expect(letter.opening[1]).toContain("version 1");
    expect(letter.lines.map((l) => [l.heading, l.outcomeText])).toEqual([
      ["Specialist equipment for the child (education)", "Not agreed"],
      [expect.stringMatching(/\(social care\)$/), "Agreed"],
    ]);
  });

  it("gives a refusal its reasons, each with its source, and what was asked in pounds", () => {
    const [line] = buildDecisionLetter(input()).lines;
    expect(line?.reasonsHeading).toBe("Our reasons");
    expect(line?.reasons).toEqual(refused.reasons);
    expect(line?.terms).toContainEqual({ label: "You asked for", value: "£1,234.56 a year, as a direct payment to the parent or carer" });
    expect(line?.terms.some((t) => t.label === "Amount")).toBe(false);
  });

  it("shows an approval's amount and arrangement, and what changed", () => {
    const letter = buildDecisionLetter(input({ decisions: [{ ...approved, outcome: "approved_changed", amountPence: 400_000, arrangement: "organised", reasons: [{ text: "Commissioned at a lower cost.", source: "Surrey personal budgets policy (002), R12" }] }] }));
    const line = letter.lines[0];
    expect(line?.terms).toContainEqual({ label: "Amount", value: "£4,000.00 a year" });
    expect(line?.terms).toContainEqual({ label: "How it is managed", value: describeArrangement("organised", null) });
    expect(line?.terms).toContainEqual({ label: "You asked for", value: "£5,200.00 a year, as a direct payment to the parent or carer" });
    expect(line?.reasonsHeading).toBe("Why we changed what you asked for");
  });

  it("states the review deadline in calendar days, counted from the day the family was told", () => {
    const letter = buildDecisionLetter(input());
    expect(letter.reviewBy).toEqual({ dueIso: "2025-06-17", dueText: "17 June 2025", counting: "15 calendar days", callout: "If you disagree, ask for a review by 17 June 2025." });
    const review = letter.rights[0];
    expect(review?.heading).toMatch(/asking for a review/);
    expect(review?.paragraphs[0]?.text).toBe(
      "If you disagree with a decision in this letter, write to your case officer and ask for it to be reviewed by 17 June 2025. That is 15 calendar days from 2 June 2025, the day you were told the decision.",
    );
    expect(review?.paragraphs[1]?.text).toContain("within 28 calendar days of receiving your request");
  });

  it("states working days when the policy counts them, from the letter's date when the family has not been told", () => {
    const limits = surrey.timeLimits;
    const workingDays: Policy = { ...surrey, timeLimits: { ...limits, reviewRequest: { n: 20, unit: "working_days", source: { document: "council", rule: "T7" } } } };
    const letter = buildDecisionLetter(input({ policy: workingDays, familyToldOn: null, reviewBy: { due: "2025-07-01", source: "Surrey County Council local policy, T7" } }));
    expect(letter.rights[0]?.paragraphs[0]?.text).toContain("That is 20 working days (Monday to Friday, not counting bank holidays) from the date of this letter.");
    expect(letter.reviewBy?.counting).toBe("20 working days (Monday to Friday, not counting bank holidays)");
  });

  it("says the Tribunal cannot hear a personal budget refusal but judicial review can, and the Tribunal can hear the provision", () => {
    const tribunal = buildDecisionLetter(input()).rights.find((s) => s.heading.includes("Tribunal"));
    expect(tribunal?.paragraphs[0]?.text).toMatch(/cannot hear an appeal against a refusal of a personal budget/);
    expect(tribunal?.paragraphs[0]?.text).toMatch(/judicial review/);
    expect(tribunal?.paragraphs[0]?.text).toMatch(/appeal to the Tribunal about that provision/);
    expect(tribunal?.paragraphs[0]?.source).toBe("Hertfordshire personal budgets guidance (000), T7");
    const own = buildDecisionLetter(input({ policy: hertfordshire, reviewBy: null })).rights.find((s) => s.heading.includes("Tribunal"));
    expect(own?.paragraphs[0]?.text).toBe(hertfordshire.statements.tribunal_scope?.text);
  });

  it("gives mediation information from the policy, citing it", () => {
    const mediation = buildDecisionLetter(input()).rights.find((s) => s.heading === "Mediation");
    expect(mediation?.paragraphs[0]).toEqual({ text: surrey.statements.mediation_information?.text, source: "Surrey personal budgets policy (002), T7" });
    expect(mediation?.paragraphs[1]?.text).toMatch(/^To ask for mediation/);
  });

  it("still tells the family how to ask for a review when the policy sets no time limit", () => {
    const letter = buildDecisionLetter(input({ policy: hertfordshire, reviewBy: null }));
    expect(letter.reviewBy).toBeNull();
    expect(letter.rights[0]?.paragraphs[0]?.text).toMatch(/as soon as you can/);
  });

  it("on review, says so and offers no second review", () => {
    const letter = buildDecisionLetter(input({ onReviewOf: { decidedOn: "2025-06-02" }, decisions: [approved] }));
    expect(letter.title).toBe("Decision on your request for a review");
    expect(letter.opening[0]).toContain("review our decision of 2 June 2025");
    expect(letter.rights.some((s) => s.heading.includes("asking for a review"))).toBe(false);
    expect(letter.reviewBy).toBeNull();
  });

  it("signs off from the panels and the council, and refuses a letter with no decisions", () => {
    expect(buildDecisionLetter(input()).signOff).toEqual(["Yours sincerely,", "Education Health Care Plan Governance Board and Multi-agency resource panel", "Demo County Council"]);
    expect(() => buildDecisionLetter(input({ decisions: [] }))).toThrow(RangeError);
    expect(allText(buildDecisionLetter(input()))).not.toMatch(/NaN|undefined/);
  });
});

describe("words", () => {
  it("describes periods and arrangements", () => {
    expect(describeCountedPeriod({ n: 1, unit: "days" })).toBe("1 calendar day");
    expect(describeCountedPeriod({ n: 4, unit: "weeks" })).toBe("4 weeks");
    expect(describeArrangement("direct_payment", "young_person")).toBe("A direct payment to the young person");
    expect(describeArrangement("third_party", null)).toMatch(/^A third-party arrangement/);
  });
});

describe("the panel's exceptions and judgements in the letter (issue 17)", () => {
  it("says which rule of the policy the panel set aside and why, citing the rule", () => {
    const exception = { rule: "Specialist provision cannot be paid for through a personal budget for education.", source: "Surrey personal budgets policy (002), R6", reasons: "No maintained provision within reach meets the need." };
    const letter = buildDecisionLetter(input({ decisions: [{ ...approved, exceptions: [exception] }] }));
    expect(letter.lines[0]?.reasonsHeading).toBe("Notes");
    expect(letter.lines[0]?.reasons).toEqual([
      { text: 'The panel set aside the rule "Specialist provision cannot be paid for through a personal budget for education" because no maintained provision within reach meets the need.', source: exception.source },
    ]);
  });

  it("gives a judgement answered no as a reason for a refusal, citing the policy's statement, before the panel's own reasons", () => {
    const letter = buildDecisionLetter(input({ decisions: [{ ...refused, judgements: [{ topic: "recipient_suitability", answer: "no", note: null }, { topic: "impact_and_value_for_money", answer: "yes", note: null }] }] }));
    expect(letter.lines[0]?.reasons.map((r) => r.source)).toEqual(["Surrey personal budgets policy (002), R8", "Surrey personal budgets policy (002), R6"]);
    expect(letter.lines[0]?.reasons[0]?.text).toMatch(/^The panel was not satisfied that the person who would receive the direct payment/);
  });
});
