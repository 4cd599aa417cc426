import { describe, expect, it } from "vitest";
import { splitLineAtChange } from "./split-line";

const line = { annualAmountPence: 1_200_000, frequency: "monthly", start: "2025-04-01", end: "2026-03-31" } as const;

describe("splitLineAtChange", () => {
  it("ends the old version the day before and starts the new one on the change date", () => {
    const { before, after } = splitLineAtChange(line, "2025-10-15", 2_400_000);
    expect(before.line).toEqual({ ...line, end: "2025-10-14" });
    expect(after.line).toEqual({ ...line, start: "2025-10-15", annualAmountPence: 2_400_000 });
    expect(before.schedule.instalments.map((i) => i.date)).toEqual([
      "2025-04-01",
      "2025-05-01",
      "2025-06-01",
      "2025-07-01",
      "2025-08-01",
      "2025-09-01",
      "2025-10-01",
    ]);
    expect(after.schedule.instalments[0]?.date).toBe("2025-10-15");
    expect(after.schedule.instalments.at(-1)?.date).toBe("2026-03-15");
  });

  it("gives each version its own pro-rated total", () => {
    const { before, after } = splitLineAtChange(line, "2025-10-01", 2_400_000);
    // 1 April–30 September is 183 of 365 days; 1 October–31 March is 182.
    expect(before.schedule.totalPence).toBe(Math.round((1_200_000 * 183) / 365));
    expect(after.schedule.totalPence).toBe(Math.round((2_400_000 * 182) / 365));
    for (const part of [before, after]) {
      expect(part.schedule.instalments.reduce((sum, i) => sum + i.amountPence, 0)).toBe(part.schedule.totalPence);
    }
  });

  it("refuses a change outside the line, or on a one-off", () => {
    expect(() => splitLineAtChange(line, "2025-04-01", 1)).toThrow(RangeError);
    expect(() => splitLineAtChange(line, "2026-04-01", 1)).toThrow(RangeError);
    expect(splitLineAtChange(line, "2026-03-31", 1).after.schedule.instalments).toHaveLength(1);
    expect(() => splitLineAtChange({ ...line, frequency: "one_off" }, "2025-10-01", 1)).toThrow(/one-off/);
    expect(() => splitLineAtChange(line, "2025-10-01", 0.5)).toThrow(RangeError);
  });
});
