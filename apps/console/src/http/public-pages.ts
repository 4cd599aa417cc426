// Pages anyone may read without signing in, besides the sign-in page: the councils' Local Offer pages
// (issue 22) and their PDFs. They read published policy only (pb_local_offer, migration 0028).

const LOCAL_OFFER = /^\/local-offer\/[^/]+(\/pdf)?\/?$/;
const LOCAL_OFFER_PDF = /^\/local-offer\/[^/]+\/pdf\/?$/;

/** A council's public Local Offer page or its PDF. */
export function isPublicLocalOfferPath(pathname: string): boolean {
  return LOCAL_OFFER.test(pathname);
}

/** The PDF is a download, not a page: it gets the API answers' headers (`default-src 'none'`). */
export function isLocalOfferPdfPath(pathname: string): boolean {
  return LOCAL_OFFER_PDF.test(pathname);
}
