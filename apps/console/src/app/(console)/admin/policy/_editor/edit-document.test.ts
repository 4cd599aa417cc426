import { describe, expect, it } from "vitest";
import { applyEdit, getIn, readNumber, setIn } from "./edit-document";

const doc = {
  timeLimits: { reviewRequest: { n: 15, unit: "days", source: { document: "002", rule: "T7", quote: "within 15 days" } } },
  finance: { underspendWeeks: 6, sources: { underspendWeeks: { document: "002", rule: "T4" } } },
};

describe("editing a draft document", () => {
  it("sets and removes values without touching the original", () => {
    const next = setIn(doc, ["timeLimits", "reviewRequest", "n"], 20);
    expect(getIn(next, ["timeLimits", "reviewRequest", "n"])).toBe(20);
    expect(doc.timeLimits.reviewRequest.n).toBe(15);
    expect(getIn(setIn(doc, ["timeLimits", "reviewRequest"], undefined), ["timeLimits"])).toEqual({});
    expect(getIn(setIn(doc, ["timeLimits", "returnDue", "n"], 3), ["timeLimits", "returnDue"])).toEqual({ n: 3 });
  });

  it("makes a changed item cite the council, keeping its rule", () => {
    const next = applyEdit(doc, { path: ["timeLimits", "reviewRequest", "n"], value: 20, citeAt: ["timeLimits", "reviewRequest"] });
    expect(next.timeLimits.reviewRequest.source).toEqual({ document: "council", rule: "T7" });
    const finance = applyEdit(doc, { path: ["finance", "underspendWeeks"], value: 8, citeAt: ["finance"] });
    expect(finance.finance.sources.underspendWeeks).toEqual({ document: "council", rule: "T4" });
  });

  it("gives a new item the rule it states", () => {
    const next = applyEdit(doc, { path: ["timeLimits", "returnDue"], value: { n: 20, unit: "working_days" }, citeAt: ["timeLimits", "returnDue"], rule: "T4" });
    expect(getIn(next, ["timeLimits", "returnDue", "source"])).toEqual({ document: "council", rule: "T4" });
  });

  it("does not cite an item that was removed", () => {
    const next = applyEdit(doc, { path: ["timeLimits", "reviewRequest"], value: undefined, citeAt: ["timeLimits", "reviewRequest"] });
    expect(next.timeLimits).toEqual({});
  });

  it("keeps what is not a number as text, for the API to name", () => {
    expect(readNumber("20")).toBe(20);
    expect(readNumber("-1")).toBe(-1);
    expect(readNumber("2.5")).toBe(2.5);
    expect(readNumber("")).toBe("");
    expect(readNumber("ten")).toBe("ten");
  });
});
