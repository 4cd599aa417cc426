import { describe, expect, it } from "vitest";
import { buildCyclePeriod } from "./cycle-period";

describe("the policy review dashboard's default period", () => {
  it("runs in whole months from the cycle's start to today, across financial years", () => {
    expect(buildCyclePeriod("2024-04-01", "2026-12-07")).toEqual({ period: { kind: "custom", fromMonth: "2024-04", toMonth: "2026-12" }, label: "the current policy review cycle, April 2024 to December 2026" });
    expect(buildCyclePeriod("2026-12-01", "2026-12-07").period).toEqual({ kind: "custom", fromMonth: "2026-12", toMonth: "2026-12" });
  });

  it("keeps the latest ten years of a longer cycle", () => {
    expect(buildCyclePeriod("2001-01-15", "2026-12-07").period).toEqual({ kind: "custom", fromMonth: "2017-01", toMonth: "2026-12" });
  });
});
