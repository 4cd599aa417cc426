import { describe, expect, it } from "vitest";
import { PRESET_IDS, STATEMENT_TOPICS, STREAMS, resolvePreset, type Policy, type StatementTopic } from "@pb/eligibility";
import { buildLocalOffer } from "./build-local-offer";
import { findPolicyCodes } from "./find-policy-codes";
import { LOCAL_OFFER_SECTIONS, type LocalOffer } from "./local-offer-types";

const allText = (offer: LocalOffer): string[] => offer.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.text)]);
const sectionText = (offer: LocalOffer, id: string): string =>
  offer.sections
    .find((s) => s.id === id)
    ?.blocks.map((b) => b.text)
    .join("\n") ?? "";

describe.each(PRESET_IDS)("the Local Offer page of the %s preset", (presetId) => {
  const policy = resolvePreset(presetId).policy;
  const offer = buildLocalOffer(policy, { effectiveFrom: "2025-04-01" });

  it("has every section, in order, and says when the version took effect", () => {
    expect(offer.sections.map((s) => s.id)).toEqual([...LOCAL_OFFER_SECTIONS]);
    expect(offer.effectiveFromText).toBe("1 April 2025");
    for (const section of offer.sections) expect(section.blocks.length, section.id).toBeGreaterThan(0);
  });

  it("reads as plain words: no code, key, rule number or JSON in any line", () => {
    for (const text of allText(offer)) {
      expect(text.trim(), "an empty line").not.toBe("");
      expect(findPolicyCodes(text), text).toEqual([]);
    }
  });

  it("gives every line a key of its own, so two versions compare line by line", () => {
    const keys = offer.sections.flatMap((s) => s.blocks.map((b) => b.key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("says every statement the policy makes, in its own words", () => {
    const text = allText(offer).join("\n");
    for (const topic of Object.keys(STATEMENT_TOPICS) as StatementTopic[]) {
      const statement = policy.statements[topic];
      if (statement) expect(text, topic).toContain(statement.text);
    }
  });

  it("names every service of each offered stream as it can or cannot be paid for, and each stream not offered", () => {
    const paysFor = sectionText(offer, "pays_for");
    const notPayFor = sectionText(offer, "not_pay_for");
    for (const stream of STREAMS) {
      const rules = policy.streams[stream];
      if (!rules?.offered) {
        expect(sectionText(offer, "who")).toMatch(/does not offer personal budgets for .* at present/);
        continue;
      }
      for (const rule of Object.values(rules.services)) {
        const name = rule.name.charAt(0).toUpperCase() + rule.name.slice(1);
        expect(rule.personalBudget ? paysFor : notPayFor, rule.name).toContain(name);
        if (rule.personalBudget && !rule.directPayment) expect(paysFor).toContain(`${name}: yes`);
      }
    }
  });

  it("lists the policy's contacts, or says it names none", () => {
    const contacts = sectionText(offer, "contacts");
    if (!policy.contacts?.length) expect(contacts).toContain("The policy names no contacts");
    for (const contact of policy.contacts ?? []) {
      expect(contacts).toContain(contact.name);
      if (contact.phone) expect(contacts).toContain(contact.phone);
    }
  });

  it("always says how to challenge a decision, from the law where the policy is silent (T7)", () => {
    const disagree = sectionText(offer, "disagree");
    expect(disagree).toContain("write to your case officer");
    if (policy.timeLimits.reviewRequest) expect(disagree).toMatch(/within \d+ (calendar days|working days|weeks|months)/);
    else expect(disagree).toContain("sets no time limit for asking for a review");
    for (const heading of ["Mediation", "The SEND Tribunal and judicial review", "Complaints"]) {
      expect(
        offer.sections.find((s) => s.id === "disagree")?.blocks.some((b) => b.kind === "subheading" && b.text === heading),
        heading,
      ).toBe(true);
    }
    expect(disagree).toContain("Local Government and Social Care Ombudsman");
  });
});

describe("buildLocalOffer", () => {
  const surrey = resolvePreset("surrey").policy;
  const offer = buildLocalOffer(surrey, { effectiveFrom: "2025-09-01" });

  it("words Surrey's time limits, checks and panels as its document does", () => {
    expect(sectionText(offer, "disagree")).toContain(
      "write to your case officer within 15 calendar days of being told the decision",
    );
    expect(sectionText(offer, "disagree")).toContain(
      "We will review the decision within 28 calendar days of receiving your request",
    );
    expect(sectionText(offer, "ending")).toContain("within 4 weeks of the annual review meeting");
    expect(sectionText(offer, "reviews")).toContain("A direct payment is first reviewed within 3 months of the first payment");
    expect(sectionText(offer, "reviews")).toContain(
      "Unspent money worth more than 6 weeks of the budget is paid back to the council.",
    );
    expect(sectionText(offer, "decisions")).toContain("Education: the Education Health Care Plan Governance Board.");
    expect(sectionText(offer, "policy_review")).toContain("every 3 years");
  });

  it("says a silent policy is silent rather than guess: no limits, no checks, no contacts", () => {
    const silent: Policy = { ...surrey, timeLimits: {}, finance: {}, contacts: undefined, cessationReasons: {} };
    const words = buildLocalOffer(silent, { effectiveFrom: "2025-09-01" });
    expect(sectionText(words, "reviews")).toContain("The policy sets no time limit between reviews of a personal budget");
    expect(sectionText(words, "reviews")).toContain("The policy sets no returns or regular checks");
    expect(sectionText(words, "ending")).toContain("The policy sets no time limit for this notice.");
    expect(sectionText(words, "ending")).toContain("The policy lists no reasons for stopping a personal budget.");
    expect(sectionText(words, "disagree")).toContain(
      "Surrey County Council's personal budgets policy sets no time limit for asking for a review.",
    );
    expect(sectionText(words, "disagree")).toContain("The policy sets no time limit for our review");
    expect(sectionText(words, "contacts")).toContain("The policy names no contacts");
    expect(sectionText(words, "policy_review")).toBe(
      "The policy sets no period for its own formal review.\nOfficers may make minor amendments to the policy each year.",
    );
  });

  it("words Plymouth's short breaks levels and Portsmouth's direct-payment-only travel budget", () => {
    const plymouth = buildLocalOffer(resolvePreset("plymouth").policy, { effectiveFrom: "2025-04-01" });
    expect(sectionText(plymouth, "who")).toContain(
      "The Short Break Eligibility Framework decides which support a budget can give, by level:",
    );
    expect(sectionText(plymouth, "who")).toContain(
      "Level 0, universal services, with no eligibility criteria: no personal budget.",
    );
    expect(sectionText(plymouth, "who")).toContain(
      "Level 1, targeted services: a personal budget for a personal assistant or short break activities only, which can be a direct payment.",
    );
    const portsmouth = buildLocalOffer(resolvePreset("portsmouth").policy, { effectiveFrom: "2025-04-01" });
    expect(sectionText(portsmouth, "managing")).toContain(
      "A budget organised by the council, school, college or NHS: for health care and social care personal budgets.",
    );
    expect(sectionText(portsmouth, "contacts")).toContain(
      "The Access and Entitlement team, for personal transport budgets: telephone 02392 437905.",
    );
    expect(sectionText(portsmouth, "who")).toContain("does not offer personal budgets for education at present");
  });
});

describe("findPolicyCodes", () => {
  it("names codes, keys, rule numbers and JSON, and passes plain words", () => {
    expect(findPolicyCodes("paid as a direct_payment")).toEqual(["code direct_payment"]);
    expect(findPolicyCodes("SCHOOL_AGREEMENT_REQUIRED")).toEqual(["code SCHOOL_AGREEMENT_REQUIRED"]);
    expect(findPolicyCodes("see timeLimits.reviewRequest")).toEqual(["a setting's key: timeLimits"]);
    expect(findPolicyCodes("(R7)")).toEqual(["a rule number: R7"]);
    expect(findPolicyCodes('{"n":15}')).toEqual(["JSON: {"]);
    expect(findPolicyCodes("A direct payment for education, at an annual review, to a parent.")).toEqual([]);
  });
});
