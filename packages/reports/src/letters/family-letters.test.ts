import { describe, expect, it } from "vitest";
import { resolvePreset } from "@pb/eligibility";
import { buildCessationNotice, type CessationNoticeInput } from "./cessation-notice";
import { buildDisagreementOutcomeLetter, type DisagreementOutcomeInput } from "./disagreement-outcome-letter";

const surrey = resolvePreset("surrey").policy;
const portsmouth = resolvePreset("portsmouth").policy;

const notice: CessationNoticeInput = {
  councilName: "Demo County Council",
  policy: surrey,
  letterDate: "2026-09-08",
  child: { name: "Ada Lovelace", reference: "DC100001" },
  reasonCode: "consent_withdrawn",
  reasonsText: "You told us in writing on 1 September that you no longer want direct payments.",
  decidedOn: "2026-09-05",
  annualReviewMeetingOn: "2026-09-01",
  lastPaymentOn: "2026-10-01",
  lines: [{ stream: "social_care", service: "personal_assistant", arrangement: "direct_payment", recipient: "parent", annualAmountPence: 520_000 }],
  reviewBy: { due: "2026-09-23", source: "Surrey personal budgets policy (002), T7" },
  signedBy: "Multi-agency resource panel",
};

describe("buildCessationNotice", () => {
  it("gives the decision, the reason in the officer's and the policy's words, and the last payment, in en-GB", () => {
    const letter = buildCessationNotice(notice);
    expect(letter.dateText).toBe("8 September 2026");
    expect(letter.opening[0]).toContain("annual review meeting on 1 September 2026");
    const [decided, ending] = letter.sections;
    expect(decided?.terms.map((t) => t.value)).toEqual(["5 September 2026", "Consent withdrawn", "1 October 2026"]);
    expect(decided?.paragraphs.map((p) => p.text)).toEqual([notice.reasonsText, surrey.cessationReasons.consent_withdrawn?.description]);
    expect(decided?.paragraphs[0]?.source).toBe("Surrey personal budgets policy (002), T6");
    expect(ending?.terms).toEqual([{ label: expect.stringMatching(/\(social care\)$/), value: "£5,200.00 a year, as a direct payment to the parent or carer" }]);
    expect(ending?.paragraphs[1]?.text).toMatch(/money left in it/);
    expect(letter.signOff).toEqual(["Yours sincerely,", "Multi-agency resource panel", "Demo County Council"]);
  });

  it("offers the review by its date and the statutory routes; with no time limit, says the policy sets none", () => {
    const withLimit = buildCessationNotice(notice);
    expect(withLimit.sections.map((s) => s.heading).slice(2)).toEqual(["If you disagree: asking for a review", "Mediation", "The SEND Tribunal and judicial review", "Complaints"]);
    expect(withLimit.sections[2]?.paragraphs[0]?.text).toContain("by 23 September 2026");
    const silent = buildCessationNotice({ ...notice, policy: portsmouth, reviewBy: null, annualReviewMeetingOn: null, lines: [] });
    expect(silent.sections[2]?.paragraphs[0]?.text).toMatch(/^Portsmouth City Council's personal budgets policy sets no time limit for asking for a review\./);
    expect(silent.opening[0]).not.toContain("annual review meeting");
    expect(JSON.stringify(silent)).not.toMatch(/undefined|NaN/);
  });
});

const outcome: DisagreementOutcomeInput = {
  councilName: "Demo County Council",
  policy: surrey,
  letterDate: "2026-05-06",
  child: { name: "Ada Lovelace", reference: "DC100001" },
  line: { stream: "education", service: "specialist_equipment" },
  requestedOn: "2026-04-20",
  meetingOn: null,
  outcome: "upheld",
  outcomeOn: "2026-05-05",
  notes: "",
  reviewed: { outcome: "refused", amountPence: null, arrangement: null, recipient: "parent", decidedOn: "2026-04-10" },
  replacement: null,
  signedBy: "Education Health Care Plan Governance Board",
};

describe("buildDisagreementOutcomeLetter", () => {
  it("says the decision stands when upheld or withdrawn, and offers the routes after a review but not another review", () => {
    const upheld = buildDisagreementOutcomeLetter(outcome);
    expect(upheld.title).toBe("The outcome of your request for a review: we have kept our decision");
    expect(upheld.sections.map((s) => s.heading)).toEqual(["What we decided", "What changes", "What you can do next", "Mediation", "The SEND Tribunal and judicial review", "Complaints"]);
    expect(upheld.sections[0]?.terms.map((t) => t.label)).toEqual(["You asked for a review on", "Outcome decided on"]);
    expect(upheld.sections[1]?.paragraphs[0]?.text).toBe("Nothing changes: our decision of 10 April 2026 stands.");
    const withdrawn = buildDisagreementOutcomeLetter({ ...outcome, outcome: "withdrawn" });
    expect(withdrawn.sections[0]?.paragraphs[0]?.text).toMatch(/^You told us that you no longer want us to review our decision of 10 April 2026/);
  });

  it("gives the new decision's terms when changed", () => {
    const changed = buildDisagreementOutcomeLetter({ ...outcome, outcome: "changed", notes: "The therapist's report shows the need.", replacement: { outcome: "approved", amountPence: 123_456, arrangement: "direct_payment", recipient: "parent", decidedOn: "2026-05-05" } });
    expect(changed.sections[0]?.paragraphs.map((p) => p.text)).toEqual(["We have looked again at our decision of 10 April 2026 and decided to change it.", "The therapist's report shows the need."]);
    expect(changed.sections[1]?.terms).toEqual([
      { label: "Decision", value: "Agreed, on 5 May 2026" },
      { label: "Amount", value: "£1,234.56 a year" },
      { label: "How it is managed", value: "A direct payment to the parent or carer" },
    ]);
  });
});
