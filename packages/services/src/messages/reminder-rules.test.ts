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
  const july = { periodEnd: "2026-09-30", dueOn: "2026-10-28", received: false };
  it("goes from the day after the period ends until four weeks after the return was due", () => {
    expect(isReturnReminderDue(july, "2026-09-30")).toBe(false);
    expect(isReturnReminderDue(july, "2026-10-01")).toBe(true);
    expect(isReturnReminderDue(july, "2026-10-28")).toBe(true);
    expect(isReturnReminderDue(july, "2026-11-25")).toBe(true);
    expect(isReturnReminderDue(july, "2026-11-26")).toBe(false);
  });
  it("never goes for a return received", () => {
    expect(isReturnReminderDue({ ...july, received: true }, "2026-10-05")).toBe(false);
  });
});
