import { describe, expect, it } from "vitest";
import { addDays, parseIsoDate } from "@pb/calendar";
import { classifyDue } from "./due-status";

const add = (date: string, n: number) => addDays(parseIsoDate(date), n);

describe("classifyDue", () => {
  it("is overdue the day after its date, due today on it, and due soon within the window", () => {
    expect(classifyDue("2026-01-09", "2026-01-10", 14, add)).toBe("overdue");
    expect(classifyDue("2026-01-10", "2026-01-10", 14, add)).toBe("due_today");
    expect(classifyDue("2026-01-24", "2026-01-10", 14, add)).toBe("due_soon");
    expect(classifyDue("2026-01-25", "2026-01-10", 14, add)).toBe("later");
  });

  it("crosses month and year ends", () => {
    expect(classifyDue("2027-01-03", "2026-12-28", 7, add)).toBe("due_soon");
    expect(classifyDue("2026-12-27", "2026-12-28", 7, add)).toBe("overdue");
  });
});
