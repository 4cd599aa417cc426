import type { OfferBlock } from "./local-offer-types";

export type OfferPart =
  { kind: "subheading" | "paragraph"; block: OfferBlock } | { kind: "list"; key: string; items: OfferBlock[] };

/** A section's lines as the page and the PDF lay them out: a run of items is one list. */
export function groupOfferBlocks(blocks: readonly OfferBlock[]): OfferPart[] {
  const parts: OfferPart[] = [];
  for (const block of blocks) {
    const last = parts[parts.length - 1];
    if (block.kind === "item" && last?.kind === "list") last.items.push(block);
    else if (block.kind === "item") parts.push({ kind: "list", key: block.key, items: [block] });
    else parts.push({ kind: block.kind, block });
  }
  return parts;
}

export const localOfferPdfName = (slug: string, effectiveFrom: string) => `local-offer-${slug}-${effectiveFrom}.pdf`;
