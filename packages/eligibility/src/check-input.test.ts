import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { CheckInput, buildCheckInputSchema } from "./check-input";
import { formatIssues } from "./format-issues";
import { resolvePolicy, resolvePreset } from "./resolve-policy";
import { makeInput } from "./test-support";

const valid = makeInput("education");

/** The lines `pb check` would print for this input, as element 3 of an array. */
function describeProblems(raw: unknown, schema: z.ZodType = CheckInput): string[] {
  const parsed = schema.safeParse(raw, { reportInput: true });
  return parsed.success ? [] : formatIssues(parsed.error, "request[3]");
}

function withChanges(change: (input: Record<string, any>) => void): unknown {
  const copy = structuredClone(valid) as Record<string, any>;
  change(copy);
  return copy;
}

describe("CheckInput", () => {
  it("accepts a complete request", () => {
    expect(describeProblems(valid)).toEqual([]);
  });

  it("names a date that does not exist", () => {
    expect(describeProblems(withChanges((i) => (i.child.dateOfBirth = "2024-02-30")))).toEqual([
      "request[3].child.dateOfBirth: not a real date (2024-02-30)",
    ]);
  });

  it("names a field that is missing, and one it does not know", () => {
    const problems = describeProblems(
      withChanges((i) => {
        delete i.request.stage;
        i.child.colour = "blue";
      }),
    );
    expect(problems).toContain("request[3].request.stage: is required");
    expect(problems).toContain("request[3].child.colour: unknown field");
  });

  it("says which codes are allowed", () => {
    expect(describeProblems(withChanges((i) => (i.request.stream = "edu")))).toEqual([
      'request[3].request.stream: must be one of education, health, social_care, transport (got "edu")',
    ]);
    expect(describeProblems(withChanges((i) => (i.child.plans = [{ type: "ehcp", status: "closed" }])))).toEqual([
      'request[3].child.plans[0].status: must be one of draft, final, annual_review, reassessment, ceased (got "closed")',
    ]);
  });

  it("requires null, not a missing field, for what is not known yet", () => {
    expect(describeProblems(withChanges((i) => delete i.request.schoolAgreed))).toEqual([
      "request[3].request.schoolAgreed: is required",
    ]);
    expect(describeProblems(withChanges((i) => (i.request.schoolAgreed = "yes")))).toEqual([
      'request[3].request.schoolAgreed: must be true, false, or null when not known yet (got "yes")',
    ]);
  });

  it("refuses a short breaks level outside 0–3 and money that is not whole pence", () => {
    const problems = describeProblems(
      withChanges((i) => {
        i.child.shortBreaksLevel = 4;
        i.request.annualCostPence = 12.5;
        i.request.commissionedCostPence = -1;
      }),
    );
    expect(problems).toEqual([
      "request[3].child.shortBreaksLevel: must be 0, 1, 2, 3, or null when not graded (got 4)",
      "request[3].request.annualCostPence: must be a whole number of pence (got 12.5)",
      "request[3].request.commissionedCostPence: must be 0 or more pence (got -1)",
    ]);
  });

  it("needs a recipient for a direct payment, and none otherwise", () => {
    expect(describeProblems(withChanges((i) => (i.request.arrangement = "direct_payment")))).toEqual([
      "request[3].request.recipient: is required for a direct payment: parent, young_person or nominee",
    ]);
    expect(describeProblems(withChanges((i) => (i.request.recipient = "parent")))).toEqual([
      'request[3].request.recipient: must be null unless the arrangement is direct_payment (got "parent")',
    ]);
  });

  it("refuses a child born after the date of the check", () => {
    expect(describeProblems(withChanges((i) => (i.child.dateOfBirth = "2025-03-02")))).toEqual([
      "request[3].child.dateOfBirth: is after asOf (2025-03-01)",
    ]);
  });

  it("refuses something that is not an object at all", () => {
    expect(describeProblems([])).toEqual(["request[3]: must be a request object with asOf, child and request (got a list)"]);
    expect(describeProblems(withChanges((i) => (i.child = 7)))).toEqual([
      "request[3].child: must be an object describing the child (got 7)",
    ]);
  });
});

describe("buildCheckInputSchema", () => {
  const surrey = resolvePreset("surrey").policy;

  it("refuses a service that is neither a base service nor the council's own", () => {
    const schema = buildCheckInputSchema(surrey);
    expect(
      describeProblems(
        withChanges((i) => (i.request.service = "tutorng")),
        schema,
      ),
    ).toEqual(['request[3].request.service: unknown service "tutorng"']);
    expect(schema).toBe(buildCheckInputSchema(surrey));
  });

  it("accepts a service the council added to its catalogue", () => {
    const withMusic = resolvePolicy({
      id: "music-council",
      name: "Music Council",
      version: "1",
      document: "council",
      inherits: "surrey",
      streams: {
        education: {
          services: {
            music_lessons: {
              name: "music lessons",
              personalBudget: true,
              directPayment: true,
              source: { document: "council", rule: "R6" },
            },
          },
        },
      },
    }).policy;
    expect(
      describeProblems(
        withChanges((i) => (i.request.service = "music_lessons")),
        buildCheckInputSchema(withMusic),
      ),
    ).toEqual([]);
  });
});
