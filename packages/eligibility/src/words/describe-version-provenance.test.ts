import { describe, expect, it } from "vitest";
import { resolvePreset } from "../resolve-policy";
import { type Policy } from "../policy";
import { describeVersionProvenance, summariseProvenance } from "./describe-version-provenance";

const surrey = { id: "surrey", resolved: resolvePreset("surrey") };
const copyOfSurrey = (): Policy => structuredClone(surrey.resolved.policy) as Policy;
const inheritedPath = Object.entries(surrey.resolved.provenance).find(([, entry]) => entry.origin === "inherited")?.[0] ?? "";

describe("describeVersionProvenance", () => {
  it("has one entry for each setting the preset's provenance names, and no more", () => {
    const { settings, removed } = describeVersionProvenance(copyOfSurrey(), surrey);
    expect(Object.keys(settings).sort()).toEqual(Object.keys(surrey.resolved.provenance).sort());
    expect(removed).toEqual([]);
  });

  it("credits Surrey's own document for what Surrey states", () => {
    const { settings } = describeVersionProvenance(copyOfSurrey(), surrey);
    expect(settings["timeLimits.reviewRequest.n"]).toEqual({
      origin: "preset",
      presetId: "surrey",
      label: "from Surrey County Council's policy",
    });
    expect(settings["streams.education.services.school_funded_support.requires.schoolAgreement.source"]?.origin).toBe("preset");
  });

  it("credits the Code of Practice baseline for what Surrey's document leaves unsaid", () => {
    expect(inheritedPath).not.toBe("");
    const { settings } = describeVersionProvenance(copyOfSurrey(), surrey);
    expect(settings[inheritedPath]).toEqual({
      origin: "baseline",
      presetId: "code-of-practice",
      label: "from the SEND Code of Practice baseline",
    });
  });

  it("marks a value the council changed, with the preset's value beside it", () => {
    const policy = copyOfSurrey();
    const limit = policy.timeLimits.reviewRequest;
    if (!limit) throw new Error("surrey sets reviewRequest");
    policy.timeLimits.reviewRequest = { ...limit, n: 20, unit: "working_days", source: { document: "council", rule: "T7" } };
    const { settings } = describeVersionProvenance(policy, surrey);
    expect(settings["timeLimits.reviewRequest.n"]).toEqual({ origin: "council", presetId: null, label: "changed by the council", presetValue: 15 });
    expect(settings["timeLimits.reviewRequest.unit"]).toMatchObject({ origin: "council", presetValue: "days" });
    expect(settings["timeLimits.reviewRequest.source"]?.origin).toBe("council");
    expect(settings["timeLimits.reviewDecision.n"]?.origin).toBe("preset");
  });

  it("marks a setting the council added, and lists one it removed", () => {
    const policy = copyOfSurrey();
    policy.timeLimits.returnDue = { n: 20, unit: "working_days", source: { document: "council", rule: "T4" } };
    delete policy.timeLimits.policyReview;
    const provenance = describeVersionProvenance(policy, surrey);
    expect(provenance.settings["timeLimits.returnDue.n"]).toEqual({ origin: "council", presetId: null, label: "added by the council" });
    expect(provenance.settings["timeLimits.policyReview.n"]).toBeUndefined();
    expect(provenance.removed.map((r) => r.path)).toEqual(["timeLimits.policyReview.n", "timeLimits.policyReview.unit", "timeLimits.policyReview.source"]);
    expect(provenance.removed[0]).toMatchObject({ presetValue: 3, label: "removed by the council" });
  });

  it("does not count a list of codes in another order as a change", () => {
    const policy = copyOfSurrey();
    const stages = policy.streams.education?.requestStages;
    if (!stages) throw new Error("surrey sets request windows");
    stages.allowed = [...stages.allowed].reverse();
    const { settings } = describeVersionProvenance(policy, surrey);
    expect(settings["streams.education.requestStages.allowed"]?.origin).toBe("preset");
  });

  it("calls the baseline's own settings the baseline's when a council adopts it directly", () => {
    const baseline = { id: "code-of-practice", resolved: resolvePreset("code-of-practice") };
    const { settings } = describeVersionProvenance(structuredClone(baseline.resolved.policy) as Policy, baseline);
    const origins = new Set(Object.values(settings).map((s) => s.origin));
    expect(origins).toEqual(new Set(["baseline"]));
    expect(settings["timeLimits.annualReview.n"]?.label).toBe("from the SEND Code of Practice baseline");
  });

  it("gives every setting to the council when the version has no preset", () => {
    const { presetId, settings, removed } = describeVersionProvenance(copyOfSurrey(), null);
    expect(presetId).toBeNull();
    expect(Object.values(settings).every((s) => s.origin === "council")).toBe(true);
    expect(Object.keys(settings)).toHaveLength(Object.keys(surrey.resolved.provenance).length);
    expect(removed).toEqual([]);
  });
});

describe("summariseProvenance", () => {
  const policy = copyOfSurrey();
  const limit = policy.timeLimits.reviewRequest;
  if (limit) policy.timeLimits.reviewRequest = { ...limit, n: 20 };
  delete policy.timeLimits.policyReview;
  const provenance = describeVersionProvenance(policy, surrey);

  it("marks a group the council changed and names what changed", () => {
    expect(summariseProvenance(provenance, "timeLimits.reviewRequest")).toEqual({ origin: "council", label: "changed by the council", changed: ["n"] });
  });

  it("marks a group the council removed", () => {
    expect(summariseProvenance(provenance, "timeLimits.policyReview")).toMatchObject({ origin: "council", label: "removed by the council" });
  });

  it("marks an untouched group by its preset or the baseline", () => {
    expect(summariseProvenance(provenance, "timeLimits.reviewDecision")).toEqual({
      origin: "preset",
      label: "from Surrey County Council's policy",
      changed: [],
    });
    const inheritedGroup = inheritedPath.split(".").slice(0, -1).join(".");
    const summary = summariseProvenance(provenance, inheritedGroup);
    expect(summary?.origin).toMatch(/^(baseline|preset)$/);
  });

  it("does not take a sibling with a longer name for part of the group", () => {
    expect(summariseProvenance(provenance, "timeLimits.review")).toBeNull();
  });
});
