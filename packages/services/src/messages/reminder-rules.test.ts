import { describe, expect, it } from "vitest";
import { isReturnReminderDue, isReviewReminderDue } from "./reminder-rules";

describe("a review reminder", () => {
  it("goes in the four weeks before the review, and not once it is past", () => {
    expect(isReviewReminderDue("2026-11-28", "2026-10-31")).toBe(true);
    expect(isReviewReminderDue("2026-10-31", "2026-10-31")).toBe(true);
    expect(isReviewReminderDue("2026-11-29", "2026-10-31")).toBe(false);
    expect(isReviewReminderDue("2026-10-30", "2026-10-31")).toBe(false);
  });
});

describe("a return reminder", () => {
  it("goes while a return is owed (due, late or overdue) until four weeks after it was due", () => {
    for (const state of ["due", "late", "overdue"] as const) expect(isReturnReminderDue({ state, dueOn: "2026-10-28" }, "2026-10-01")).toBe(true);
    expect(isReturnReminderDue({ state: "late", dueOn: "2026-10-28" }, "2026-11-25")).toBe(true);
    expect(isReturnReminderDue({ state: "late", dueOn: "2026-10-28" }, "2026-11-26")).toBe(false);
  });
  it("never goes for a return received or a period not yet ended", () => {
    expect(isReturnReminderDue({ state: "received", dueOn: "2026-10-28" }, "2026-10-05")).toBe(false);
    expect(isReturnReminderDue({ state: "not_due", dueOn: "2026-10-28" }, "2026-09-05")).toBe(false);
  });
});
