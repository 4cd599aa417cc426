import { describe, expect, it } from "vitest";
import { describeChainBreak, describeCouncilChain, judgeChainLink, summariseChains, type CouncilChain } from "./audit-chain";

const chain = (over: Partial<CouncilChain>): CouncilChain => ({
  councilId: "c1", councilName: "North", slug: "north", rows: 3, headSeq: 3, headHash: "ab12", firstBreak: null, ...over,
});

describe("judging a chain's first suspicious link", () => {
  it("finds nothing when there is no such link", () => {
    expect(judgeChainLink(null)).toBeNull();
    expect(judgeChainLink({ id: "9", seq: 4, prevSeq: 3, hashMatches: true })).toBeNull();
  });

  it("calls a gap in seq rows missing, naming the first and last missing and the row after them", () => {
    expect(judgeChainLink({ id: "9", seq: 6, prevSeq: 3, hashMatches: false })).toEqual({ kind: "missing", id: "9", seq: 6, missingFrom: 4, missingTo: 5 });
    expect(judgeChainLink({ id: "2", seq: 2, prevSeq: 0, hashMatches: true })).toEqual({ kind: "missing", id: "2", seq: 2, missingFrom: 1, missingTo: 1 });
  });

  it("calls a hash that does not follow from the row before it altered", () => {
    expect(judgeChainLink({ id: "7", seq: 4, prevSeq: 3, hashMatches: false })).toEqual({ kind: "altered", id: "7", seq: 4 });
  });
});

describe("the words of pb audit verify", () => {
  it("names the row and what is wrong", () => {
    expect(describeChainBreak({ kind: "missing", id: "9", seq: 6, missingFrom: 5, missingTo: 5 })).toBe("row 5 is missing (deleted) before row 6 (id 9)");
    expect(describeChainBreak({ kind: "missing", id: "9", seq: 6, missingFrom: 2, missingTo: 5 })).toBe("rows 2 to 5 are missing (deleted) before row 6 (id 9)");
    expect(describeChainBreak({ kind: "altered", id: "7", seq: 4 })).toBe("row 4 (id 7) does not match its hash: it was edited, or the row before it (3) was edited and re-hashed");
  });

  it("gives each council a line: OK with its rows and head, or FAILED with the first break", () => {
    expect(describeCouncilChain(chain({ rows: 1234, headSeq: 1234 }))).toBe("North (north): OK, 1,234 rows, head row 1234 ab12");
    expect(describeCouncilChain(chain({ rows: 0, headSeq: null, headHash: null }))).toBe("North (north): OK, no audit rows");
    expect(describeCouncilChain(chain({ firstBreak: { kind: "altered", id: "7", seq: 2 } }))).toMatch(/^North \(north\): FAILED: row 2 \(id 7\)/);
  });

  it("sums up: OK only when every chain is whole", () => {
    expect(summariseChains([chain({}), chain({ rows: 2 })])).toEqual({ ok: true, line: "audit verify: OK: 2 councils, 5 audit rows, every chain whole" });
    expect(summariseChains([chain({}), chain({ firstBreak: { kind: "altered", id: "7", seq: 2 } })])).toEqual({
      ok: false, line: "audit verify: FAILED: 1 of 2 councils with a broken chain (6 audit rows)",
    });
    expect(summariseChains([])).toEqual({ ok: true, line: "audit verify: OK: 0 councils, 0 audit rows, every chain whole" });
  });
});
