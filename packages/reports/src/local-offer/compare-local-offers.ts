import type { LocalOffer, LocalOfferChange, OfferBlock } from "./local-offer-types";

function linesByKey(offer: LocalOffer): Map<string, { section: string; block: OfferBlock }> {
  const lines = new Map<string, { section: string; block: OfferBlock }>();
  for (const section of offer.sections) {
    // A subheading only groups lines: a change shows in the lines under it.
    for (const block of section.blocks)
      if (block.kind !== "subheading") lines.set(block.key, { section: section.heading, block });
  }
  return lines;
}

/**
 * What changed between two versions' pages, line by line in the words each page shows: a line of the
 * same part of the policy reworded, a line only the newer page has, a line it no longer has. Pure.
 */
export function compareLocalOffers(before: LocalOffer, after: LocalOffer): LocalOfferChange[] {
  const old = linesByKey(before);
  const changes: LocalOfferChange[] = [];
  for (const [key, now] of linesByKey(after)) {
    const was = old.get(key);
    if (!was) changes.push({ section: now.section, change: "added", after: now.block.text });
    else if (was.block.text !== now.block.text)
      changes.push({ section: now.section, change: "changed", before: was.block.text, after: now.block.text });
    old.delete(key);
  }
  for (const was of old.values()) changes.push({ section: was.section, change: "removed", before: was.block.text });
  return changes;
}

/** One change in a sentence: "Reviews and checks: now says “…” (it said “…”)". */
export function describeLocalOfferChange(change: LocalOfferChange): string {
  if (change.change === "added") return `${change.section}: now also says “${change.after}”`;
  if (change.change === "removed") return `${change.section}: no longer says “${change.before}”`;
  return `${change.section}: now says “${change.after}” (it said “${change.before}”)`;
}
