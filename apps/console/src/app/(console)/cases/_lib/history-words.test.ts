import { describe, expect, it } from "vitest";
import { describeAction, describeChanges, formatWhen } from "./history-words";

describe("the case history's words", () => {
  it("lists each field with its value before and after", () => {
    expect(describeChanges({ status: "final", version: 1 }, { status: "annual_review", version: 2, personalDetailsChanged: ["familyName"] })).toEqual([
      { field: "Status", before: "final", after: "annual review" },
      { field: "Version", before: "1", after: "2" },
      { field: "Personal details changed", before: "—", after: "familyName" },
    ]);
  });

  it("shows outcomes by code and words, and a creation with nothing before", () => {
    expect(describeChanges(null, { outcomes: [{ code: "E1", description: "Reads" }], transportEntitled: true })).toEqual([
      { field: "Outcomes (Section E)", before: "—", after: "E1: Reads" },
      { field: "Entitled to transport", before: "—", after: "Yes" },
    ]);
  });

  it("names actions, known or not, and gives times in UK time", () => {
    expect(describeAction("plan.update")).toBe("Plan changed");
    expect(describeAction("decision.record")).toBe("Decision recorded");
    expect(describeChanges(null, { seeded: true })).toEqual([{ field: "Loaded with the demo data", before: "—", after: "Yes" }]);
    expect(describeAction("budget.create_version")).toBe("budget: create version");
    expect(formatWhen("2026-07-01T09:05:00.000Z")).toBe("1 July 2026 at 10:05");
  });
});
