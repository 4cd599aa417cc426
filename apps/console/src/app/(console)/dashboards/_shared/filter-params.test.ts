import { describe, expect, it } from "vitest";
import { drillHref, filterQuery, readDrillTarget, readFilterValues, toFilterInput, toFilterPartsInput } from "./filter-params";

const TODAY = "2026-10-31";

describe("dashboard filters in the URL", () => {
  it("defaults to the current financial year and reads every filter", () => {
    const values = readFilterValues({}, TODAY);
    expect(toFilterInput(values)).toEqual({ period: { kind: "financial_year", label: "2026-27" } });
    const full = readFilterValues({ council: "c1", period: "custom", from: "2025-01", to: "2025-06", stream: "health", arrangement: "organised", service: "tutoring", age: "5_to_10", policy: "p1" }, TODAY);
    expect(toFilterInput(full)).toEqual({
      councilId: "c1", period: { kind: "custom", fromMonth: "2025-01", toMonth: "2025-06" }, stream: "health", arrangement: "organised", service: "tutoring", ageBand: "5_to_10", policyVersionId: "p1",
    });
  });

  it("gives the extracts the same filters besides the period, under the same URL names", () => {
    const values = readFilterValues({ period: "financial_year", stream: "health", service: " tutoring ", age: "5_to_10", policy: "p1" }, TODAY);
    expect(toFilterPartsInput(values)).toEqual({ stream: "health", service: "tutoring", ageBand: "5_to_10", policyVersionId: "p1" });
    expect(toFilterPartsInput(readFilterValues({}, TODAY))).toEqual({});
  });

  it("keeps only the values the period uses", () => {
    const q = filterQuery(readFilterValues({ period: "ay", year: "2025-26", from: "2025-01", to: "2025-02" }, TODAY));
    expect(q.toString()).toBe("period=ay&year=2025-26");
  });

  it("carries a figure's cell to the rows page and back", () => {
    const values = readFilterValues({ period: "fy", year: "2025-26", stream: "education" }, TODAY);
    const href = drillHref({ measure: "budgets", month: "2025-06", recipient: "parent", hasEhcp: true }, values, "/dashboards/uptake");
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/dashboards/rows");
    const params = Object.fromEntries(url.searchParams.entries());
    expect(readDrillTarget(params)).toEqual({ measure: "budgets", month: "2025-06", recipient: "parent", hasEhcp: true });
    expect(toFilterInput(readFilterValues(params, TODAY))).toEqual({ period: { kind: "financial_year", label: "2025-26" }, stream: "education" });
    expect(params.back).toBe("/dashboards/uptake");
  });
});
