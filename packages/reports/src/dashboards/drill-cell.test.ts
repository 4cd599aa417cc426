import { describe, expect, it } from "vitest";
import { narrowToCell } from "./drill-cell";

const FY = { kind: "financial_year" as const, label: "2025-26" };

describe("narrowToCell", () => {
  it("adds the figure's stream, arrangement and version to the filters", () => {
    expect(narrowToCell({ period: FY, ageBand: "11_to_15" }, { measure: "paid", stream: "education", arrangement: "direct_payment", month: "2025-05" })).toEqual({
      period: FY, ageBand: "11_to_15", stream: "education", arrangement: "direct_payment",
    });
  });

  it("keeps a filter the cell agrees with", () => {
    expect(narrowToCell({ period: FY, arrangement: "direct_payment" }, { measure: "committed", arrangement: "direct_payment" })).toEqual({ period: FY, arrangement: "direct_payment" });
  });

  it("has nothing behind a cell of another arrangement, stream or version than the filters'", () => {
    expect(narrowToCell({ period: FY, arrangement: "direct_payment" }, { measure: "committed", arrangement: "organised" })).toBeNull();
    expect(narrowToCell({ period: FY, stream: "health" }, { measure: "paid", stream: "education" })).toBeNull();
    expect(narrowToCell({ period: FY, policyVersionId: "a" }, { measure: "paid", policyVersionId: "b" })).toBeNull();
  });
});
