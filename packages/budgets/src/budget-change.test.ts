import { describe, expect, it } from "vitest";
import { planBudgetChange, type VersionLine } from "./budget-change";
import { computePeriodTotalPence } from "./period-total";

const monthly: VersionLine = { id: "a", annualAmountPence: 1_200_000, frequency: "monthly", start: "2026-04-01", end: "2027-03-31" };
const oneOff: VersionLine = { id: "b", annualAmountPence: 50_000, frequency: "one_off", start: "2026-04-01", end: "2026-04-01" };
const later: VersionLine = { id: "c", annualAmountPence: 99_999, frequency: "quarterly", start: "2026-10-01", end: "2027-03-31" };
const sum = (xs: { amountPence: number }[]) => xs.reduce((t, x) => t + x.amountPence, 0);

describe("planBudgetChange", () => {
  it("carries a running line from the change date at its new amount, to the penny", () => {
    const { carried, issues } = planBudgetChange([monthly], new Map([["a", 1_500_000]]), "2026-09-15");
    expect(issues).toEqual([]);
    const [line] = carried;
    expect(line?.line).toMatchObject({ start: "2026-09-15", end: "2027-03-31", annualAmountPence: 1_500_000 });
    expect(line?.schedule.instalments[0]?.date).toBe("2026-09-15");
    expect(sum(line?.schedule.instalments ?? [])).toBe(computePeriodTotalPence(1_500_000, "2026-09-15" as never, "2027-03-31" as never));
  });

  it("leaves out a one-off already due, and a line stopped with 0; moves a line not yet started whole", () => {
    const { carried } = planBudgetChange([monthly, oneOff, later], new Map([["a", 0], ["c", 120_000]]), "2026-06-01");
    expect(carried.map((c) => c.fromLineId)).toEqual(["c"]);
    expect(carried[0]?.line).toMatchObject({ start: "2026-10-01", annualAmountPence: 120_000 });
    expect(carried[0]?.schedule.totalPence).toBe(sum(carried[0]?.schedule.instalments ?? []));
  });

  it("names a changed line with nothing left to change, and a line not in the version", () => {
    const { issues } = planBudgetChange([oneOff], new Map([["b", 10], ["zzz", 5]]), "2026-06-01");
    expect(issues).toEqual([
      { lineId: "zzz", message: "is not a line of this budget version" },
      { lineId: "b", message: "has no payments left on or after 2026-06-01 to change" },
    ]);
  });
});
