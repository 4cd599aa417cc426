import { describe, expect, it } from "vitest";
import { buildRecoveryLetter, type RecoveryLetterInput } from "./recovery-letter";

const input: RecoveryLetterInput = {
  councilName: "Demo County Council", childName: "Ada Lovelace", childReference: "DC-0001", kind: "underspend", financialYear: null, decidedOn: "2026-11-24",
  balancePence: 359_950, thresholdPence: 60_000, contingencyPence: 20_000, plannedPence: 50_000, recoverPence: 45_678, method: "offset",
  reasons: "Money built up while the personal assistant was off sick.", reviewWithin: "15 days", noReviewLimit: null,
};

describe("the recovery letter", () => {
  it("says what is recovered, why, what happens next and how to ask for a review, in en-GB", () => {
    const letter = buildRecoveryLetter(input);
    expect(letter.title).toBe("Our decision about the money that has built up in the direct payment account");
    expect(letter.dateText).toBe("24 November 2026");
    expect(letter.opening[0]).toBe("We have looked at the account for Ada Lovelace's personal budget. It held £3,599.50, more than the £600.00 that the council's policy allows to build up before it looks at recovering unspent money.");
    expect(letter.opening[1]).toMatch(/to keep £200\.00 .* and £500\.00 for spending you have planned, and to recover £456\.78\.$/);
    expect(letter.sections.map((s) => s.heading)).toEqual(["Why", "What happens next", "If you disagree"]);
    expect(letter.sections[1]?.paragraphs[0]?.text).toBe("We will take £456.78 off your next payments. You do not need to do anything.");
    expect(letter.sections[2]?.paragraphs[0]?.text).toMatch(/^You can ask us to review this decision by writing to your case officer within 15 days of receiving this letter\./);
  });

  it("names the financial year of a year-end decision, an invoice, and a policy that sets no time limit", () => {
    const letter = buildRecoveryLetter({ ...input, kind: "year_end", financialYear: "2025-26", method: "invoice", reviewWithin: null, noReviewLimit: "The policy sets no time limit for asking for a review." });
    expect(letter.title).toBe("Our decision about the money left in the account at the end of the 2025-26 financial year");
    expect(letter.opening[0]).toBe("We have looked at the account for Ada Lovelace's personal budget. It held £3,599.50.");
    expect(letter.sections[1]?.paragraphs[0]?.text).toBe("We will send you an invoice for £456.78.");
    expect(letter.sections[2]?.paragraphs[0]?.text).toMatch(/^The policy sets no time limit for asking for a review\. You can ask us to review this decision by writing to your case officer\./);
  });
});
