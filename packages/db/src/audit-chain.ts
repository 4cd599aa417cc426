/**
 * What a walk of one council's audit chain found. The hash and its encoding are SQL functions
 * (migration 0021), used by the trigger that writes each row and by `verifyAuditChains`; these are
 * the pure judgements and words around them.
 */

/** The first row, in chain order, whose place or hash is not what the row before it implies. */
export type ChainLink = {
  id: string;
  seq: number;
  /** The seq of the row before it in the chain as it stands (0 for the first row). */
  prevSeq: number;
  /** Whether the stored hash equals sha256(stored hash of the row before || this row's encoding). */
  hashMatches: boolean;
};

export type ChainBreak =
  | { kind: "missing"; id: string; seq: number; missingFrom: number; missingTo: number }
  | { kind: "altered"; id: string; seq: number };

export type CouncilChain = {
  councilId: string;
  councilName: string;
  slug: string;
  rows: number;
  headSeq: number | null;
  headHash: string | null;
  firstBreak: ChainBreak | null;
};

/** Judges the first suspicious link the walk found (null when it found none). */
export function judgeChainLink(link: ChainLink | null): ChainBreak | null {
  if (!link) return null;
  if (link.seq !== link.prevSeq + 1) return { kind: "missing", id: link.id, seq: link.seq, missingFrom: link.prevSeq + 1, missingTo: link.seq - 1 };
  if (!link.hashMatches) return { kind: "altered", id: link.id, seq: link.seq };
  return null;
}

export function describeChainBreak(found: ChainBreak): string {
  if (found.kind === "missing") {
    const rows = found.missingFrom === found.missingTo ? `row ${found.missingFrom} is` : `rows ${found.missingFrom} to ${found.missingTo} are`;
    return `${rows} missing (deleted) before row ${found.seq} (id ${found.id})`;
  }
  // The link uses the stored hash of the row before, so a mismatch means this row's fields or hash
  // changed, or the row before was edited and its hash recomputed to hide it.
  return `row ${found.seq} (id ${found.id}) does not match its hash: it was edited, or the row before it (${found.seq - 1}) was edited and re-hashed`;
}

export function describeCouncilChain(chain: CouncilChain): string {
  const who = `${chain.councilName} (${chain.slug})`;
  if (chain.firstBreak) return `${who}: FAILED: ${describeChainBreak(chain.firstBreak)}`;
  if (chain.rows === 0) return `${who}: OK, no audit rows`;
  return `${who}: OK, ${formatCount(chain.rows)} rows, head row ${chain.headSeq} ${chain.headHash ?? ""}`;
}

/** The last line of `pb audit verify`: whether every chain is whole, with the counts. */
export function summariseChains(chains: CouncilChain[]): { ok: boolean; line: string } {
  const broken = chains.filter((c) => c.firstBreak).length;
  const rows = chains.reduce((sum, c) => sum + c.rows, 0);
  const councils = `${chains.length} ${chains.length === 1 ? "council" : "councils"}`;
  return broken === 0
    ? { ok: true, line: `audit verify: OK: ${councils}, ${formatCount(rows)} audit rows, every chain whole` }
    : { ok: false, line: `audit verify: FAILED: ${broken} of ${councils} with a broken chain (${formatCount(rows)} audit rows)` };
}

function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}
