import { describe, expect, it } from "vitest";
import { AGREEMENT_TERMS } from "./agreement-terms";
import { findRequiredAgreementTerms, judgeAgreement, type AgreementFacts } from "./check-agreement";
import { PRESET_IDS, resolvePreset } from "./resolve-policy";

const policyOf = (id: string) => resolvePreset(id).policy;
const allTerms = Object.fromEntries(AGREEMENT_TERMS.map((t) => [t, `What the agreement says about ${t}.`]));
const good: AgreementFacts = {
  terms: allTerms,
  recipient: "parent",
  requestedRecipients: ["parent"],
  recipientChangeReason: null,
};
const requiredOf = (id: string) => findRequiredAgreementTerms(policyOf(id)).map((r) => r.term);

describe("what a direct payment agreement must cover (T1), per preset", () => {
  it("the baseline, from the family guide (003): payments, records, monitoring, review and the recipient's responsibilities", () => {
    expect(requiredOf("code-of-practice")).toEqual([
      "monitoring",
      "review",
      "recipient_responsibilities",
      "payments",
      "spending_records",
    ]);
    expect(findRequiredAgreementTerms(policyOf("code-of-practice")).find((r) => r.term === "review")?.source).toBe(
      "Family guide to personal budgets (003), T2",
    );
  });

  it("Surrey (002) adds returns and recovery, citing its own words for monitoring and review", () => {
    expect(requiredOf("surrey")).toEqual([
      "monitoring",
      "review",
      "recovery",
      "returns",
      "recipient_responsibilities",
      "payments",
      "spending_records",
    ]);
    const terms = findRequiredAgreementTerms(policyOf("surrey"));
    expect(terms.find((r) => r.term === "monitoring")?.source).toBe("Surrey personal budgets policy (002), T1");
    expect(terms.find((r) => r.term === "returns")?.source).toBe("Surrey personal budgets policy (002), T4");
    expect(terms.find((r) => r.term === "payments")?.source).toBe("Family guide to personal budgets (003), T1");
  });

  it("Hertfordshire (000) adds that the money buys only the support agreed in advance", () => {
    expect(requiredOf("hertfordshire")).toEqual([
      "monitoring",
      "review",
      "recipient_responsibilities",
      "payments",
      "spending_records",
      "agreed_support",
    ]);
  });

  it.each(["portsmouth", "plymouth"])("%s says nothing of the agreement, so the baseline's terms apply", (id) => {
    expect(requiredOf(id)).toEqual(requiredOf("code-of-practice"));
  });

  it("a policy without the setting (a version stored before it existed), or no policy, still gets the baseline's terms", () => {
    const surrey = policyOf("surrey");
    const { agreement: _, ...withoutAgreement } = surrey.directPayments;
    expect(findRequiredAgreementTerms({ ...surrey, directPayments: withoutAgreement }).map((r) => r.term)).toEqual(
      requiredOf("code-of-practice"),
    );
    expect(findRequiredAgreementTerms(null).map((r) => r.term)).toEqual(requiredOf("code-of-practice"));
  });
});

describe("judgeAgreement", () => {
  it.each(PRESET_IDS)(
    "under %s: an agreement covering every term, paid to the recipient the request named, is accepted",
    (id) => {
      const judged = judgeAgreement(policyOf(id), good);
      expect(judged.problems).toEqual([]);
      expect(judged.recipientChange).toBeNull();
    },
  );

  it.each(PRESET_IDS)("under %s: empty or blank monitoring terms are refused, naming the field", (id) => {
    for (const monitoring of ["", "   "]) {
      const judged = judgeAgreement(policyOf(id), { ...good, terms: { ...allTerms, monitoring } });
      expect(judged.problems.map((p) => p.field)).toEqual(["terms.monitoring"]);
      expect(judged.problems[0]?.message).toMatch(
        /^is required: the agreement must say how the council checks the money is spent on the agreed support \(/,
      );
    }
  });

  it("names every missing term, and only the ones the policy requires", () => {
    const judged = judgeAgreement(policyOf("surrey"), { ...good, terms: { payments: "£100 a month." } });
    expect(judged.problems.map((p) => p.field)).toEqual([
      "terms.monitoring",
      "terms.review",
      "terms.recovery",
      "terms.returns",
      "terms.recipient_responsibilities",
      "terms.spending_records",
    ]);
    // agreed_support is Hertfordshire's, not Surrey's.
    expect(judgeAgreement(policyOf("surrey"), { ...good, terms: { ...allTerms, agreed_support: "" } }).problems).toEqual([]);
    expect(
      judgeAgreement(policyOf("hertfordshire"), { ...good, terms: { ...allTerms, agreed_support: "" } }).problems.map(
        (p) => p.field,
      ),
    ).toEqual(["terms.agreed_support"]);
  });

  it("keeps the terms trimmed, drops empty ones, and refuses unknown or overlong ones", () => {
    const judged = judgeAgreement(policyOf("code-of-practice"), {
      ...good,
      terms: { ...allTerms, recovery: "  ", monitoring: "  Termly check.  ", bribery: "x", returns: "y".repeat(2001) },
    });
    expect(judged.terms.monitoring).toBe("Termly check.");
    expect("recovery" in judged.terms).toBe(false);
    expect(judged.problems.map((p) => p.field).sort()).toEqual(["terms.bribery", "terms.returns"]);
  });

  it("a recipient other than the one the request named needs the reason for the change, which is kept", () => {
    const changed = { ...good, recipient: "nominee" as const };
    const refused = judgeAgreement(policyOf("surrey"), changed);
    expect(refused.problems).toEqual([
      {
        field: "recipientChangeReason",
        message:
          "is required: the request named a parent or carer to receive the direct payment; say why the agreement pays a person nominated by the family instead",
      },
    ]);
    expect(judgeAgreement(policyOf("surrey"), { ...changed, recipientChangeReason: "   " }).problems.map((p) => p.field)).toEqual(
      ["recipientChangeReason"],
    );
    const accepted = judgeAgreement(policyOf("surrey"), {
      ...changed,
      recipientChangeReason: " The parent asked a family friend to manage it. ",
    });
    expect(accepted.problems).toEqual([]);
    expect(accepted.recipientChange).toEqual({ from: "parent", reason: "The parent asked a family friend to manage it." });
    // A request that named no recipient, or named this one among others, needs no reason.
    expect(judgeAgreement(policyOf("surrey"), { ...changed, requestedRecipients: [] }).recipientChange).toBeNull();
    expect(judgeAgreement(policyOf("surrey"), { ...changed, requestedRecipients: ["parent", "nominee"] }).problems).toEqual([]);
  });

  it("refuses a recipient the policy does not pay", () => {
    const surrey = policyOf("surrey");
    const strict = {
      ...surrey,
      directPayments: {
        ...surrey.directPayments,
        recipients: {
          ...surrey.directPayments.recipients,
          nominee: { ...surrey.directPayments.recipients.nominee, allowed: false },
        },
      },
    };
    const judged = judgeAgreement(strict, { ...good, recipient: "nominee", requestedRecipients: ["nominee"] });
    expect(judged.problems).toEqual([
      { field: "recipient", message: `${surrey.name} does not pay a direct payment to a person nominated by the family` },
    ]);
  });
});
