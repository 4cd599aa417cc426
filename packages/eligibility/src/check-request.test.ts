import { fromDayNumber, toDayNumber, parseIsoDate } from "@pb/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ARRANGEMENTS,
  PLAN_STATUSES,
  PLAN_TYPES,
  REASON_CODES,
  RECIPIENTS,
  REQUEST_STAGES,
  STREAMS,
  SERVICES_BY_STREAM,
} from "./codes";
import { CheckInput } from "./check-input";
import { assessRequest, checkRequest } from "./check-request";
import { deepFreeze } from "./json-tree";
import { PRESET_IDS, resolvePolicy, resolvePreset } from "./resolve-policy";
import { makeInput } from "./test-support";

const surrey = resolvePreset("surrey").policy;
const policies = PRESET_IDS.map((id) => resolvePreset(id).policy);

describe("conditional versus ineligible", () => {
  it("uses the same code while the school has not been asked (conditional) and once it refuses (ineligible)", () => {
    const pending = checkRequest(
      surrey,
      makeInput("education", { request: { service: "school_funded_support", schoolAgreed: null } }),
    );
    const refused = checkRequest(
      surrey,
      makeInput("education", { request: { service: "school_funded_support", schoolAgreed: false } }),
    );
    expect(pending.outcome).toBe("conditional");
    expect(refused.outcome).toBe("ineligible");
    expect(pending.reasons.map((r) => r.code)).toEqual(["SCHOOL_AGREEMENT_REQUIRED"]);
    expect(refused.reasons.map((r) => r.code)).toEqual(["SCHOOL_AGREEMENT_REQUIRED"]);
    expect(pending.reasons[0]?.message).not.toBe(refused.reasons[0]?.message);
  });

  it("is conditional while the council's own cost is unknown, ineligible once it is lower", () => {
    const unknown = assessRequest(surrey, makeInput("education", { request: { commissionedCostPence: null } }));
    expect(unknown.outcome).toBe("conditional");
    expect(unknown.findings).toMatchObject([{ code: "COST_COMPARISON_REQUIRED", status: "to_confirm" }]);
    const dearer = assessRequest(
      surrey,
      makeInput("education", { request: { annualCostPence: 600_001, commissionedCostPence: 600_000 } }),
    );
    expect(dearer.findings).toMatchObject([{ code: "NOT_COST_EFFECTIVE", status: "fails" }]);
    const equal = assessRequest(
      surrey,
      makeInput("education", { request: { annualCostPence: 600_000, commissionedCostPence: 600_000 } }),
    );
    expect(equal.outcome).toBe("eligible");
  });

  it("a hard failure outweighs anything still to confirm", () => {
    const result = checkRequest(
      surrey,
      makeInput("education", { request: { service: "school_funded_support", schoolAgreed: null, stage: "other" } }),
    );
    expect(result.outcome).toBe("ineligible");
    expect(result.reasons.map((r) => r.code)).toEqual(["OUTSIDE_REQUEST_WINDOW", "SCHOOL_AGREEMENT_REQUIRED"]);
  });
});

describe("every reason that applies", () => {
  it("lists all of them, once each, in a stable order", () => {
    const input = makeInput("transport", {
      child: { dateOfBirth: "1998-01-01", transportEntitled: false, youngPersonHasCapacity: false },
      request: { arrangement: "direct_payment", recipient: "young_person", commissionedCostPence: 100, linkedOutcomes: [] },
    });
    expect(checkRequest(surrey, input).reasons.map((r) => r.code)).toEqual([
      "AGE_OUT_OF_RANGE",
      "NOT_TRANSPORT_ENTITLED",
      "NOT_COST_EFFECTIVE",
      "CAPACITY_NOT_CONFIRMED",
      "NO_LINKED_OUTCOME",
    ]);
  });

  it("still checks the recipient when the stream is not offered", () => {
    const portsmouth = resolvePreset("portsmouth").policy;
    const input = makeInput("education", { request: { arrangement: "direct_payment", recipient: "young_person" } });
    expect(checkRequest(portsmouth, input).reasons.map((r) => r.code)).toEqual(["STREAM_NOT_OFFERED", "RECIPIENT_NOT_PERMITTED"]);
  });

  it("does not ask about the capacity of a child still of compulsory school age", () => {
    const input = makeInput("education", { request: { arrangement: "direct_payment", recipient: "young_person" } });
    const reasons = checkRequest(surrey, input).reasons;
    expect(reasons.map((r) => r.code)).toEqual(["RECIPIENT_NOT_PERMITTED"]);
    expect(reasons[0]?.message).toContain("27 June 2031");
  });

  it("explains an excluded service and cites the line of the table", () => {
    const [reason] = checkRequest(surrey, makeInput("education", { request: { service: "central_commissioned" } })).reasons;
    expect(reason).toEqual({
      code: "SERVICE_EXCLUDED",
      message:
        "A service the council commissions centrally cannot be paid for through a personal budget for education. Surrey does not currently offer a personal budget or a direct payment for services it commissions centrally.",
      source: "Surrey personal budgets policy (002), R6",
    });
  });

  it("checks a council's own service like a base one", () => {
    const policy = resolvePolicy({
      id: "music-council",
      name: "Music Council",
      version: "1",
      document: "council",
      inherits: "code-of-practice",
      streams: {
        education: {
          services: {
            music_lessons: {
              name: "music lessons",
              personalBudget: true,
              directPayment: false,
              requires: {
                professionalIdentification: { appliesTo: "any_arrangement", source: { document: "council", rule: "R6" } },
              },
              source: { document: "council", rule: "R6" },
            },
          },
        },
      },
    }).policy;
    const input = makeInput("education", {
      request: {
        service: "music_lessons",
        needIdentifiedByProfessional: null,
        arrangement: "direct_payment",
        recipient: "parent",
      },
    });
    expect(checkRequest(policy, input).reasons).toEqual([
      {
        code: "DIRECT_PAYMENT_PROHIBITED_USE",
        message:
          "Music lessons cannot be paid for with a direct payment, though it can be part of a personal budget managed another way.",
        source: "Music Council local policy, R6",
      },
      {
        code: "PROFESSIONAL_IDENTIFICATION_REQUIRED",
        message:
          "A professional, such as a therapist or occupational therapist, still needs to confirm the need for music lessons.",
        source: "Music Council local policy, R6",
      },
    ]);
  });
});

/** Any valid request: dates 1995–2026, any codes, any mix of known and unknown answers. */
const anyInput: fc.Arbitrary<CheckInput> = fc
  .record({
    birthDay: fc.integer({ min: toDayNumber(parseIsoDate("1995-01-01")), max: toDayNumber(parseIsoDate("2025-12-31")) }),
    daysLater: fc.integer({ min: 0, max: 365 * 12 }),
    plans: fc.array(fc.record({ type: fc.constantFrom(...PLAN_TYPES), status: fc.constantFrom(...PLAN_STATUSES) }), {
      maxLength: 3,
    }),
    continuingCareEligible: fc.boolean(),
    shortBreaksLevel: fc.constantFrom(0, 1, 2, 3, null),
    transportEntitled: fc.boolean(),
    youngPersonHasCapacity: fc.constantFrom(true, false, null),
    stream: fc.constantFrom(...STREAMS),
    serviceIndex: fc.nat(),
    arrangement: fc.constantFrom(...ARRANGEMENTS),
    stage: fc.constantFrom(...REQUEST_STAGES),
    recipient: fc.constantFrom(...RECIPIENTS),
    onSchoolPremises: fc.boolean(),
    schoolAgreed: fc.constantFrom(true, false, null),
    needIdentifiedByProfessional: fc.constantFrom(true, false, null),
    annualCostPence: fc.integer({ min: 0, max: 5_000_000 }),
    commissionedCostPence: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }),
    linkedOutcomes: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 2 }),
  })
  .map((r) => {
    const services = SERVICES_BY_STREAM[r.stream];
    const asOf = fromDayNumber(Math.min(r.birthDay + r.daysLater, toDayNumber(parseIsoDate("2026-12-31"))));
    return {
      asOf,
      child: {
        dateOfBirth: fromDayNumber(r.birthDay) < asOf ? fromDayNumber(r.birthDay) : asOf,
        plans: r.plans,
        continuingCareEligible: r.continuingCareEligible,
        shortBreaksLevel: r.shortBreaksLevel as 0 | 1 | 2 | 3 | null,
        transportEntitled: r.transportEntitled,
        youngPersonHasCapacity: r.youngPersonHasCapacity,
      },
      request: {
        stream: r.stream,
        service: services[r.serviceIndex % services.length] ?? services[0],
        arrangement: r.arrangement,
        stage: r.stage,
        recipient: r.arrangement === "direct_payment" ? r.recipient : null,
        onSchoolPremises: r.onSchoolPremises,
        schoolAgreed: r.schoolAgreed,
        needIdentifiedByProfessional: r.needIdentifiedByProfessional,
        annualCostPence: r.annualCostPence,
        commissionedCostPence: r.commissionedCostPence,
        linkedOutcomes: r.linkedOutcomes,
      },
    };
  });

const anyPolicy = fc.constantFrom(...policies);

describe("properties over every preset", () => {
  it("is ineligible exactly when a reason fails, eligible exactly when there is none", () => {
    fc.assert(
      fc.property(anyPolicy, anyInput, (policy, input) => {
        const { outcome, findings } = assessRequest(policy, input);
        expect(outcome === "ineligible").toBe(findings.some((f) => f.status === "fails"));
        expect(outcome === "eligible").toBe(findings.length === 0);
      }),
      { numRuns: 500 },
    );
  });

  it("gives each reason once, with a stable code, a plain message and a citation", () => {
    fc.assert(
      fc.property(anyPolicy, anyInput, (policy, input) => {
        const { reasons } = checkRequest(policy, input);
        const codes = reasons.map((r) => r.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const reason of reasons) {
          expect(REASON_CODES).toContain(reason.code);
          expect(reason.message).toMatch(/^[A-Z].*\.$/s);
          expect(reason.message).not.toMatch(/\b[A-Z]+_[A-Z_]+\b|\b[a-z]+_[a-z_]+\b/);
          expect(reason.source).toMatch(/^.+, .+$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("confirming what is pending removes exactly the pending reasons: a conditional request becomes eligible", () => {
    fc.assert(
      fc.property(anyPolicy, anyInput, (policy, input) => {
        const confirmed: CheckInput = {
          ...input,
          child: { ...input.child, youngPersonHasCapacity: input.child.youngPersonHasCapacity ?? true },
          request: {
            ...input.request,
            schoolAgreed: input.request.schoolAgreed ?? true,
            needIdentifiedByProfessional: input.request.needIdentifiedByProfessional ?? true,
            commissionedCostPence: input.request.commissionedCostPence ?? input.request.annualCostPence,
          },
        };
        const before = assessRequest(policy, input);
        const after = assessRequest(policy, confirmed);
        expect(after.findings).toEqual(before.findings.filter((f) => f.status === "fails"));
        if (before.outcome === "conditional") expect(after.outcome).toBe("eligible");
      }),
      { numRuns: 500 },
    );
  });

  it("is pure: the same answer twice, and the input untouched", () => {
    fc.assert(
      fc.property(anyPolicy, anyInput, (policy, input) => {
        expect(CheckInput.safeParse(input).success).toBe(true);
        const frozen = deepFreeze(structuredClone(input));
        expect(checkRequest(policy, frozen)).toEqual(checkRequest(policy, input));
      }),
      { numRuns: 100 },
    );
  });
});
