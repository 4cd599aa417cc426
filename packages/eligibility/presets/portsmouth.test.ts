import { describe, expect, it } from "vitest";
import { resolvePreset } from "../src/resolve-policy";
import { type PresetCase, expectCheck, makeInput } from "../src/test-support";

const { policy, provenance } = resolvePreset("portsmouth");
const PORTSMOUTH = "Portsmouth personal budgets guidance (001)";
const PTB =
  "A Personal Transport Budget is a sum of money paid to the parents of children with Special Educational Needs and Disabilities (SEN) who are eligible for free travel assistance.";

const cases: PresetCase[] = [
  {
    quote: "Initially, Portsmouth City Council will focus on implementing Personal Transport Budgets.",
    input: makeInput("education"),
    outcome: "ineligible",
    codes: ["STREAM_NOT_OFFERED"],
    cites: `${PORTSMOUTH}, scope`,
  },
  {
    quote: `${PTB} (entitled, paid to the parents)`,
    input: makeInput("transport", { request: { arrangement: "direct_payment", recipient: "parent" } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: `${PTB} (not entitled to free travel)`,
    input: makeInput("transport", {
      child: { transportEntitled: false },
      request: { arrangement: "direct_payment", recipient: "parent" },
    }),
    outcome: "ineligible",
    codes: ["NOT_TRANSPORT_ENTITLED"],
    cites: `${PORTSMOUTH}, R5`,
  },
  {
    quote: `${PTB} (organised by the council instead)`,
    input: makeInput("transport"),
    outcome: "ineligible",
    codes: ["ARRANGEMENT_NOT_OFFERED"],
    cites: `${PORTSMOUTH}, scope`,
  },
  {
    quote:
      "In line with current legislation Personal Health Budgets are available for children and young people between the ages 0 and 18 years and who are eligible for Continuing Care Funding.",
    input: makeInput("health", { child: { continuingCareEligible: false } }),
    outcome: "ineligible",
    codes: ["NOT_CONTINUING_CARE_ELIGIBLE"],
    cites: `${PORTSMOUTH}, R4`,
  },
  {
    quote:
      "From the age of 18 years, the eligibility criteria for Adult Continuing Healthcare will apply. (18, eligible for adult continuing healthcare)",
    input: makeInput("health", { child: { dateOfBirth: "2007-02-28" } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "From the age of 18 years, the eligibility criteria for Adult Continuing Healthcare will apply. (22, not eligible)",
    input: makeInput("health", { child: { dateOfBirth: "2002-06-15", continuingCareEligible: false } }),
    outcome: "ineligible",
    codes: ["NOT_CONTINUING_CARE_ELIGIBLE"],
    cites: `${PORTSMOUTH}, R4`,
  },
  {
    quote:
      "From the age of 18 years, the eligibility criteria for Adult Continuing Healthcare will apply. (26: past the SEND age range)",
    input: makeInput("health", { child: { dateOfBirth: "1999-01-01" } }),
    outcome: "ineligible",
    codes: ["AGE_OUT_OF_RANGE"],
    cites: `${PORTSMOUTH}, R4`,
  },
  {
    quote:
      "From the age of 18 years, the eligibility criteria for Adult Continuing Healthcare will apply. (the day before the 18th birthday)",
    input: makeInput("health", { child: { dateOfBirth: "2007-03-02" } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote:
      "Children’s Social Care & Safeguarding Service provides support to children and young people between the ages of 0-18 years who have profound disabilities and complex needs, and have been assessed as needing a higher level of support.",
    input: makeInput("social_care", {
      child: { dateOfBirth: "2005-09-01", plans: [{ type: "adult_care_support", status: "final" }] },
    }),
    outcome: "ineligible",
    codes: ["AGE_OUT_OF_RANGE"],
    cites: `${PORTSMOUTH}, R3`,
  },
  {
    quote:
      "The targeted short breaks offer provides a range of short break activities including after-school, weekend and holiday activities, sitting service and community based support.",
    input: makeInput("social_care", {
      request: { service: "short_break_activity", arrangement: "direct_payment", recipient: "parent" },
    }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote:
      "At present it includes support provided through the use of Direct Payments/Prepaid Cards, directly commissioned services, and overnight short breaks via the Family Link Scheme or Beechside residential unit.",
    input: makeInput("social_care", {
      request: { service: "overnight_short_break", arrangement: "direct_payment", recipient: "parent" },
    }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote:
      "The agreed amount is paid directly to the parent carer/or young person aged over 16 so that they can buy and manage the services themselves which will meet the outcomes identified in the child’s EHC plan.",
    input: makeInput("transport", {
      child: { dateOfBirth: "2008-06-15", youngPersonHasCapacity: true },
      request: { arrangement: "direct_payment", recipient: "young_person" },
    }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote:
      "Managed by a third party/broker: In this scenario a third party, such as a brokerage service, holds the allocated Personal Budget and supports the family in finding the best way to use the money, and purchases the services on behalf of the family.",
    input: makeInput("social_care", { request: { arrangement: "third_party" } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote:
      "Personal Budgets aimed at meeting a child’s care needs include targeted short breaks and support from Children’s Social Care & Safeguarding.",
    input: makeInput("social_care", { child: { plans: [] } }),
    outcome: "ineligible",
    codes: ["NO_SOCIAL_CARE_ASSESSMENT"],
    // Portsmouth says nothing on which plans count, so the baseline's rule applies and is cited.
    cites: "SEND Code of Practice 0 to 25, R3",
  },
];

describe("portsmouth preset (001)", () => {
  it.each(cases)("$quote", ({ input, ...expected }) => expectCheck(policy, input, expected));

  it("Direct Payments/Prepaid Cards: prepaid cards are one way Portsmouth pays", () => {
    expect(policy.directPayments.prepaidCards).toMatchObject({ offered: true, source: { document: "001" } });
  });

  it("inherits the rules it does not state, and says so", () => {
    expect(provenance["streams.social_care.qualifyingPlans.types"]).toEqual({ origin: "inherited", from: "code-of-practice" });
    expect(provenance["streams.transport.offered"]).toEqual({ origin: "own", from: "portsmouth" });
  });
});
