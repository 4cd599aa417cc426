export { buildLocalOffer } from "./build-local-offer";
export { findPolicyCodes } from "./find-policy-codes";
export { compareLocalOffers, describeLocalOfferChange } from "./compare-local-offers";
export {
  arrangeLocalOfferVersions,
  type LocalOfferPage,
  type PublishedVersion,
  type LocalOfferHistoryEntry,
} from "./local-offer-page";
export {
  LOCAL_OFFER_SECTIONS,
  type LocalOffer,
  type LocalOfferChange,
  type LocalOfferSectionId,
  type OfferBlock,
  type OfferSection,
} from "./local-offer-types";
export { groupOfferBlocks, localOfferPdfName, type OfferPart } from "./offer-layout";
