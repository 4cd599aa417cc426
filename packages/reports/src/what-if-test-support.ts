import { fromDayNumber, parseIsoDate, toDayNumber } from "@pb/calendar";
import { ARRANGEMENTS, RECIPIENTS, REQUEST_STAGES, SERVICES_BY_STREAM, STREAMS, type CheckInput, type Stream } from "@pb/eligibility";
import fc from "fast-check";

// Shared by the what-if tests only.

const PLANS_FOR: Record<Stream, { type: "ehcp" | "child_in_need" | "health_care_support"; status: "final" }[]> = {
  education: [{ type: "ehcp", status: "final" }],
  social_care: [{ type: "child_in_need", status: "final" }],
  health: [{ type: "health_care_support", status: "final" }],
  transport: [{ type: "ehcp", status: "final" }],
};

/** Requests as families make them: mostly meeting their stream's conditions, so that drafts have something to change. */
export const anyCheckInput: fc.Arbitrary<CheckInput> = fc
  .record({
    age: fc.integer({ min: 0, max: 25 }),
    asOfDay: fc.integer({ min: toDayNumber(parseIsoDate("2022-04-01")), max: toDayNumber(parseIsoDate("2026-10-31")) }),
    stream: fc.constantFrom(...STREAMS),
    serviceIndex: fc.nat(),
    qualifyingPlan: fc.boolean(),
    arrangement: fc.constantFrom(...ARRANGEMENTS),
    stage: fc.constantFrom(...REQUEST_STAGES),
    recipient: fc.constantFrom(...RECIPIENTS),
    answers: fc.constantFrom(true, true, true, null, false),
    shortBreaksLevel: fc.constantFrom(2, 3, 1, 0, null),
    costs: fc.record({ annual: fc.integer({ min: 0, max: 4_000_000 }), extra: fc.option(fc.integer({ min: -50_000, max: 400_000 }), { nil: null }) }),
    linked: fc.boolean(),
  })
  .map((r) => {
    const services = SERVICES_BY_STREAM[r.stream];
    const asOf = fromDayNumber(r.asOfDay);
    return {
      asOf,
      child: {
        dateOfBirth: fromDayNumber(r.asOfDay - r.age * 366 - 30),
        plans: r.qualifyingPlan ? PLANS_FOR[r.stream] : [],
        continuingCareEligible: r.qualifyingPlan,
        shortBreaksLevel: r.shortBreaksLevel as 0 | 1 | 2 | 3 | null,
        transportEntitled: r.qualifyingPlan,
        youngPersonHasCapacity: r.age >= 16 ? r.answers : null,
      },
      request: {
        stream: r.stream,
        service: services[r.serviceIndex % services.length] ?? services[0],
        arrangement: r.arrangement,
        stage: r.stage,
        recipient: r.arrangement === "direct_payment" ? r.recipient : null,
        onSchoolPremises: r.serviceIndex % 3 === 0,
        schoolAgreed: r.answers,
        needIdentifiedByProfessional: r.answers,
        annualCostPence: r.costs.annual,
        commissionedCostPence: r.costs.extra === null ? null : Math.max(0, r.costs.annual + r.costs.extra),
        linkedOutcomes: r.linked ? ["E1"] : [],
      },
    } as CheckInput;
  });
