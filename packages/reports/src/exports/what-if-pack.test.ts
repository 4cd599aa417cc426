import { describe, expect, it } from "vitest";
import { summariseWhatIf } from "../what-if-summary";
import { findDeterminedCells } from "../disclosure/attacker";
import { protectOutput } from "../disclosure/protect";
import { isSuppressed } from "./export-table";
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

  it("shows the lines unchanged beside those changed, so a small count of either is hidden, not worked out from the lines checked", () => {
    const streams = output.tables.find((t) => t.id === "what-if-streams");
    expect(streams?.rowSum).toEqual({ parts: ["changed", "unchanged"], total: "checked" });
    expect(streams?.rows.map((r) => [r.checked, r.changed, r.unchanged])).toContainEqual([25, 2, 23]);
    expect(streams?.totalRow).toMatchObject({ checked: 40, changed: 2, unchanged: 38 });
    const published = protectOutput(output, { threshold: 5, method: "suppress" });
    expect(findDeterminedCells(published)).toEqual([]);
  });

  it("hides a small count of lines unchanged (12 checked, 11 changed), and it cannot be worked out", () => {
    const t = createWhatIfTally();
    Object.assign(t, { checked: 40, changed: 11, committedChangePence: -150_000 });
    Object.assign(t.transitions, { "eligible>eligible": 29, "eligible>ineligible": 11 });
    Object.assign(t.streams.education, { checked: 12, changed: 11, becameIneligible: 11, committedChangePence: -150_000 });
    Object.assign(t.streams.social_care, { checked: 28 });
    const small = buildWhatIfPackOutput(summariseWhatIf(t), "the draft");
    expect(findUntrueRelations(small)).toEqual([]);
    const published = protectOutput(small, { threshold: 5, method: "suppress" });
    const education = published.tables.find((x) => x.id === "what-if-streams")?.rows.find((r) => r.checked !== undefined && r.stream === "Education");
    expect(isSuppressed(education?.unchanged)).toBe(true);
    expect(findDeterminedCells(published)).toEqual([]);
  });

  it("says no count in its notes, where disclosure control could not reach it", () => {
    for (const table of output.tables) expect(table.note ?? "").not.toMatch(/\d/);
  });
});
