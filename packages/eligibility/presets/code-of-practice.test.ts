import { describe, expect, it } from "vitest";
import { checkRequest } from "../src/check-request";
import { resolvePreset } from "../src/resolve-policy";
import { type PresetCase, expectCheck, makeInput } from "../src/test-support";

const { policy } = resolvePreset("code-of-practice");
const GUIDE = "Family guide to personal budgets (003)";
const CODE = "SEND Code of Practice 0 to 25";

// 2008-06-15 passed compulsory school age on Friday 28 June 2024; 2009-01-20 passes it on 27 June 2025.
const OVER_SCHOOL_AGE = "2008-06-15";
const SIXTEEN_BUT_OF_SCHOOL_AGE = "2009-01-20";

const cases: PresetCase[] = [
  {
    quote: "You can get a personal budget if you have an education, health and care plan.",
    input: makeInput("education"),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "Have special educational needs and an education, health and care plan",
    input: makeInput("education", { child: { plans: [{ type: "child_in_need", status: "final" }] } }),
    outcome: "ineligible",
    codes: ["EDUCATION_REQUIRES_EHCP"],
    cites: `${GUIDE}, R1`,
  },
  {
    quote:
      "The young person or parents can ask for a personal budget when they are getting, or reviewing an education, health and care plan.",
    input: makeInput("education", { request: { stage: "other" } }),
    outcome: "ineligible",
    codes: ["OUTSIDE_REQUEST_WINDOW"],
    cites: `${CODE}, R2`,
  },
  {
    quote: "The young person – if they have the capacity and are over compulsory school leaving age (still of school age at 16)",
    input: makeInput("education", {
      child: { dateOfBirth: SIXTEEN_BUT_OF_SCHOOL_AGE, youngPersonHasCapacity: true },
      request: { arrangement: "direct_payment", recipient: "young_person" },
    }),
    outcome: "ineligible",
    codes: ["RECIPIENT_NOT_PERMITTED"],
    cites: `${GUIDE}, R9`,
  },
  {
    quote: "The young person – if they have the capacity and are over compulsory school leaving age (capacity not yet known)",
    input: makeInput("education", {
      child: { dateOfBirth: OVER_SCHOOL_AGE, youngPersonHasCapacity: null },
      request: { arrangement: "direct_payment", recipient: "young_person" },
    }),
    outcome: "conditional",
    codes: ["CAPACITY_NOT_CONFIRMED"],
  },
  {
    quote: "The young person – if they have the capacity and are over compulsory school leaving age (no capacity)",
    input: makeInput("education", {
      child: { dateOfBirth: OVER_SCHOOL_AGE, youngPersonHasCapacity: false },
      request: { arrangement: "direct_payment", recipient: "young_person" },
    }),
    outcome: "ineligible",
    codes: ["CAPACITY_NOT_CONFIRMED"],
  },
  {
    quote: "The child or young person’s parents or carers",
    input: makeInput("education", { request: { arrangement: "direct_payment", recipient: "parent" } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "A person nominated by the young person (if they are over compulsory school leaving age) or their parents",
    input: makeInput("social_care", { request: { arrangement: "direct_payment", recipient: "nominee" } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "Third Party – you can use a third party provider",
    input: makeInput("health", { request: { arrangement: "third_party" } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "Equipment to help with communication and learning",
    input: makeInput("education", {
      request: { service: "specialist_equipment", arrangement: "direct_payment", recipient: "parent" },
    }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote:
      "A personal budget is an amount of money identified by the local authority to deliver provision set out in an EHC Plan where the parent or young person is involved in securing that provision.",
    input: makeInput("education", { request: { linkedOutcomes: [] } }),
    outcome: "ineligible",
    codes: ["NO_LINKED_OUTCOME"],
    cites: `${CODE}, R12`,
  },
  {
    quote: "Employing a personal assistant",
    input: makeInput("social_care", { child: { shortBreaksLevel: null } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote:
      "You can get a personal budget if you have an education, health and care plan. (health provision in it, at 20, eligible for continuing healthcare)",
    input: makeInput("health", { child: { dateOfBirth: "2004-06-15", plans: [{ type: "ehcp", status: "final" }] } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "SEND Code of Practice 0 to 25 (health at 25 with a health care and support plan)",
    input: makeInput("health", { child: { dateOfBirth: "1999-06-15" } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "SEND Code of Practice 0 to 25 (health at 26)",
    input: makeInput("health", { child: { dateOfBirth: "1999-01-01" } }),
    outcome: "ineligible",
    codes: ["AGE_OUT_OF_RANGE"],
    cites: `${CODE}, R4`,
  },
  {
    quote: "SEND Code of Practice 0 to 25 (health at 19, not eligible for continuing healthcare)",
    input: makeInput("health", { child: { dateOfBirth: "2005-06-15", continuingCareEligible: false } }),
    outcome: "ineligible",
    codes: ["NOT_CONTINUING_CARE_ELIGIBLE"],
    cites: `${CODE}, R4`,
  },
];

describe("code-of-practice preset: the family guide (003) and the SEND Code of Practice", () => {
  it.each(cases)("$quote", ({ input, ...expected }) => expectCheck(policy, input, expected));

  it("Within the first 3 months of getting direct payments, your local authority must review how you are getting on.", () => {
    expect(policy.timeLimits.firstDirectPaymentReview).toMatchObject({
      n: 3,
      unit: "months",
      source: { document: "003", rule: "T2" },
    });
  });

  it("Yes. However they must give a reason why they cannot offer a personal budget.", () => {
    const refused = checkRequest(policy, makeInput("education", { request: { stage: "other", linkedOutcomes: [] } }));
    expect(refused.outcome).toBe("ineligible");
    for (const reason of refused.reasons) {
      expect(reason.message.length).toBeGreaterThan(20);
      expect(reason.source).not.toBe("");
    }
    expect(policy.statements.refusal_reasons?.source.document).toBe("003");
  });

  it("leaves personal travel budgets to each council: the baseline does not offer the transport stream", () => {
    expectCheck(policy, makeInput("transport"), {
      outcome: "ineligible",
      codes: ["STREAM_NOT_OFFERED"],
      cites: `${CODE}, scope`,
    });
  });
});
