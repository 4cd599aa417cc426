import { describe, expect, it } from "vitest";
import { describeConditionUnconfirmed, describeDecisionDue, describeDisagreementDue, describeLetterNotSent, describeNoticeDue, describeReviewDue } from "./queue-words";

const ref = { id: "i", childId: "c", childReference: "DC100001", dueOn: "2026-11-01", href: "/x" };

describe("work queue items in words", () => {
  it("names the stream, service, policy check and day received of a decision due, in en-GB", () => {
    expect(describeDecisionDue({ ...ref, stream: "social_care", service: "short_break_activity", checkOutcome: "conditional", receivedOn: "2026-10-01" }).detail).toBe(
      "Social care · Short break activity · policy check: conditional (something to confirm) · received 1 October 2026",
    );
  });

  it("says what was decided and when, and what is still to do, for a letter not sent", () => {
    const row = describeLetterNotSent({ ...ref, outcome: "approved_changed", decidedOn: "2024-08-12", familyTold: true, letterSent: false });
    expect(row.detail).toBe("Approved with changes on 12 August 2024; family told; letter not sent");
    expect(row).toMatchObject(ref);
    expect(row).not.toHaveProperty("outcome");
  });

  it("words reviews, notices and reviews of decisions, keeping an unknown code readable", () => {
    expect(describeReviewDue({ ...ref, kind: "first_dp_review" }).detail).toBe("First direct payment review");
    expect(describeReviewDue({ ...ref, kind: "council_own_kind" }).detail).toBe("Council own kind");
    expect(describeNoticeDue({ ...ref, reasonCode: "not_used_for_agreed_provision" }).detail).toBe("Notice of cessation: not used for the agreed provision");
    expect(describeDisagreementDue({ ...ref, receivedOn: "2026-10-31" }).detail).toBe("Review of a decision, asked for on 31 October 2026");
  });

  it("names the condition of an approval still to confirm, and says when one found not met sends the line back to the panel", () => {
    expect(describeConditionUnconfirmed({ ...ref, code: "SCHOOL_AGREEMENT_REQUIRED", status: "pending", decidedOn: "2026-04-10" }).detail).toBe(
      "Approved on 10 April 2026 subject to the school or college's agreement: not yet confirmed",
    );
    expect(describeConditionUnconfirmed({ ...ref, code: "CAPACITY_NOT_CONFIRMED", status: "not_met", decidedOn: "2026-04-10" }).detail).toBe(
      "Approved on 10 April 2026 subject to the young person's capacity to manage a direct payment: found not met, so the panel must decide the line again",
    );
  });
});
