import type { RouterOutputs } from "@pb/api/types";

export type FamilyContact = RouterOutputs["familyContact"]["get"];

export const CONTACT_FIELD_LABELS: Record<string, string> = {
  email: "Email address",
  addressee: "Letters addressed to",
  addressLines: "Address line 1",
  postcode: "Postcode",
  version: "Contact details",
};

/** The address as the GOV.UK pattern asks for it; each filled line is one of the address's lines, in order. */
export const ADDRESS_LINE_LABELS = ["Address line 1", "Address line 2 (optional)", "Address line 3 (optional)", "Town or city", "County (optional)"] as const;
