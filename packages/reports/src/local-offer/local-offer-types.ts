// The Local Offer page as data (Code of Practice 9.96): sections of plain sentences, built from the
// policy version itself, so the page, its PDF and the rules the council applies cannot differ.

export const LOCAL_OFFER_SECTIONS = [
  "about",
  "who",
  "pays_for",
  "not_pay_for",
  "managing",
  "reviews",
  "ending",
  "decisions",
  "disagree",
  "contacts",
  "policy_review",
] as const;
export type LocalOfferSectionId = (typeof LOCAL_OFFER_SECTIONS)[number];

/**
 * One sentence or line of a section. `key` says which part of the policy it states, so two versions'
 * pages can be compared line by line; it is for comparing and list keys only, never shown.
 */
export type OfferBlock = { key: string; kind: "paragraph" | "item" | "subheading"; text: string };

export type OfferSection = { id: LocalOfferSectionId; heading: string; blocks: OfferBlock[] };

export type LocalOffer = {
  title: string;
  councilName: string;
  /** ISO date the version took effect, and the same in words ("1 April 2025"). */
  effectiveFrom: string;
  effectiveFromText: string;
  sections: OfferSection[];
};

/** A line of the page that differs between two versions, in the words each version's page shows. */
export type LocalOfferChange = {
  /** The heading of the section it is in. */
  section: string;
  change: "added" | "removed" | "changed";
  before?: string;
  after?: string;
};
