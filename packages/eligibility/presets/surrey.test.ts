import { describe, expect, it } from "vitest";
import { CESSATION_REASONS } from "../src/codes";
import { resolvePreset } from "../src/resolve-policy";
import { type PresetCase, expectCheck, makeInput } from "../src/test-support";

const { policy } = resolvePreset("surrey");
const SURREY = "Surrey personal budgets policy (002)";
const TRANSPORT =
  "Yes, but only if the child is entitled to free home to school transport and it is more cost effective for the LA if parents make their own arrangements.";
const dp = { arrangement: "direct_payment", recipient: "parent" } as const;

const cases: PresetCase[] = [
  {
    quote: "Yes, but only if the Centre Manager, Head Teacher or Principal agrees. (not asked yet)",
    input: makeInput("education", { request: { service: "school_funded_support", schoolAgreed: null } }),
    outcome: "conditional",
    codes: ["SCHOOL_AGREEMENT_REQUIRED"],
    cites: `${SURREY}, R6`,
  },
  {
    quote: "Yes, but only if the Centre Manager, Head Teacher or Principal agrees. (refused)",
    input: makeInput("education", { request: { service: "school_funded_support", schoolAgreed: false, ...dp } }),
    outcome: "ineligible",
    codes: ["SCHOOL_AGREEMENT_REQUIRED"],
  },
  {
    quote:
      "Support or provision from top up funding e.g., funding used to provide support over and above what the school provides",
    input: makeInput("education", { request: { service: "top_up_support", ...dp } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "Yes, if the need has been identified by a professional (not yet)",
    input: makeInput("education", { request: { service: "specialist_equipment", needIdentifiedByProfessional: null } }),
    outcome: "conditional",
    codes: ["PROFESSIONAL_IDENTIFICATION_REQUIRED"],
    cites: `${SURREY}, R6`,
  },
  {
    quote: "Yes, if the need has been identified by a professional (no professional has)",
    input: makeInput("education", { request: { service: "specialist_equipment", needIdentifiedByProfessional: false } }),
    outcome: "ineligible",
    codes: ["PROFESSIONAL_IDENTIFICATION_REQUIRED"],
  },
  {
    quote: `${TRANSPORT} (not entitled, and dearer than the council's transport)`,
    input: makeInput("transport", {
      child: { transportEntitled: false },
      request: { annualCostPence: 700_000, commissionedCostPence: 650_000 },
    }),
    outcome: "ineligible",
    codes: ["NOT_TRANSPORT_ENTITLED", "NOT_COST_EFFECTIVE"],
    cites: `${SURREY}, R5`,
  },
  {
    quote: `${TRANSPORT} (the council's cost not known yet)`,
    input: makeInput("transport", { request: { commissionedCostPence: null, ...dp } }),
    outcome: "conditional",
    codes: ["COST_COMPARISON_REQUIRED"],
    cites: `${SURREY}, R5`,
  },
  {
    quote: `${TRANSPORT} (cheaper for the council)`,
    input: makeInput("transport", { request: { annualCostPence: 300_000, commissionedCostPence: 900_000, ...dp } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote:
      "We are not currently able to offer a direct payment for services which are currently fully commissioned by the department from in house providers.",
    input: makeInput("education", { request: { service: "central_commissioned" } }),
    outcome: "ineligible",
    codes: ["SERVICE_EXCLUDED"],
    cites: `${SURREY}, R6`,
  },
  {
    quote: "The choice of a special school with integrated specialist provision may reduce the scope for a personal budget.",
    input: makeInput("education", { request: { service: "specialist_provision" } }),
    outcome: "ineligible",
    codes: ["SERVICE_EXCLUDED"],
  },
  {
    quote:
      "Young people who have an EHC Plan and their parents/carers have a right to request a personal budget for their support at any time while a draft EHC Plan is being prepared or an existing plan is being reviewed or re-assessed.",
    input: makeInput("education", { request: { stage: "other" } }),
    outcome: "ineligible",
    codes: ["OUTSIDE_REQUEST_WINDOW"],
    cites: `${SURREY}, R2`,
  },
  {
    quote:
      "seek agreement from educational establishments where a service funded by a direct payment is delivered on their premises.",
    input: makeInput("education", { request: { service: "tutoring", onSchoolPremises: true, schoolAgreed: null, ...dp } }),
    outcome: "conditional",
    codes: ["SCHOOL_AGREEMENT_REQUIRED"],
    cites: `${SURREY}, R8`,
  },
  {
    quote:
      "seek agreement from educational establishments where a service funded by a direct payment is delivered on their premises. (not a direct payment)",
    input: makeInput("education", { request: { service: "tutoring", onSchoolPremises: true, schoolAgreed: null } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "As such, it would not represent value for money to provide a higher amount through a personal budget.",
    input: makeInput("education", {
      request: { service: "therapy", annualCostPence: 1_200_000, commissionedCostPence: 1_000_000 },
    }),
    outcome: "ineligible",
    codes: ["NOT_COST_EFFECTIVE"],
    cites: `${SURREY}, R11`,
  },
  {
    quote: "The request is linked to the achievement of specific outcomes in the EHC Plan.",
    input: makeInput("education", { request: { linkedOutcomes: [] } }),
    outcome: "ineligible",
    codes: ["NO_LINKED_OUTCOME"],
    cites: `${SURREY}, R12`,
  },
  {
    quote:
      "Full details of excluded services are set out in guidance provided by NHS England including primary medical (i.e., GP services) and emergency services.",
    input: makeInput("health", { request: { service: "gp_or_emergency_care" } }),
    outcome: "ineligible",
    codes: ["SERVICE_EXCLUDED"],
    cites: `${SURREY}, R4`,
  },
  {
    quote: "NHS Continuing Health care (a young person of 21 eligible for adult continuing healthcare)",
    input: makeInput("health", { child: { dateOfBirth: "2003-06-15" } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote:
      "Personal budgets should reflect the holistic nature of an EHC Plan and can include funding for special educational, health and social care provision.",
    input: makeInput("health", { child: { dateOfBirth: "2003-06-15", plans: [{ type: "ehcp", status: "final" }] } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "NHS Continuing Health care (26: past the SEND age range)",
    input: makeInput("health", { child: { dateOfBirth: "1999-01-01" } }),
    outcome: "ineligible",
    codes: ["AGE_OUT_OF_RANGE"],
    cites: `${SURREY}, R4`,
  },
  {
    quote: "Buying permanent residential care.",
    input: makeInput("social_care", { request: { service: "permanent_residential_care", ...dp } }),
    outcome: "ineligible",
    codes: ["DIRECT_PAYMENT_PROHIBITED_USE"],
    cites: `${SURREY}, R10`,
  },
  {
    quote: "Paying for household bills.",
    input: makeInput("social_care", { request: { service: "household_bills", ...dp } }),
    outcome: "ineligible",
    codes: ["SERVICE_EXCLUDED", "DIRECT_PAYMENT_PROHIBITED_USE"],
  },
  {
    quote: "To purchase disability living equipment, as agreed by a Surrey County Council occupational therapist.",
    input: makeInput("social_care", { request: { service: "disability_equipment", needIdentifiedByProfessional: null, ...dp } }),
    outcome: "conditional",
    codes: ["PROFESSIONAL_IDENTIFICATION_REQUIRED"],
  },
  {
    quote:
      "However, the Local Authority retains the responsibility for directly commissioning, monitoring and reviewing any EOTAS package provided to a young person by services, so to assist the family in management of that provision.",
    input: makeInput("education", { request: { service: "eotas_package", ...dp } }),
    outcome: "ineligible",
    codes: ["DIRECT_PAYMENT_PROHIBITED_USE"],
  },
  {
    quote: "'Short breaks' packages of support for children under 18 agreed as part of a Child in Need Plan",
    input: makeInput("social_care", { child: { plans: [{ type: "child_in_need", status: "ceased" }] } }),
    outcome: "ineligible",
    codes: ["NO_SOCIAL_CARE_ASSESSMENT"],
    cites: `${SURREY}, R3`,
  },
];

describe("surrey preset (002)", () => {
  it.each(cases)("$quote", ({ input, ...expected }) => expectCheck(policy, input, expected));

  it("you must make a request in writing to your Case Officer within 15 days … The local authority will review the decision within 28 days", () => {
    expect(policy.timeLimits.reviewRequest).toMatchObject({ n: 15, unit: "days", source: { document: "002", rule: "T7" } });
    expect(policy.timeLimits.reviewDecision).toMatchObject({ n: 28, unit: "days", source: { document: "002", rule: "T7" } });
  });

  it("Advance notice will be given in writing to families of a decision to end a personal budget within 4 weeks of the annual review meeting taking place.", () => {
    expect(policy.timeLimits.cessationNotice).toMatchObject({ n: 4, unit: "weeks", source: { rule: "T6" } });
  });

  it("The policy will be formally reviewed every three years.", () => {
    expect(policy.timeLimits.policyReview).toMatchObject({ n: 3, unit: "years", source: { rule: "T8" } });
    expect(policy.timeLimits.firstDirectPaymentReview?.source.document).toBe("003");
  });

  it("…a requirement for a quarterly return and reporting of the under use of funds for the equivalent of over 6 weeks…", () => {
    expect(policy.finance).toMatchObject({
      returnFrequency: "quarterly",
      underspendWeeks: 6,
      monitoringFrequency: "termly",
      financeCheckFrequency: "quarterly",
    });
    expect(policy.finance.sources?.underspendWeeks).toMatchObject({ document: "002", rule: "T4" });
  });

  it("We will stop making direct payments/personal budgets if: … (all seven of Surrey's reasons, and the baseline's other causes)", () => {
    expect(Object.keys(policy.cessationReasons).sort()).toEqual([...CESSATION_REASONS].sort());
    expect(policy.cessationReasons.consent_withdrawn?.source.document).toBe("002");
    expect(policy.cessationReasons.plan_ceased?.source.document).toBe("code-of-practice");
  });

  it("For budgets associated with an EHC Plan decisions will be made by the Education Heath Care Plan Governance Board (EHCPGB)…", () => {
    expect(policy.streams.education?.panel?.name).toBe("Education Health Care Plan Governance Board");
  });
});
