import { describe, expect, it } from "vitest";
import { checkRequest } from "../src/check-request";
import { resolvePreset } from "../src/resolve-policy";
import { type PresetCase, expectCheck, makeInput } from "../src/test-support";

const { policy } = resolvePreset("hertfordshire");
const HERTS = "Hertfordshire personal budgets guidance (000)";

const cases: PresetCase[] = [
  {
    quote: "You can only have a personal budget for education provision if you have an EHCP.",
    input: makeInput("education", { child: { plans: [{ type: "child_in_need", status: "final" }] } }),
    outcome: "ineligible",
    codes: ["EDUCATION_REQUIRES_EHCP"],
    cites: `${HERTS}, R1`,
  },
  {
    quote: "However the formal request for a Personal Budget for education can only be made when:",
    input: makeInput("education", { request: { stage: "other" } }),
    outcome: "ineligible",
    codes: ["OUTSIDE_REQUEST_WINDOW"],
    cites: `${HERTS}, R2`,
  },
  {
    quote: "the school or college agrees (not asked yet)",
    input: makeInput("education", { request: { service: "tutoring", schoolAgreed: null } }),
    outcome: "conditional",
    codes: ["SCHOOL_AGREEMENT_REQUIRED"],
    cites: `${HERTS}, R7`,
  },
  {
    quote: "the school or college agrees (refused)",
    input: makeInput("education", { request: { service: "top_up_support", schoolAgreed: false } }),
    outcome: "ineligible",
    codes: ["SCHOOL_AGREEMENT_REQUIRED"],
  },
  {
    quote:
      "Personal budgets usually cannot pay for services provided under a service level agreement, such as speech and language therapy.",
    input: makeInput("education", { request: { service: "sla_service" } }),
    outcome: "ineligible",
    codes: ["SERVICE_EXCLUDED"],
    cites: `${HERTS}, R7`,
  },
  {
    quote:
      "Where these services are provided to a large number of children through a block contract, it may not be possible to remove the individual funding for your child from the overall amount without negatively affecting the other children and the support available to them.",
    input: makeInput("education", { request: { service: "block_contract_service" } }),
    outcome: "ineligible",
    codes: ["SERVICE_EXCLUDED"],
  },
  {
    quote:
      "No, a Personal Budget is to pay for the additional support a child or young person needs and not for an early years, school or college place.",
    input: makeInput("education", { request: { service: "school_place", arrangement: "direct_payment", recipient: "parent" } }),
    outcome: "ineligible",
    codes: ["SERVICE_EXCLUDED"],
  },
  {
    quote:
      "If your child is educated somewhere other than a school and has an EOTAS package, personal budgets can be one way of managing the support listed in Section F of their EHCP.",
    input: makeInput("education", {
      request: { service: "eotas_package", schoolAgreed: null, arrangement: "direct_payment", recipient: "parent" },
    }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote:
      "No, it is not possible for parents / carers to make this decision without the written consent of the Head Teacher or Principal, even if their Personal Budget is in the form of a Direct Payment.",
    input: makeInput("social_care", {
      request: { onSchoolPremises: true, schoolAgreed: null, arrangement: "direct_payment", recipient: "parent" },
    }),
    outcome: "conditional",
    codes: ["SCHOOL_AGREEMENT_REQUIRED"],
    cites: `${HERTS}, R8`,
  },
  {
    quote: "you have a Social Care plan, children in need plan, or short breaks plan for disabled children",
    input: makeInput("social_care", { child: { plans: [{ type: "ehcp", status: "final" }] } }),
    outcome: "ineligible",
    codes: ["NO_SOCIAL_CARE_ASSESSMENT"],
    cites: `${HERTS}, R3`,
  },
  {
    quote: "you have a Health Care and Support Plan and are eligible for Children's Continuing Care",
    input: makeInput("health", { child: { continuingCareEligible: false } }),
    outcome: "ineligible",
    codes: ["NOT_CONTINUING_CARE_ELIGIBLE"],
    cites: `${HERTS}, R4`,
  },
  {
    quote:
      "Continuing Care for children and Continuing Healthcare for adults (an adult of 18 eligible for continuing healthcare)",
    input: makeInput("health", { child: { dateOfBirth: "2007-01-01" } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "Continuing Care for children and Continuing Healthcare for adults (25, the last year of the 0 to 25 service)",
    input: makeInput("health", { child: { dateOfBirth: "1999-06-15" } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "Continuing Care for children and Continuing Healthcare for adults (26: past the 0 to 25 service)",
    input: makeInput("health", { child: { dateOfBirth: "1999-01-01" } }),
    outcome: "ineligible",
    codes: ["AGE_OUT_OF_RANGE"],
    cites: `${HERTS}, R4`,
  },
  {
    quote:
      "you have a Health Care and Support Plan and are eligible for Children's Continuing Care (an EHC plan alone does not open health)",
    input: makeInput("health", { child: { plans: [{ type: "ehcp", status: "final" }] } }),
    outcome: "ineligible",
    codes: ["NOT_CONTINUING_CARE_ELIGIBLE"],
    cites: `${HERTS}, R4`,
  },
  {
    quote: "There are 3 areas you can have a personal budget for: education, health and social care.",
    input: makeInput("transport"),
    outcome: "ineligible",
    codes: ["STREAM_NOT_OFFERED"],
    cites: `${HERTS}, scope`,
  },
  {
    quote:
      "Often they are used for employing a personal assistant - this is someone who can take a child or young person out to enjoy activities and clubs, support with life skills, for example preparing for adulthood, or can provide support at home.",
    input: makeInput("social_care", {
      child: { plans: [{ type: "short_breaks", status: "final" }] },
      request: { arrangement: "direct_payment", recipient: "parent" },
    }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "A personal budget for education must link directly to the outcomes and support written in the plan.",
    input: makeInput("education", { request: { linkedOutcomes: [] } }),
    outcome: "ineligible",
    codes: ["NO_LINKED_OUTCOME"],
    cites: `${HERTS}, R12`,
  },
];

describe("hertfordshire preset (000)", () => {
  it.each(cases)("$quote", ({ input, ...expected }) => expectCheck(policy, input, expected));

  it("In some exceptional cases, a personal budget can be used instead of the usual support.", () => {
    expect(policy.statements.education_exceptional?.source).toMatchObject({ document: "000", rule: "R7" });
  });

  it("No, the SEND Tribunal legally can not resolve disputes about Personal Budgets. The only legal remedy available to parents / carers or young people here is judicial review.", () => {
    expect(policy.statements.tribunal_scope?.source).toMatchObject({ document: "000", rule: "T7" });
  });

  it("Individual Service Funds (ISFs) are one way to manage a Personal Budget; they are a type of third party arrangement.", () => {
    expect(checkRequest(policy, makeInput("social_care", { request: { arrangement: "third_party" } })).outcome).toBe("eligible");
  });
});
