import { describe, expect, it } from "vitest";
import { landingHref } from "./nav-items";

describe("landingHref", () => {
  it("lands those who work cases and payments on their work queues", () => {
    expect(landingHref(["case_officer"])).toBe("/queues");
    expect(landingHref(["finance_officer"])).toBe("/queues");
    expect(landingHref(["admin"])).toBe("/queues");
    expect(landingHref(["manager", "case_officer"])).toBe("/queues");
  });

  it("lands managers and commissioners on the dashboards", () => {
    expect(landingHref(["manager"])).toBe("/dashboards/spend");
    expect(landingHref(["commissioner"])).toBe("/dashboards/spend");
  });

  it("sends someone with no role to the page that says so", () => {
    expect(landingHref([])).toBe("/no-access");
  });
});
