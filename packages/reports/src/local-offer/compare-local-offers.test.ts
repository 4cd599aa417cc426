import { describe, expect, it } from "vitest";
import { resolvePreset, type Policy } from "@pb/eligibility";
import { buildLocalOffer } from "./build-local-offer";
import { compareLocalOffers, describeLocalOfferChange } from "./compare-local-offers";
import { findPolicyCodes } from "./find-policy-codes";
import { arrangeLocalOfferVersions } from "./local-offer-page";

const surrey = resolvePreset("surrey").policy;
const { transport: surreyTransport } = surrey.streams;
const { reviewRequest: surreyReviewRequest } = surrey.timeLimits;
if (!surreyTransport || !surreyReviewRequest)
  throw new Error("Surrey offers travel budgets and sets a time limit for asking for a review");
const offerOf = (policy: Policy, effectiveFrom = "2025-04-01") => buildLocalOffer(policy, { effectiveFrom });
const longerToAsk: Policy = {
  ...surrey,
  timeLimits: {
    ...surrey.timeLimits,
    reviewRequest: { n: 20, unit: "working_days", source: { document: "council", rule: "T7" } },
  },
};

describe("compareLocalOffers", () => {
  it("finds nothing between a version and itself, whatever the dates", () => {
    expect(compareLocalOffers(offerOf(surrey, "2024-04-01"), offerOf(structuredClone(surrey), "2025-04-01"))).toEqual([]);
  });

  it("says a changed time limit as the line a family reads, before and after", () => {
    const changes = compareLocalOffers(offerOf(surrey), offerOf(longerToAsk));
    expect(changes).toEqual([
      {
        section: "If you disagree with a decision",
        change: "changed",
        before:
          "If you disagree with a decision about a personal budget, write to your case officer within 15 calendar days of being told the decision and ask for it to be reviewed.",
        after:
          "If you disagree with a decision about a personal budget, write to your case officer within 20 working days (Monday to Friday, not counting bank holidays) of being told the decision and ask for it to be reviewed.",
      },
    ]);
    expect(changes[0] && describeLocalOfferChange(changes[0])).toMatch(
      /^If you disagree with a decision: now says “.*20 working days.*” \(it said “.*15 calendar days.*”\)$/,
    );
  });

  it("says lines added and removed when a stream stops being offered, and a citation alone changes nothing", () => {
    const noTravel: Policy = {
      ...surrey,
      streams: { ...surrey.streams, transport: { ...surreyTransport, offered: false } },
    };
    const changes = compareLocalOffers(offerOf(surrey), offerOf(noTravel));
    const described = changes.map(describeLocalOfferChange);
    expect(described).toContain(
      "Who can have a personal budget: now also says “Surrey County Council does not offer personal budgets for home-to-school travel at present.”",
    );
    expect(changes.some((c) => c.change === "removed" && c.before?.startsWith("Home-to-school transport: yes"))).toBe(true);
    for (const line of described) expect(findPolicyCodes(line), line).toEqual([]);

    const recited: Policy = {
      ...surrey,
      timeLimits: {
        ...surrey.timeLimits,
        reviewRequest: { ...surreyReviewRequest, source: { document: "council", rule: "T7" } },
      },
    };
    expect(compareLocalOffers(offerOf(surrey), offerOf(recited))).toEqual([]);
  });
});

describe("arrangeLocalOfferVersions", () => {
  const versions = [
    { versionNumber: 2, effectiveFrom: "2026-01-01", policy: longerToAsk },
    { versionNumber: 1, effectiveFrom: "2025-04-01", policy: surrey },
    { versionNumber: 3, effectiveFrom: "2027-01-01", policy: surrey },
  ];

  it("shows nothing before the first version takes effect", () => {
    expect(arrangeLocalOfferVersions(versions, "2025-03-31")).toBeNull();
  });

  it("shows the version in force, with the ones before it and the one to come, each with what changed", () => {
    const before = arrangeLocalOfferVersions(versions, "2025-12-31");
    if (!before) throw new Error("version 1 is in force");
    expect(before.versionNumber).toBe(1);
    expect(before.history).toEqual([{ versionNumber: 1, effectiveFromText: "1 April 2025", untilText: null, changes: null }]);
    expect(before.upcoming.map((u) => u.versionNumber)).toEqual([2, 3]);

    const after = arrangeLocalOfferVersions(versions, "2026-01-01");
    if (!after) throw new Error("version 2 is in force");
    expect(after.versionNumber).toBe(2);
    expect(after.offer.effectiveFromText).toBe("1 January 2026");
    expect(after.history.map((h) => [h.versionNumber, h.untilText])).toEqual([
      [2, null],
      [1, "1 January 2026"],
    ]);
    expect(after.history[0]?.changes).toHaveLength(1);
    expect(after.history[0]?.changes?.[0]).toContain("20 working days");
    expect(after.upcoming[0]?.changes?.[0]).toContain("15 calendar days");
  });
});
