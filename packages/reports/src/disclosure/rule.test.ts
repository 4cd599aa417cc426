import { describe, expect, it } from "vitest";
import { buildAboutTable, type ExportAbout } from "../exports/about";
import { DISCLOSURE_METHOD_CODES, DISCLOSURE_METHODS, describeDisclosure } from "./rule";

const about: ExportAbout = {
  title: "Spend", councilName: "Anyshire", periodLabel: "2025-26", from: "2025-04-01", to: "2026-03-31", filters: [], policyVersions: [],
  madeAt: "2026-05-01T09:00:00.000Z", madeByRole: "manager", source: "Payments", suppressionThreshold: 5,
};
const itemsOf = (a: ExportAbout) => buildAboutTable(a).rows.map((r) => [r.item, r.value]);

describe("the words for a disclosure rule", () => {
  it("lists each method once, with words", () => {
    expect(DISCLOSURE_METHOD_CODES).toEqual(["suppress", "round"]);
    for (const m of DISCLOSURE_METHODS) expect(m.label.length).toBeGreaterThan(0);
  });

  it("says, for suppression, which counts are hidden, that zeros are shown, and what c stands for", () => {
    const [small, zeros] = describeDisclosure({ threshold: 5, method: "suppress" });
    expect(small?.value).toContain('Counts from 1 to 4 are shown as "c"');
    expect(small?.value).toContain("on other sheets");
    expect(zeros?.value).toContain('"c" always stands for a figure that is not zero');
  });

  it("says, for rounding, the base, that totals are the sum of the rounded figures and may differ from the exact total, and what a 0 may be", () => {
    const [small, zeros] = describeDisclosure({ threshold: 7, method: "round" });
    expect(small?.value).toContain("Counts of children are rounded to the nearest 5 (halves up).");
    expect(small?.value).toContain("Totals and subtotals are the sum of the rounded figures they add up, so they may differ from the exact total");
    expect(small?.value).toContain("Percentages are worked out from the rounded figures");
    expect(small?.value).toContain('rates and means per child, which would give an exact count back, are shown as "c"');
    expect(small?.value).toContain('Money, percentages, medians and percentiles of a counted group of 1 to 6 children are shown as "c"');
    expect(zeros?.value).toBe("A count shown as 0 was 0, 1 or 2 before rounding; a total shown as 0 adds up counts shown as 0, each of them 0, 1 or 2.");
  });

  it("says, by either method, that money in a table counting no children is shown exactly (the spend tables hide none of it)", () => {
    for (const method of DISCLOSURE_METHOD_CODES) {
      expect(describeDisclosure({ threshold: 5, method })[0]?.value).toContain("Money in a table that counts no children is shown exactly, as it counts no one.");
    }
  });

  it("says so when the threshold hides nothing", () => {
    expect(describeDisclosure({ threshold: 1, method: "suppress" })).toEqual([{ item: "Small numbers", value: "Shown as counted: the council hides no count, however small." }]);
    // Rounding still hides exact rates and means (they would give a count back), but no group is too small.
    const rounded = describeDisclosure({ threshold: 1, method: "round" })[0]?.value;
    expect(rounded).not.toContain("children are shown");
    expect(rounded).not.toContain("1 to 0");
    expect(rounded).toContain("rates and means per child");
  });

  it("puts the rule's words on the About sheet, the rule winning over the threshold, and says when a file has no counts", () => {
    expect(itemsOf(about)).toContainEqual(["Small numbers", describeDisclosure({ threshold: 5, method: "suppress" })[0]?.value]);
    const rounded = itemsOf({ ...about, disclosure: { threshold: 10, method: "round" } });
    for (const { item, value } of describeDisclosure({ threshold: 10, method: "round" })) expect(rounded).toContainEqual([item, value]);
    expect(itemsOf({ ...about, suppressionThreshold: null })).toContainEqual(["Small numbers", "Not suppressed: this file has no counts of children."]);
  });
});
