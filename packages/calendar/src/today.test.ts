import { describe, expect, it } from "vitest";
import { todayIso } from "./today";

describe("todayIso", () => {
  it("is the date in England: past 23:00 UTC in summer it is already tomorrow", () => {
    expect(todayIso(new Date("2025-06-30T23:30:00Z"))).toBe("2025-07-01");
    expect(todayIso(new Date("2025-12-31T23:30:00Z"))).toBe("2025-12-31");
  });
});
