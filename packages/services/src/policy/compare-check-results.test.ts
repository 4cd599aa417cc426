import { describe, expect, it } from "vitest";
import type { CheckResult } from "@pb/eligibility";
import { compareCheckResults } from "./compare-check-results";

const agreement = { code: "SCHOOL_AGREEMENT_REQUIRED", message: "The school's agreement is still needed.", source: "Surrey (002), R6" } as const;
const cost = { code: "COST_COMPARISON_REQUIRED", message: "The cost is still to be compared.", source: "Surrey (002), R11" } as const;

describe("compareCheckResults", () => {
  it("says so when the draft changes nothing", () => {
    const result: CheckResult = { outcome: "conditional", reasons: [agreement] };
    const comparison = compareCheckResults(result, structuredClone(result));
    expect(comparison).toMatchObject({ same: true, outcomeChanged: false, onlyUnderDraft: [], onlyUnderInForce: [], reworded: [] });
    expect(comparison.lines).toEqual([
      "The outcome is the same under both: conditional (something is still to be confirmed).",
      "The draft gives the same reasons as the version in force.",
    ]);
  });

  it("names a changed outcome first, then reasons found under one side only", () => {
    const inForce: CheckResult = { outcome: "eligible", reasons: [] };
    const draft: CheckResult = { outcome: "conditional", reasons: [agreement] };
    const comparison = compareCheckResults(inForce, draft);
    expect(comparison.same).toBe(false);
    expect(comparison.onlyUnderDraft).toEqual(["SCHOOL_AGREEMENT_REQUIRED"]);
    expect(comparison.lines[0]).toBe(
      "The outcome changes from eligible under the version in force to conditional (something is still to be confirmed) under the draft.",
    );
    expect(comparison.lines[1]).toContain("Only under the draft: SCHOOL_AGREEMENT_REQUIRED");
    expect(comparison.lines[1]).toContain("Surrey (002), R6");
  });

  it("lists a reason the draft drops, and one worded or cited differently", () => {
    const inForce: CheckResult = { outcome: "conditional", reasons: [agreement, cost] };
    const draft: CheckResult = { outcome: "conditional", reasons: [{ ...agreement, source: "Demo County local policy, R6" }] };
    const comparison = compareCheckResults(inForce, draft);
    expect(comparison.onlyUnderInForce).toEqual(["COST_COMPARISON_REQUIRED"]);
    expect(comparison.reworded).toEqual(["SCHOOL_AGREEMENT_REQUIRED"]);
    expect(comparison.lines).toHaveLength(3);
    expect(comparison.lines[2]).toMatch(/^Given under both, but worded or cited differently under the draft: SCHOOL_AGREEMENT_REQUIRED/);
  });
});
