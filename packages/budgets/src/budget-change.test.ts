import { describe, expect, it } from "vitest";
import { planBudgetChange, type VersionLine } from "./budget-change";
import { computePeriodTotalPence } from "./period-total";

// The monthly line's instalments are £1,000 on the 1st; from 15 September 2026, October to March are due.
const monthly: VersionLine = { id: "a", annualAmountPence: 1_200_000, frequency: "monthly", start: "2026-04-01", end: "2027-03-31", dueFromChangePence: 600_000 };
const oneOff: VersionLine = { id: "b", annualAmountPence: 50_000, frequency: "one_off", start: "2026-04-01", end: "2026-04-01", dueFromChangePence: 0 };
const later: VersionLine = { id: "c", annualAmountPence: 99_999, frequency: "quarterly", start: "2026-10-01", end: "2027-03-31", dueFromChangePence: 99_999 };
const share = (annual: number, from: string, to: string) => computePeriodTotalPence(annual, from as never, to as never);
const sum = (xs: { amountPence: number }[]) => xs.reduce((t, x) => t + x.amountPence, 0);

describe("planBudgetChange", () => {
  it("carries a running line from the change date at its new amount; with the instalments kept it pays each amount's share of its days", () => {
    const { carried, issues } = planBudgetChange([monthly], new Map([["a", 1_500_000]]), "2026-09-15");
    expect(issues).toEqual([]);
    const [line] = carried;
    expect(line?.line).toMatchObject({ start: "2026-09-15", end: "2027-03-31", annualAmountPence: 1_500_000 });
    expect(line?.schedule.instalments[0]?.date).toBe("2026-09-15");
    expect(sum(line?.schedule.instalments ?? [])).toBe(line?.schedule.totalPence);
    // September's instalment paid the whole month at the old rate: the first new one takes back the half month after the change.
    const owed = share(1_200_000, "2026-04-01", "2026-09-14") + share(1_500_000, "2026-09-15", "2027-03-31");
    expect(600_000 + (line?.schedule.totalPence ?? 0)).toBe(owed);
    expect(line?.balancedPence).toBe(share(1_200_000, "2026-04-01", "2026-09-14") - 600_000);
    expect(line?.unabsorbedPence).toBe(0);
  });

  it("changed at the same amount, pays the year's amount (to the penny of the two shares), not a part month twice", () => {
    const kept = { ...monthly, dueFromChangePence: 500_000 };
    const [line] = planBudgetChange([kept], new Map(), "2026-10-15").carried;
    const both = share(1_200_000, "2026-04-01", "2026-10-14") + share(1_200_000, "2026-10-15", "2027-03-31");
    expect(700_000 + (line?.schedule.totalPence ?? 0)).toBe(both);
    expect(Math.abs(both - 1_200_000)).toBeLessThanOrEqual(1);
    const quarterly: VersionLine = { ...monthly, frequency: "quarterly", dueFromChangePence: 900_000 };
    const [q] = planBudgetChange([quarterly], new Map(), "2026-06-01").carried;
    expect(300_000 + (q?.schedule.totalPence ?? 0)).toBe(share(1_200_000, "2026-04-01", "2026-05-31") + share(1_200_000, "2026-06-01", "2027-03-31"));
  });

  it("carries a balance an earlier change put into a line on through a second change", () => {
    const [first] = planBudgetChange([{ ...monthly, dueFromChangePence: 500_000 }], new Map(), "2026-10-15").carried;
    if (!first) throw new Error("a carried line");
    const due = (from: string) => sum(first.schedule.instalments.filter((i) => i.date >= from));
    const second: VersionLine = { id: "a2", annualAmountPence: 1_200_000, frequency: "monthly", start: first.line.start, end: first.line.end, dueFromChangePence: due("2027-01-15") };
    const [last] = planBudgetChange([second], new Map([["a2", 1_500_000]]), "2027-01-15").carried;
    const kept = 700_000 + (first.schedule.totalPence - due("2027-01-15"));
    expect(kept + (last?.schedule.totalPence ?? 0)).toBe(
      share(1_200_000, "2026-04-01", "2026-10-14") + share(1_200_000, "2026-10-15", "2027-01-14") + share(1_500_000, "2027-01-15", "2027-03-31"),
    );
  });

  it("reports what a much smaller new amount cannot take back", () => {
    // Every instalment already due (March's on the 1st), then cut to almost nothing for the rest of March.
    const [line] = planBudgetChange([{ ...monthly, dueFromChangePence: 0 }], new Map([["a", 1_000]]), "2027-03-02").carried;
    expect(line?.schedule).toEqual({ totalPence: 0, instalments: [] });
    expect(line?.unabsorbedPence).toBe(1_200_000 - share(1_200_000, "2026-04-01", "2027-03-01") - share(1_000, "2027-03-02", "2027-03-31"));
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
