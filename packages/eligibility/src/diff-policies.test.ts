import { describe, expect, it } from "vitest";
import { diffPolicies } from "./diff-policies";
import { resolvePolicy, resolvePreset } from "./resolve-policy";

const surrey = resolvePreset("surrey").policy;
const plymouth = resolvePreset("plymouth").policy;

describe("diffPolicies", () => {
  it("finds nothing between a policy and itself", () => {
    expect(diffPolicies(surrey, surrey)).toEqual([]);
    expect(diffPolicies(surrey, structuredClone(surrey))).toEqual([]);
  });

  it("lists changed, added and removed settings by path", () => {
    const differences = diffPolicies(surrey, plymouth, { ignoreSources: true });
    const byPath = new Map(differences.map((d) => [d.path, d]));
    expect(byPath.get("streams.education.services.school_funded_support.personalBudget")).toEqual({
      path: "streams.education.services.school_funded_support.personalBudget",
      change: "changed",
      a: true,
      b: false,
    });
    expect(byPath.get("timeLimits.reviewRequest.n")).toEqual({ path: "timeLimits.reviewRequest.n", change: "removed", a: 15 });
    expect(byPath.get("streams.social_care.shortBreaksLevels.levels.1.services")).toMatchObject({
      change: "added",
      b: ["personal_assistant", "short_break_activity"],
    });
    expect(byPath.has("timeLimits.reviewRequest.source")).toBe(false);
  });

  it("shows citations too unless asked not to", () => {
    const paths = diffPolicies(surrey, plymouth).map((d) => d.path);
    expect(paths).toContain("streams.education.services.top_up_support.source");
    expect(paths).toContain("finance.sources.returnFrequency");
  });

  it("compares lists of codes as sets, and puts a new setting beside its siblings", () => {
    const reordered = resolvePolicy({
      id: "reordered",
      name: "Reordered",
      version: "1",
      document: "council",
      inherits: "surrey",
      streams: {
        education: {
          requestStages: {
            allowed: ["reassessment", "annual_review", "draft_plan"],
            source: { document: "002", rule: "R2", quote: "Young people who have an EHC Plan…" },
          },
        },
      },
      timeLimits: { returnDue: { n: 20, unit: "working_days", source: { document: "council", rule: "T4" } } },
    }).policy;
    const differences = diffPolicies(surrey, reordered, { ignoreSources: true });
    expect(differences.map((d) => d.path)).toEqual([
      "id",
      "name",
      "version",
      "document",
      "timeLimits.returnDue.n",
      "timeLimits.returnDue.unit",
    ]);
  });
});
