import { describe, expect, it } from "vitest";
import { collectLeaves, isSourceLike } from "./json-tree";
import { PolicyError } from "./policy-error";
import { PRESET_IDS, adoptPresetPolicy, resolvePolicy, resolvePreset } from "./resolve-policy";

/** A preset-shaped file of a council that starts from Surrey and changes one thing. */
function surreyWith(patch: Record<string, unknown>) {
  return { id: "new-council", name: "New Council", version: "2", document: "council", inherits: "surrey", ...patch };
}

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyError) return error.issues;
    throw error;
  }
  return [];
}

describe("resolvePreset", () => {
  it.each(PRESET_IDS)("%s names itself and its document", (id) => {
    const { policy } = resolvePreset(id);
    expect(policy.id).toBe(id);
    expect(policy.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(policy.document).toMatch(/^(00[0-4]|code-of-practice)$/);
  });

  it("resolves once, and the result cannot be changed by a caller", () => {
    const first = resolvePreset("surrey");
    expect(resolvePreset("surrey")).toBe(first);
    expect(Object.isFrozen(first.policy.streams.education?.services)).toBe(true);
  });

  it("refuses an unknown id, listing the presets", () => {
    expect(issuesOf(() => resolvePreset("kent"))).toEqual([
      'unknown preset "kent" (presets: code-of-practice, hertfordshire, portsmouth, surrey, plymouth)',
    ]);
  });
});

describe("adoptPresetPolicy", () => {
  it("is the preset named for the adopting council, a copy it may amend without touching the preset", () => {
    const adopted = adoptPresetPolicy("surrey", "Demo County Council");
    const preset = resolvePreset("surrey").policy;
    expect(adopted).toEqual({ ...preset, name: "Demo County Council" });
    expect(preset.name).not.toBe("Demo County Council");
    adopted.finance = { ...adopted.finance, underspendWeeks: 8 };
    expect(Object.isFrozen(adopted.streams)).toBe(false);
    expect(resolvePreset("surrey").policy.finance).toEqual(preset.finance);
  });

  it("refuses an unknown preset as resolvePreset does", () => {
    expect(issuesOf(() => adoptPresetPolicy("kent", "Kent County Council"))[0]).toMatch(/^unknown preset "kent"/);
  });
});

describe("provenance", () => {
  it("marks every setting of the baseline as its own", () => {
    const { provenance, inherits } = resolvePreset("code-of-practice");
    expect(inherits).toEqual([]);
    expect(new Set(Object.values(provenance).map((p) => p.origin))).toEqual(new Set(["own"]));
  });

  it("says for each setting of a council whether its own document or the baseline set it", () => {
    const { provenance, inherits } = resolvePreset("surrey");
    expect(inherits).toEqual(["code-of-practice"]);
    expect(provenance["timeLimits.reviewRequest.n"]).toEqual({ origin: "own", from: "surrey" });
    expect(provenance["timeLimits.firstDirectPaymentReview.n"]).toEqual({ origin: "inherited", from: "code-of-practice" });
    expect(provenance["streams.education.services.school_place.personalBudget"]).toEqual({
      origin: "inherited",
      from: "code-of-practice",
    });
    expect(provenance["streams.education.services.school_funded_support.source"]).toEqual({ origin: "own", from: "surrey" });
  });

  it.each(PRESET_IDS)("%s: has exactly one entry per setting", (id) => {
    const { policy, provenance } = resolvePreset(id);
    expect(Object.keys(provenance).sort()).toEqual([...collectLeaves(policy).keys()].sort());
  });

  it("follows a chain: a council file inheriting Surrey, which inherits the baseline", () => {
    const { policy, provenance, inherits } = resolvePolicy(
      surreyWith({ timeLimits: { reviewRequest: { n: 20, unit: "working_days", source: { document: "council", rule: "T7" } } } }),
    );
    expect(inherits).toEqual(["surrey", "code-of-practice"]);
    expect(policy.timeLimits.reviewRequest?.n).toBe(20);
    expect(provenance["timeLimits.reviewRequest.unit"]).toEqual({ origin: "own", from: "new-council" });
    expect(provenance["timeLimits.reviewDecision.n"]).toEqual({ origin: "inherited", from: "surrey" });
    expect(provenance["timeLimits.annualReview.n"]).toEqual({ origin: "inherited", from: "surrey" });
    expect(provenance["timeLimits.firstDirectPaymentReview.n"]).toEqual({ origin: "inherited", from: "code-of-practice" });
  });

  it("lets a council remove an inherited rule with null", () => {
    const { policy } = resolvePolicy(
      surreyWith({ streams: { education: { requires: { costNoHigherThanCommissioned: null } } } }),
    );
    expect(policy.streams.education?.requires?.costNoHigherThanCommissioned).toBeUndefined();
    expect(policy.streams.education?.requires?.linkedOutcome).toBeDefined();
  });

  it("replaces a citation whole, so a council's source never keeps the baseline's quote", () => {
    const { policy } = resolvePolicy({
      id: "new-council",
      name: "New Council",
      version: "1",
      document: "council",
      inherits: "code-of-practice",
      timeLimits: { firstDirectPaymentReview: { n: 6, unit: "weeks", source: { document: "council", rule: "T2" } } },
    });
    expect(policy.timeLimits.firstDirectPaymentReview?.source).toEqual({ document: "council", rule: "T2" });
  });
});

describe("resolvePolicy refuses", () => {
  it("a rule changed without its own source, which would credit another document with it", () => {
    expect(
      issuesOf(() => resolvePolicy(surreyWith({ streams: { education: { services: { therapy: { directPayment: false } } } } }))),
    ).toEqual([
      "policy.streams.education.services.therapy.source: new-council sets directPayment here, so it must also give its own source (the one in force is from surrey)",
    ]);
    expect(issuesOf(() => resolvePolicy(surreyWith({ finance: { underspendWeeks: 8 } })))).toEqual([
      "policy.finance.sources.underspendWeeks: new-council sets finance.underspendWeeks, so it must also give its own source (the one in force is from surrey)",
    ]);
  });

  it("an unknown parent, a file inheriting from itself, and a file without a header", () => {
    expect(issuesOf(() => resolvePolicy(surreyWith({ inherits: "kent" })))).toEqual([
      'policy.inherits: unknown preset "kent" (presets: code-of-practice, hertfordshire, portsmouth, surrey, plymouth)',
    ]);
    expect(issuesOf(() => resolvePolicy(surreyWith({ id: "surrey" })))).toEqual([
      'policy.inherits: "surrey" inherits from itself through surrey',
    ]);
    expect(issuesOf(() => resolvePolicy({ inherits: "surrey" }))).toEqual([
      "policy.id: is required",
      "policy.name: is required",
      "policy.version: is required",
      "policy.document: is required",
    ]);
    expect(issuesOf(() => resolvePolicy([]))).toEqual(["policy: must be a JSON object"]);
  });

  it("a full policy with a mistake, naming the path", () => {
    const full = structuredClone(resolvePreset("plymouth").policy) as Record<string, any>;
    full.streams.social_care.shortBreaksLevels.levels["2"].personalBudget = "yes";
    expect(issuesOf(() => resolvePolicy(full))).toEqual([
      'policy.streams.social_care.shortBreaksLevels.levels.2.personalBudget: must be true or false (got "yes")',
    ]);
  });
});

/** The documents domain.md names for each rule the presets must state (R1–R12, T1–T8). */
const RULE_DOCUMENTS: Record<string, string[]> = {
  R1: ["000", "002", "003"],
  R2: ["000", "002"],
  R3: ["000", "002", "004"],
  R4: ["001", "000", "002", "004"],
  R5: ["001", "002"],
  R6: ["002"],
  R7: ["000", "004"],
  R8: ["002", "000"],
  R9: ["003", "001"],
  R10: ["002"],
  R11: ["000", "002"],
  R12: ["002", "004"],
  T1: ["002"],
  T2: ["003"],
  T3: ["002"],
  T4: ["002"],
  T5: ["002"],
  T6: ["002"],
  T7: ["002", "000"],
  T8: ["002"],
};
const PRESET_OF_DOCUMENT: Record<string, string> = {
  "000": "hertfordshire",
  "001": "portsmouth",
  "002": "surrey",
  "003": "code-of-practice",
  "004": "plymouth",
};

function listCitations(value: unknown, found: { document: string; rule: string }[] = []) {
  if (isSourceLike(value)) found.push(value as { document: string; rule: string });
  else if (typeof value === "object" && value !== null) for (const child of Object.values(value)) listCitations(child, found);
  return found;
}

describe("every rule R1–R12 and T1–T8 is in the preset of each document that states it", () => {
  const cases = Object.entries(RULE_DOCUMENTS).flatMap(([rule, documents]) => documents.map((document) => ({ rule, document })));
  it.each(cases)("$rule from $document", ({ rule, document }) => {
    const presetId = PRESET_OF_DOCUMENT[document] ?? "";
    const citations = listCitations(resolvePreset(presetId).policy);
    expect(citations).toContainEqual(expect.objectContaining({ document, rule }));
  });
});
