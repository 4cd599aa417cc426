import { describe, expect, it } from "vitest";
import { summariseWhatIf } from "../what-if-summary";
import { findUntrueRelations } from "./output-sums";
import { buildWhatIfPackOutput } from "./what-if-pack";
import { createWhatIfTally, type WhatIfTally } from "../what-if";

/** 40 lines: 38 keep their outcome, 2 education lines would lose their approval (−£1,500 a year). */
function tally(): WhatIfTally {
  const t = createWhatIfTally();
  Object.assign(t, { checked: 40, changed: 2, committedChangePence: -150_000 });
  Object.assign(t.transitions, { "eligible>eligible": 30, "eligible>ineligible": 2, "conditional>conditional": 8 });
  Object.assign(t.streams.education, { checked: 25, changed: 2, becameIneligible: 2, committedChangePence: -150_000 });
  Object.assign(t.streams.social_care, { checked: 15 });
  return t;
}

describe("the what-if's tables in the review pack", () => {
  const output = buildWhatIfPackOutput(summariseWhatIf(tally()), "the draft (version 4)");

  it("declares the lines checked, counted three ways, as one figure, and its figures keep it", () => {
    expect(output.sums).toEqual([
      { total: { table: "what-if-outcomes", row: "total", column: "draft" }, parts: [{ table: "what-if-outcomes", row: "total", column: "inForce" }] },
      { total: { table: "what-if-streams", row: "total", column: "checked" }, parts: [{ table: "what-if-outcomes", row: "total", column: "inForce" }] },
    ]);
    expect(findUntrueRelations(output)).toEqual([]);
  });

  it("says no count in its notes, where disclosure control could not reach it", () => {
    for (const table of output.tables) expect(table.note ?? "").not.toMatch(/\d/);
  });
});
