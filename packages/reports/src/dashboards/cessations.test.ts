import { describe, expect, it } from "vitest";
import { findDeterminedCells } from "../disclosure/attacker";
import { protectOutput } from "../disclosure/protect";
import { isSuppressed } from "../exports/export-table";
import { findUntrueRelations } from "../exports/output-sums";
import { buildCessationDashboard } from "./cessations";
import { toDashboardOutput } from "./dashboard-view";
import { resolveDashboardPeriod } from "./period";

const period = resolveDashboardPeriod({ kind: "custom", fromMonth: "2025-04", toMonth: "2025-05" });
const input = {
  period,
  lines: {},
  cessations: [
    { month: "2025-04", reasonCode: "moved_out_of_area", cessations: 2 },
    { month: "2025-05", reasonCode: "aged_out", cessations: 1 },
  ],
  // Two budgets with education and social care lines ended in April, one with education alone in May.
  cessationsByStream: [
    { month: "2025-04", stream: "education", cessations: 2 },
    { month: "2025-04", stream: "social_care", cessations: 2 },
    { month: "2025-05", stream: "education", cessations: 1 },
  ],
  disagreements: [
    { month: "2025-04", stream: "education", outcome: "upheld", disagreements: 3, withinDeadline: 2 },
    { month: "2025-05", stream: "health", outcome: "pending", disagreements: 1, withinDeadline: 0 },
  ],
};
const view = buildCessationDashboard(input);
const table = (id: string) => {
  const found = view.sections.find((s) => s.id === id)?.table;
  if (!found) throw new Error(`no table ${id}`);
  return found;
};

describe("the cessations dashboard", () => {
  it("counts by reason with every reason listed", () => {
    const t = table("cessations-by-reason");
    expect(t.rows.find((r) => r.reason === "Moved out of the area")?.cessations).toBe(2);
    expect(t.rows.find((r) => r.reason === "Consent withdrawn")?.cessations).toBe(0);
    expect(t.totalRow?.cessations).toBe(3);
  });

  it("shows each stream's endings beside its reviews asked for, every stream listed, or only the stream asked for", () => {
    const t = table("cessations-by-stream");
    expect(t.rows.find((r) => r.stream === "Education")).toMatchObject({ cessations: 3, disagreements: 3 });
    expect(t.rows.find((r) => r.stream === "Social care")).toMatchObject({ cessations: 2, disagreements: 0 });
    expect(t.rows.find((r) => r.stream === "Transport")).toMatchObject({ cessations: 0, disagreements: 0 });
    const narrowed = buildCessationDashboard({ ...input, lines: { stream: "social_care" } });
    expect(narrowed.sections[1]?.table.rows.map((r) => r.stream)).toEqual(["Social care"]);
  });

  it("shows ended and reviews asked for over time, and the outcomes of reviews", () => {
    expect(table("cessations-by-month").rows).toEqual([
      { month: "2025-04", cessations: 2, disagreements: 3 },
      { month: "2025-05", cessations: 1, disagreements: 1 },
    ]);
    const outcomes = table("disagreement-outcomes");
    expect(outcomes.rows.find((r) => r.outcome === "Decision upheld")).toMatchObject({ disagreements: 3, withinDeadline: 2, notWithinDeadline: 1 });
    expect(outcomes.totalRow).toMatchObject({ disagreements: 4, withinDeadline: 2, notWithinDeadline: 2 });
    expect(outcomes.rowSum).toEqual({ parts: ["withinDeadline", "notWithinDeadline"], total: "disagreements" });
    expect(outcomes.drills?.[1]?.disagreements).toEqual({ measure: "disagreements", outcome: "upheld" });
  });
});

describe("what the cessations dashboard declares", () => {
  const cell = (table: string, row: number | "total", column: string) => ({ table, row, column });

  it("repeats the budgets ended and the reviews asked for in two tables, and the reviews by stream add up to their total", () => {
    expect(view.sums).toEqual([
      { total: cell("cessations-by-month", "total", "cessations"), parts: [cell("cessations-by-reason", "total", "cessations")] },
      { total: cell("cessations-by-month", "total", "disagreements"), parts: [cell("disagreement-outcomes", "total", "disagreements")] },
      { total: cell("disagreement-outcomes", "total", "disagreements"), parts: [0, 1, 2, 3].map((r) => cell("cessations-by-stream", r, "disagreements")) },
    ]);
    expect(findUntrueRelations(toDashboardOutput(view))).toEqual([]);
  });

  it("shows the reviews not settled by the deadline, so a small count (12 asked for, 11 in time) is hidden, not worked out", () => {
    const small = buildCessationDashboard({
      ...input,
      disagreements: [
        { month: "2025-04", stream: "education", outcome: "upheld", disagreements: 12, withinDeadline: 11 },
        { month: "2025-05", stream: "health", outcome: "changed", disagreements: 20, withinDeadline: 10 },
      ],
    });
    expect(findUntrueRelations(toDashboardOutput(small))).toEqual([]);
    const published = protectOutput(toDashboardOutput(small), { threshold: 5, method: "suppress" });
    const upheld = published.tables.find((t) => t.id === "disagreement-outcomes")?.rows.find((r) => r.outcome === "Decision upheld");
    expect(isSuppressed(upheld?.notWithinDeadline)).toBe(true);
    expect(findDeterminedCells(published)).toEqual([]);
  });

  it("filtered to one stream, that stream's budgets ended are all the budgets ended", () => {
    const education = buildCessationDashboard({
      ...input,
      lines: { stream: "education" },
      cessationsByStream: input.cessationsByStream.filter((r) => r.stream === "education"),
      disagreements: input.disagreements.filter((r) => r.stream === "education"),
    });
    expect(education.sums).toContainEqual({ total: cell("cessations-by-reason", "total", "cessations"), parts: [cell("cessations-by-stream", 0, "cessations")] });
    expect(findUntrueRelations(toDashboardOutput(education))).toEqual([]);
  });
});
