import { describe, expect, it } from "vitest";
import { describeCheckFrequency, findCheckFrequency, findNextCheckDue } from "./monitoring-checks";

describe("the next check of a direct payment (T4)", () => {
  it("puts the first termly check at the end of the school term the direct payment starts in", () => {
    expect(findNextCheckDue({ frequency: "termly", startedOn: "2026-09-01", lastCheckedOn: null })).toMatchObject({ dueOn: "2026-12-31", period: { start: "2026-09-01", label: "autumn term 2026" } });
    expect(findNextCheckDue({ frequency: "termly", startedOn: "2027-02-10", lastCheckedOn: null }).dueOn).toBe("2027-03-31");
    expect(findNextCheckDue({ frequency: "termly", startedOn: "2027-05-10", lastCheckedOn: null }).dueOn).toBe("2027-08-31");
  });

  it("moves a termly check to the end of the term after the one checked, wherever in the term it was made", () => {
    expect(findNextCheckDue({ frequency: "termly", startedOn: "2026-09-01", lastCheckedOn: "2026-10-05" })).toMatchObject({ dueOn: "2027-03-31", period: { label: "spring term 2027" } });
    expect(findNextCheckDue({ frequency: "termly", startedOn: "2026-09-01", lastCheckedOn: "2026-12-31" }).dueOn).toBe("2027-03-31");
    expect(findNextCheckDue({ frequency: "termly", startedOn: "2026-09-01", lastCheckedOn: "2027-04-01" }).dueOn).toBe("2027-12-31");
  });

  it("keeps quarters to the financial year, and months and years to theirs", () => {
    expect(findNextCheckDue({ frequency: "quarterly", startedOn: "2026-05-20", lastCheckedOn: null }).dueOn).toBe("2026-06-30");
    expect(findNextCheckDue({ frequency: "quarterly", startedOn: "2026-05-20", lastCheckedOn: "2026-06-15" }).dueOn).toBe("2026-09-30");
    expect(findNextCheckDue({ frequency: "quarterly", startedOn: "2026-05-20", lastCheckedOn: "2027-01-02" }).dueOn).toBe("2027-06-30");
    expect(findNextCheckDue({ frequency: "monthly", startedOn: "2026-01-31", lastCheckedOn: "2026-01-31" }).dueOn).toBe("2026-02-28");
    expect(findNextCheckDue({ frequency: "annually", startedOn: "2026-05-01", lastCheckedOn: null }).dueOn).toBe("2027-03-31");
    expect(findNextCheckDue({ frequency: "annually", startedOn: "2026-05-01", lastCheckedOn: "2026-05-02" }).dueOn).toBe("2028-03-31");
  });

  it("never puts a check before the period the direct payment started in", () => {
    expect(findNextCheckDue({ frequency: "quarterly", startedOn: "2026-10-01", lastCheckedOn: "2026-04-10" }).dueOn).toBe("2026-12-31");
  });

  it("reads each kind's frequency from the policy, and nothing when the policy sets none", () => {
    const finance = { monitoringFrequency: "termly" as const, financeCheckFrequency: "quarterly" as const };
    expect(findCheckFrequency(finance, "monitoring")).toBe("termly");
    expect(findCheckFrequency(finance, "finance_check")).toBe("quarterly");
    expect(findCheckFrequency({}, "monitoring")).toBeUndefined();
    expect(findCheckFrequency(undefined, "finance_check")).toBeUndefined();
    expect(describeCheckFrequency("termly")).toContain("spring from 1 January");
  });
});
