import { describe, expect, it } from "vitest";
import { balanceSchedule } from "./balance-schedule";
import type { Schedule } from "./schedule-request";

const schedule: Schedule = {
  totalPence: 3_000,
  instalments: [
    { date: "2026-10-15", amountPence: 1_000 },
    { date: "2026-11-15", amountPence: 1_000 },
    { date: "2026-12-15", amountPence: 1_000 },
  ] as Schedule["instalments"],
};
const sum = (s: Schedule) => s.instalments.reduce((t, i) => t + i.amountPence, 0);

describe("balanceSchedule", () => {
  it("adds a shortfall to the first instalment", () => {
    const { schedule: out, unabsorbedPence } = balanceSchedule(schedule, 250);
    expect(out.instalments.map((i) => i.amountPence)).toEqual([1_250, 1_000, 1_000]);
    expect(out.totalPence).toBe(3_250);
    expect(sum(out)).toBe(out.totalPence);
    expect(unabsorbedPence).toBe(0);
  });

  it("takes an overpayment from the first instalments on, dropping any brought to 0", () => {
    const { schedule: out, unabsorbedPence } = balanceSchedule(schedule, -1_400);
    expect(out.instalments).toEqual([
      { date: "2026-11-15", amountPence: 600 },
      { date: "2026-12-15", amountPence: 1_000 },
    ]);
    expect(out.totalPence).toBe(1_600);
    expect(unabsorbedPence).toBe(0);
  });

  it("returns what the whole schedule cannot absorb", () => {
    const { schedule: out, unabsorbedPence } = balanceSchedule(schedule, -3_500);
    expect(out).toEqual({ totalPence: 0, instalments: [] });
    expect(unabsorbedPence).toBe(500);
  });

  it("leaves the input untouched, and refuses a fraction of a penny", () => {
    balanceSchedule(schedule, -1_400);
    expect(schedule.instalments[0]?.amountPence).toBe(1_000);
    expect(() => balanceSchedule(schedule, 0.5)).toThrow(RangeError);
  });
});
