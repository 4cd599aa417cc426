import { checkRequest, PRESET_IDS, resolvePreset, STREAMS, type Policy, type Stream } from "@pb/eligibility";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyCheckInput } from "./what-if-test-support";
import { findChangedScope, mayChangeLine, tallyUnchangedLines } from "./what-if-scope";

type Mutation = (policy: Policy, pick: number) => void;

const streamOf = (policy: Policy, pick: number) => {
  const offered = STREAMS.filter((s) => policy.streams[s]);
  return offered[pick % offered.length] as Stream;
};
const serviceOf = (policy: Policy, stream: Stream, pick: number) => {
  const codes = Object.keys(policy.streams[stream]?.services ?? {});
  return codes[pick % codes.length] ?? "top_up_support";
};

/** Changes an admin could make to a draft, each to one part of the policy. */
const MUTATIONS: Mutation[] = [
  (p, n) => {
    const stream = streamOf(p, n);
    const rule = p.streams[stream]?.services[serviceOf(p, stream, n >> 3)];
    if (rule) rule.personalBudget = !rule.personalBudget;
  },
  (p, n) => {
    const stream = streamOf(p, n);
    const rule = p.streams[stream]?.services[serviceOf(p, stream, n >> 3)];
    if (rule) rule.directPayment = !rule.directPayment;
  },
  (p, n) => {
    const rules = p.streams[streamOf(p, n)];
    if (rules) rules.offered = !rules.offered;
  },
  (p, n) => {
    const rules = p.streams[streamOf(p, n)];
    if (rules?.ageRange) rules.ageRange = { ...rules.ageRange, max: Math.max(rules.ageRange.min, rules.ageRange.max - 3) };
  },
  (p, n) => {
    const rules = p.streams[streamOf(p, n)];
    const offer = rules?.arrangements.third_party;
    if (rules && offer) rules.arrangements.third_party = { ...offer, offered: !offer.offered };
  },
  (p, n) => {
    const stream = streamOf(p, n);
    const rule = p.streams[stream]?.services[serviceOf(p, stream, n >> 3)];
    if (rule) rule.requires = { ...rule.requires, professionalIdentification: { appliesTo: "any_arrangement", source: { document: "council", rule: "R6" } } };
  },
  (p) => {
    const young = p.directPayments.recipients.young_person;
    p.directPayments.recipients.young_person = { ...young, allowed: !young.allowed };
  },
  (p, n) => {
    const stream = streamOf(p, n);
    p.directPayments.prohibitedUses.scale_test = { description: "one more thing", streams: [stream], services: [serviceOf(p, stream, n >> 3)], source: { document: "council", rule: "R10" } };
  },
  (p, n) => {
    const rules = p.streams[streamOf(p, n)];
    if (rules?.requestStages) rules.requestStages = { ...rules.requestStages, allowed: rules.requestStages.allowed.slice(1).length ? rules.requestStages.allowed.slice(1) : rules.requestStages.allowed };
  },
  (p) => {
    p.timeLimits = { ...p.timeLimits, reviewRequest: { n: 20, unit: "working_days", source: { document: "council", rule: "T7" } } };
  },
];

const anyDraft = fc
  .record({ presetId: fc.constantFrom(...PRESET_IDS), changes: fc.array(fc.record({ which: fc.nat(MUTATIONS.length - 1), pick: fc.nat() }), { minLength: 1, maxLength: 3 }) })
  .map(({ presetId, changes }) => {
    const recorded = resolvePreset(presetId).policy;
    const draft = structuredClone(recorded) as Policy;
    for (const change of changes) MUTATIONS[change.which]?.(draft, change.pick);
    return { recorded, draft };
  });

describe("findChangedScope", () => {
  it("finds nothing to check again when the draft is the recorded version", () => {
    const surrey = resolvePreset("surrey").policy;
    const scope = findChangedScope(surrey, structuredClone(surrey));
    expect(scope.directPayments).toBe(false);
    for (const stream of STREAMS) expect(scope.streams[stream]).toEqual({ whole: false, services: new Set() });
  });

  it("never leaves out a line whose outcome or reasons the draft would change", () => {
    fc.assert(
      fc.property(anyDraft, fc.array(anyCheckInput, { maxLength: 60 }), ({ recorded, draft }, inputs) => {
        const scope = findChangedScope(recorded, draft);
        for (const input of inputs) {
          if (mayChangeLine(scope, input.request)) continue;
          const before = checkRequest(recorded, input);
          const after = checkRequest(draft, input);
          expect(after.outcome).toBe(before.outcome);
          expect(after.reasons.map((r) => r.code)).toEqual(before.reasons.map((r) => r.code));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("narrows a draft that stops one service to that service's lines", () => {
    const surrey = resolvePreset("surrey").policy;
    const draft = structuredClone(surrey) as Policy;
    const rule = draft.streams.social_care?.services.personal_assistant;
    if (rule) rule.personalBudget = false;
    const scope = findChangedScope(surrey, draft);
    expect(mayChangeLine(scope, { stream: "social_care", service: "personal_assistant", arrangement: "organised" })).toBe(true);
    expect(mayChangeLine(scope, { stream: "social_care", service: "short_break_activity", arrangement: "direct_payment" })).toBe(false);
    expect(mayChangeLine(scope, { stream: "education", service: "personal_assistant", arrangement: "organised" })).toBe(false);
  });
});

describe("tallyUnchangedLines", () => {
  it("counts lines as kept with their recorded outcome", () => {
    const tally = tallyUnchangedLines([
      { stream: "education", outcome: "eligible", lines: 5 },
      { stream: "education", outcome: "ineligible", lines: 2 },
      { stream: "health", outcome: "conditional", lines: 1 },
    ]);
    expect(tally.checked).toBe(8);
    expect(tally.changed).toBe(0);
    expect(tally.streams.education.checked).toBe(7);
    expect(tally.transitions["eligible>eligible"]).toBe(5);
    expect(tally.transitions["conditional>conditional"]).toBe(1);
  });
});
