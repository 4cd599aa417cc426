import { expect } from "vitest";
import type { Outcome, ReasonCode, Stream } from "./codes";
import type { CheckInput } from "./check-input";
import { CheckInput as CheckInputSchema } from "./check-input";
import { checkRequest } from "./check-request";
import type { Policy } from "./policy";

// Shared by the tests only: a request that passes every rule of its stream, to be changed one field at a time.

type Overrides = { asOf?: string; child?: Partial<CheckInput["child"]>; request?: Partial<CheckInput["request"]> };

const GOOD_REQUESTS: Record<Stream, { child: Partial<CheckInput["child"]>; request: Partial<CheckInput["request"]> }> = {
  education: { child: { plans: [{ type: "ehcp", status: "final" }] }, request: { service: "top_up_support" } },
  social_care: {
    child: { plans: [{ type: "child_in_need", status: "final" }], shortBreaksLevel: 2 },
    request: { service: "personal_assistant" },
  },
  health: {
    child: { plans: [{ type: "health_care_support", status: "final" }], continuingCareEligible: true },
    request: { service: "continuing_care_package" },
  },
  transport: { child: { transportEntitled: true }, request: { service: "home_to_school_transport" } },
};

/** A request in `stream` that passes every rule, with the given fields changed; validated like real input. */
export function makeInput(stream: Stream, overrides: Overrides = {}): CheckInput {
  const good = GOOD_REQUESTS[stream];
  const input = {
    asOf: overrides.asOf ?? "2025-03-01",
    child: {
      dateOfBirth: "2015-06-15",
      plans: [],
      continuingCareEligible: false,
      shortBreaksLevel: null,
      transportEntitled: false,
      youngPersonHasCapacity: null,
      ...good.child,
      ...overrides.child,
    },
    request: {
      stream,
      service: "top_up_support",
      arrangement: "organised",
      stage: "annual_review",
      recipient: null,
      onSchoolPremises: false,
      schoolAgreed: true,
      needIdentifiedByProfessional: true,
      annualCostPence: 500_000,
      commissionedCostPence: 600_000,
      linkedOutcomes: ["Can read and follow a visual timetable by the end of Year 5"],
      ...good.request,
      ...overrides.request,
    },
  };
  return CheckInputSchema.parse(input);
}

export type Expected = { outcome: Outcome; codes: ReasonCode[]; cites?: string };

/** Checks the outcome, the exact set of reason codes, and (optionally) the first reason's citation. */
export function expectCheck(policy: Policy, input: CheckInput, expected: Expected): void {
  const result = checkRequest(policy, input);
  expect({ outcome: result.outcome, codes: result.reasons.map((r) => r.code).sort() }).toEqual({
    outcome: expected.outcome,
    codes: [...expected.codes].sort(),
  });
  if (expected.cites) expect(result.reasons[0]?.source).toBe(expected.cites);
}

export type PresetCase = Expected & { quote: string; input: CheckInput };
