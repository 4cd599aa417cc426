import { describe, expect, it } from "vitest";
import { SERVICES_BY_STREAM, STREAMS } from "./codes";
import { describeIssue } from "./describe-issue";
import { formatIssues } from "./format-issues";
import { Policy } from "./policy";
import { PRESET_IDS, resolvePreset } from "./resolve-policy";
import { PolicyTimeLimits } from "./time-limits";

const surrey = resolvePreset("surrey").policy;

function describeProblems(change: (policy: Record<string, any>) => void): string[] {
  const copy = structuredClone(surrey) as Record<string, any>;
  change(copy);
  const parsed = Policy.safeParse(copy, { reportInput: true, error: describeIssue });
  return parsed.success ? [] : formatIssues(parsed.error, "policy");
}

describe("Policy schema", () => {
  it.each(PRESET_IDS)("accepts the resolved %s preset", (id) => {
    expect(Policy.safeParse(resolvePreset(id).policy).success).toBe(true);
  });

  it.each(PRESET_IDS)("%s classifies every base service of each stream it offers", (id) => {
    const { policy } = resolvePreset(id);
    for (const stream of STREAMS) {
      const streamPolicy = policy.streams[stream];
      if (!streamPolicy?.offered) continue;
      expect(Object.keys(streamPolicy.services)).toEqual(expect.arrayContaining([...SERVICES_BY_STREAM[stream]]));
    }
  });

  it("refuses an offered stream that leaves a base service unclassified", () => {
    expect(describeProblems((p) => delete p.streams.education.services.tutoring)).toEqual([
      "policy.streams.education.services.tutoring: is required: an offered stream classifies every base service",
    ]);
  });

  it("refuses a base service filed under another stream", () => {
    expect(
      describeProblems(
        (p) =>
          (p.streams.education.services.personal_assistant = structuredClone(p.streams.social_care.services.personal_assistant)),
      ),
    ).toEqual(["policy.streams.education.services.personal_assistant: belongs to the social_care stream, not education"]);
  });

  it("refuses unknown fields, naming them", () => {
    expect(describeProblems((p) => (p.timeLimits.anualReview = p.timeLimits.annualReview))).toEqual([
      "policy.timeLimits.anualReview: unknown field",
    ]);
  });

  it("refuses an age range upside down and a time limit that is not a whole number of a known unit", () => {
    expect(
      describeProblems((p) => {
        p.streams.health.ageRange.min = 30;
        p.timeLimits.reviewRequest.n = 1.5;
        p.timeLimits.reviewDecision.unit = "fortnights";
      }),
    ).toEqual([
      "policy.streams.health.ageRange.max: must not be below min",
      "policy.timeLimits.reviewRequest.n: must be a whole number of 0 or more (got 1.5)",
      'policy.timeLimits.reviewDecision.unit: must be one of days, working_days, weeks, months, years (got "fortnights")',
    ]);
  });

  it("requires a source for every finance setting", () => {
    expect(describeProblems((p) => (p.finance.remindersBeforeEscalation = 2))).toEqual([
      "policy.finance.sources.remindersBeforeEscalation: is required because remindersBeforeEscalation is set",
    ]);
  });

  it("requires a source on every rule-bearing item", () => {
    expect(describeProblems((p) => delete p.streams.education.services.tutoring.source)).toEqual([
      "policy.streams.education.services.tutoring.source: is required",
    ]);
    expect(describeProblems((p) => (p.timeLimits.annualReview.source = { document: "005", rule: "T3" }))).toEqual([
      'policy.timeLimits.annualReview.source.document: must be one of 000, 001, 002, 003, 004, code-of-practice, council (got "005")',
    ]);
  });

  it("refuses a short breaks level that names a service the stream does not have", () => {
    const problems = describeProblems((p) => {
      p.streams.social_care.shortBreaksLevels = {
        framework: "Framework",
        levels: {
          0: { name: "universal", personalBudget: false, directPayment: false },
          1: { name: "targeted", personalBudget: true, directPayment: true, services: ["tutoring"] },
          2: { name: "specialist", personalBudget: true, directPayment: true },
          3: { name: "joint", personalBudget: true, directPayment: true },
        },
        source: { document: "council", rule: "R3" },
      };
    });
    expect(problems).toEqual([
      'policy.streams.social_care.shortBreaksLevels.levels.1.services[0]: "tutoring" is not in this stream\'s services',
    ]);
  });

  it("leaves a stream out to mean it is not offered", () => {
    expect(describeProblems((p) => delete p.streams.transport)).toEqual([]);
  });
});

describe("PolicyTimeLimits: the shape pb deadline reads", () => {
  it("has exactly the seven optional limits, each { n, unit, source }", () => {
    expect(Object.keys(PolicyTimeLimits.shape).sort()).toEqual(
      [
        "annualReview",
        "cessationNotice",
        "firstDirectPaymentReview",
        "policyReview",
        "returnDue",
        "reviewDecision",
        "reviewRequest",
      ].sort(),
    );
    expect(PolicyTimeLimits.safeParse({}).success).toBe(true);
    const limit = { n: 10, unit: "working_days", source: { document: "council", rule: "T4" } };
    expect(PolicyTimeLimits.parse({ returnDue: limit })).toEqual({ returnDue: limit });
  });
});
