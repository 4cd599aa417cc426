import { checkRequest, Policy, PRESET_IDS, resolvePreset, STREAMS, type CheckInput, type Stream } from "@pb/eligibility";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareLinesWithDraft, createWhatIfTally, mergeWhatIfTallies, summariseWhatIf, type RecordedLine } from "./what-if";
import { anyCheckInput } from "./what-if-test-support";

/** Lines recorded as the product records them: checked under the policy in force, approved when not ineligible. */
function recordUnder(policy: Policy, inputs: readonly CheckInput[]): RecordedLine[] {
  return inputs.map((input, i) => {
    const result = checkRequest(policy, input);
    return {
      requestId: `r${i}`,
      lineNo: 1,
      input,
      recordedOutcome: result.outcome,
      recordedCodes: result.reasons.map((r) => r.code),
      approvedPence: result.outcome === "ineligible" ? null : input.request.annualCostPence,
    };
  });
}

/** The same policy, no longer paying for one service through a personal budget; still a valid policy. */
function withoutService(policy: Policy, stream: Stream, service: string): Policy {
  const draft = structuredClone(policy) as Policy;
  const rule = draft.streams[stream]?.services[service];
  if (rule) Object.assign(rule, { personalBudget: false, directPayment: false });
  return Policy.parse(draft);
}

function withoutStream(policy: Policy, stream: Stream): Policy {
  const draft = structuredClone(policy) as Policy;
  const rules = draft.streams[stream];
  if (rules) rules.offered = false;
  return Policy.parse(draft);
}

/** A preset, and one stream it offers with one service it pays for there. */
const offeredService = fc
  .record({ presetId: fc.constantFrom(...PRESET_IDS), pick: fc.nat() })
  .map(({ presetId, pick }) => {
    const policy = resolvePreset(presetId).policy;
    const options = STREAMS.flatMap((stream) => {
      const rules = policy.streams[stream];
      if (!rules?.offered) return [];
      return Object.entries(rules.services)
        .filter(([, rule]) => rule.personalBudget)
        .map(([service]) => ({ stream, service }));
    });
    const chosen = options[pick % options.length];
    if (!chosen) throw new Error(`${presetId} offers nothing`);
    return { presetId, policy, ...chosen };
  });

describe("compareLinesWithDraft", () => {
  it("changes nothing when the draft is the policy the lines were recorded under", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_IDS), fc.array(anyCheckInput, { maxLength: 60 }), (presetId, inputs) => {
        const policy = resolvePreset(presetId).policy;
        const tally = compareLinesWithDraft(policy, recordUnder(policy, inputs));
        expect(tally.checked).toBe(inputs.length);
        expect(tally.changed).toBe(0);
        expect(tally.committedChangePence).toBe(0);
      }),
    );
  });

  it("a draft that stops offering one service changes every line for it that was not already ineligible, and no other, naming SERVICE_EXCLUDED", () => {
    fc.assert(
      fc.property(offeredService, fc.array(anyCheckInput, { minLength: 1, maxLength: 80 }), ({ policy, stream, service }, inputs) => {
        // Some lines ask for the chosen service, so the property is tested where it bites.
        const asked = inputs.map((input, i) => (i % 3 === 0 ? { ...input, request: { ...input.request, stream, service } } : input));
        const lines = recordUnder(policy, asked);
        const tally = compareLinesWithDraft(withoutService(policy, stream, service), lines);
        const expected = lines.filter((l) => l.input.request.stream === stream && l.input.request.service === service && l.recordedOutcome !== "ineligible");
        expect(tally.changed).toBe(expected.length);
        expect(tally.transitions["eligible>ineligible"] + tally.transitions["conditional>ineligible"]).toBe(expected.length);
        expect(tally.reasons.SERVICE_EXCLUDED?.gained ?? 0).toBe(expected.length);
        expect(tally.streams[stream].changed).toBe(expected.length);
        for (const other of STREAMS.filter((s) => s !== stream)) expect(tally.streams[other].changed).toBe(0);
        const approved = expected.reduce((sum, l) => sum + (l.approvedPence ?? 0), 0);
        expect(tally.committedChangePence + approved).toBe(0);
        for (const example of tally.examples) {
          expect([example.stream, example.service, example.to]).toEqual([stream, service, "ineligible"]);
          expect(example.gained).toContain("SERVICE_EXCLUDED");
        }
      }),
      { numRuns: 150 },
    );
  });

  it("a draft that stops offering a whole stream changes every line of it that was not already ineligible, naming STREAM_NOT_OFFERED", () => {
    fc.assert(
      fc.property(offeredService, fc.array(anyCheckInput, { minLength: 1, maxLength: 80 }), ({ policy, stream }, inputs) => {
        const lines = recordUnder(policy, inputs);
        const tally = compareLinesWithDraft(withoutStream(policy, stream), lines);
        const expected = lines.filter((l) => l.input.request.stream === stream && l.recordedOutcome !== "ineligible");
        expect(tally.changed).toBe(expected.length);
        expect(tally.reasons.STREAM_NOT_OFFERED?.gained ?? 0).toBe(expected.length);
        expect(Object.values(tally.services).every((s) => s.stream === stream)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("counts a refused line the draft would allow as newly eligible, with the annual cost asked for", () => {
    const surrey = resolvePreset("surrey").policy;
    const strict = withoutService(surrey, "social_care", "personal_assistant");
    const input: CheckInput = {
      asOf: "2025-06-01",
      child: { dateOfBirth: "2014-03-01", plans: [{ type: "child_in_need", status: "final" }], continuingCareEligible: false, shortBreaksLevel: 2, transportEntitled: false, youngPersonHasCapacity: null },
      request: { stream: "social_care", service: "personal_assistant", arrangement: "direct_payment", stage: "annual_review", recipient: "parent", onSchoolPremises: false, schoolAgreed: null, needIdentifiedByProfessional: true, annualCostPence: 640_000, commissionedCostPence: null, linkedOutcomes: ["E1"] },
    };
    const [line] = recordUnder(strict, [input]);
    if (!line) throw new Error("no line");
    expect(line.recordedOutcome).toBe("ineligible");
    const tally = compareLinesWithDraft(surrey, [line]);
    expect(tally.changed).toBe(1);
    expect(tally.streams.social_care.becameEligible).toBe(1);
    expect(tally.newlyEligibleAskedPence).toBe(640_000);
    expect(tally.reasons.SERVICE_EXCLUDED).toEqual({ gained: 0, lost: 1 });
    expect(tally.committedChangePence).toBe(0);
  });
});

describe("mergeWhatIfTallies", () => {
  it("gives, for two batches, the tally of both at once, so a verb can stream in batches", () => {
    fc.assert(
      fc.property(offeredService, fc.array(anyCheckInput, { maxLength: 60 }), fc.nat(), ({ policy, stream, service }, inputs, cut) => {
        const lines = recordUnder(policy, inputs);
        const draft = withoutService(policy, stream, service);
        const at = lines.length ? cut % (lines.length + 1) : 0;
        const merged = mergeWhatIfTallies(compareLinesWithDraft(draft, lines.slice(0, at)), compareLinesWithDraft(draft, lines.slice(at)));
        expect(merged).toEqual(compareLinesWithDraft(draft, lines));
      }),
      { numRuns: 60 },
    );
  });

  it("starts from an empty tally that changes nothing", () => {
    const surrey = resolvePreset("surrey").policy;
    const tally = compareLinesWithDraft(surrey, []);
    expect(mergeWhatIfTallies(createWhatIfTally(), tally)).toEqual(tally);
  });
});

describe("summariseWhatIf", () => {
  it("lays the tally out with outcome totals before and after, and only real changes as transitions", () => {
    const surrey = resolvePreset("surrey").policy;
    const inputs = fc.sample(anyCheckInput, { numRuns: 300, seed: 7 });
    const lines = recordUnder(surrey, inputs);
    const summary = summariseWhatIf(compareLinesWithDraft(withoutStream(surrey, "social_care"), lines));
    const total = (k: "inForce" | "draft") => summary.outcomes.reduce((s, o) => s + o[k], 0);
    expect(total("inForce")).toBe(lines.length);
    expect(total("draft")).toBe(lines.length);
    expect(summary.transitions.every((t) => t.from !== t.to && t.lines > 0)).toBe(true);
    expect(summary.transitions.reduce((s, t) => s + t.lines, 0)).toBe(summary.changed);
    expect(summary.streams.map((s) => s.stream)).toEqual([...STREAMS]);
    expect(summary.reasons[0]?.code).toBe("STREAM_NOT_OFFERED");
  });
});
