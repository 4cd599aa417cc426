import { describe, expect, it } from "vitest";
import { describePolicyChange } from "./review-pack";

describe("what changed between policy versions, in the pack", () => {
  it("says each change in the words the policy pages use, with no key or JSON", () => {
    const setting = "Time limits › Asking for a review of a decision › number";
    const changed = describePolicyChange({ path: "timeLimits.reviewRequest.n", change: "changed", setting, before: "15", after: "20" });
    expect(changed).toBe(`${setting}: changed from 15 to 20`);
    expect(describePolicyChange({ path: "a.b", change: "added", setting: "Finance › Prepaid cards", before: "not set", after: "yes" })).toBe("Finance › Prepaid cards: added (yes)");
    expect(describePolicyChange({ path: "a.b", change: "removed", setting: "Statements › Eotas", before: "Surrey policy, section 4", after: "not set" })).toBe(
      "Statements › Eotas: removed (was Surrey policy, section 4)",
    );
    expect(changed).not.toContain("timeLimits");
  });
});
