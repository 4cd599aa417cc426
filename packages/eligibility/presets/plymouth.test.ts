import { describe, expect, it } from "vitest";
import { checkRequest } from "../src/check-request";
import { resolvePreset } from "../src/resolve-policy";
import { type PresetCase, expectCheck, makeInput } from "../src/test-support";

const { policy } = resolvePreset("plymouth");
const PLYMOUTH = "Plymouth SEND personal budget policy (004)";
const LEVEL_1 =
  "Extended services such as home support domiciliary care, some direct payment, sessional support, childcare, befrienders various, other";
const LEVEL_2 =
  "Home support, domiciliary care enablers, family based short breaks, befrienders, direct payment, overnights, sessional support";
const dp = { arrangement: "direct_payment", recipient: "parent" } as const;

const cases: PresetCase[] = [
  {
    quote: "Services that are available to everyone or ‘Universal Services’ No eligibility criteria required",
    input: makeInput("social_care", { child: { shortBreaksLevel: 0 } }),
    outcome: "ineligible",
    codes: ["SHORT_BREAKS_LEVEL_TOO_LOW"],
    cites: `${PLYMOUTH}, R3`,
  },
  {
    quote: `${LEVEL_1} (a personal assistant at level 1)`,
    input: makeInput("social_care", { child: { shortBreaksLevel: 1 }, request: { service: "personal_assistant", ...dp } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: `${LEVEL_1} (overnights are not a level 1 service)`,
    input: makeInput("social_care", { child: { shortBreaksLevel: 1 }, request: { service: "overnight_short_break", ...dp } }),
    outcome: "ineligible",
    codes: ["SHORT_BREAKS_LEVEL_TOO_LOW"],
  },
  {
    quote: LEVEL_2,
    input: makeInput("social_care", { child: { shortBreaksLevel: 2 }, request: { service: "overnight_short_break", ...dp } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote:
      "This part of the budget will be made available if it is clear that a young person or child is assessed as needing additional and individual support at home and when out and about in the local and wider community.",
    input: makeInput("social_care", { child: { shortBreaksLevel: null } }),
    outcome: "ineligible",
    codes: ["SHORT_BREAKS_LEVEL_TOO_LOW"],
  },
  {
    quote: "This funding will not be able to pay for care normally received from a family doctor or emergency care.",
    input: makeInput("health", { request: { service: "gp_or_emergency_care" } }),
    outcome: "ineligible",
    codes: ["SERVICE_EXCLUDED"],
    cites: `${PLYMOUTH}, R4`,
  },
  {
    quote:
      "Children who are eligible for Continuing Care Funding will be able to have the health provision of their support provided as part of an Education and Healthcare Plan (EHC).",
    input: makeInput("health", { child: { continuingCareEligible: false } }),
    outcome: "ineligible",
    codes: ["NOT_CONTINUING_CARE_ELIGIBLE"],
    cites: `${PLYMOUTH}, R4`,
  },
  {
    quote:
      "Children who are eligible for Continuing Care Funding will be able to have the health provision of their support provided as part of an Education and Healthcare Plan (EHC). (an EHC plan alone)",
    input: makeInput("health", { child: { plans: [{ type: "ehcp", status: "final" }] } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "Continuing Health Care Funding (a young person of 24 with an EHC plan, eligible for adult continuing healthcare)",
    input: makeInput("health", { child: { dateOfBirth: "2000-06-15", plans: [{ type: "ehcp", status: "annual_review" }] } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "Continuing Health Care Funding (no plan at all)",
    input: makeInput("health", { child: { plans: [] } }),
    outcome: "ineligible",
    codes: ["NOT_CONTINUING_CARE_ELIGIBLE"],
    cites: `${PLYMOUTH}, R4`,
  },
  {
    quote:
      "In education, this means provision funded wholly or partly from the local authority’s high needs funding and does not include funding for school place or services the school or college is expected to provide as part of the local offer as described in the school SEN information report.",
    input: makeInput("education", { request: { service: "school_funded_support" } }),
    outcome: "ineligible",
    codes: ["SERVICE_EXCLUDED"],
    cites: `${PLYMOUTH}, R7`,
  },
  {
    quote: "The funding for this element of the personal budget will come from the local authority’s ‘high needs block’ funding.",
    input: makeInput("education", { request: { service: "top_up_support", ...dp } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote: "Home to school transport in the form of a ‘Personal Travel Budget’",
    input: makeInput("transport", { child: { transportEntitled: false }, request: dp }),
    outcome: "ineligible",
    codes: ["NOT_TRANSPORT_ENTITLED"],
    // Plymouth does not say who is entitled, so the baseline's rule applies and is cited.
    cites: "SEND Code of Practice 0 to 25, R5",
  },
  {
    quote: "By a provider (for example a school or the Direct Payment Support service).",
    input: makeInput("transport", { request: { arrangement: "third_party" } }),
    outcome: "eligible",
    codes: [],
  },
  {
    quote:
      "Children/young people who have an EHC Assessment or have an EHC Plan review will be offered the option of a Personal Budget if they are eligible.",
    input: makeInput("education", { request: { stage: "other" } }),
    outcome: "ineligible",
    codes: ["OUTSIDE_REQUEST_WINDOW"],
    cites: `${PLYMOUTH}, R2`,
  },
  {
    quote:
      "In all cases the availability of a personal budget will be based on the support a child or young person needs in order for them to achieve a set of jointly agreed outcomes and to have their identified support needs met.",
    input: makeInput("social_care", { request: { linkedOutcomes: [] } }),
    outcome: "ineligible",
    codes: ["NO_LINKED_OUTCOME"],
    cites: `${PLYMOUTH}, R12`,
  },
];

describe("plymouth preset (004)", () => {
  it.each(cases)("$quote", ({ input, ...expected }) => expectCheck(policy, input, expected));

  it("Individual care packages are agreed and allocated using the multi-agency panel process.", () => {
    expect(policy.streams.social_care?.panel).toMatchObject({
      name: "Multi-agency panel",
      source: { document: "004", rule: "R12" },
    });
  });

  it("In these cases it will be possible to bring the funding together to use as a single budget…", () => {
    expect(policy.statements.combined_funding?.source).toMatchObject({ document: "004", rule: "R14" });
  });

  it("level 0 explains itself to a family in words, naming the framework", () => {
    const [reason] = checkRequest(policy, makeInput("social_care", { child: { shortBreaksLevel: 0 } })).reasons;
    expect(reason?.message).toBe(
      "At level 0 of the Short Break Eligibility Framework (universal services, with no eligibility criteria) a personal budget is not available.",
    );
  });
});
