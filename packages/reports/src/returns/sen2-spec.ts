import type { Sen2Arrangement, Sen2Element } from "../exports/returns";

/**
 * The collection this file is written for, and what of it the product fills. One place: the ADR
 * (docs/adr/0003-statutory-returns.md) says what each item was read from and what is still to be
 * checked against the DfE's text before the first submission.
 *
 * Source: DfE, "Special educational needs person level survey: technical specification" (SEN2,
 * person level since the January 2023 collection; the 2023 edition, v1.1 of October 2022, set the
 * modules: 1 person details, 2 requests, 3 EHC needs assessments, 4 named plan, 5 placements), and
 * the DfE's "Special educational needs survey: guide to submitting data" for the survey day. The
 * personal budget items and their values are those the DfE publishes from the named plan module
 * ("EHC plans with a personal budget in place": organised arrangements, direct payments, both; the
 * budget covering education, health, social care, or any combination: integrated).
 *
 * Not verified: the copies of the specification that could be read held its contents pages, not its
 * item tables, so the element names (sen2-writers.ts) and the code values below are this product's,
 * made to carry exactly those published categories. Check both against the current edition before
 * the first submission; each is one constant here or one line there, and the tests say what moves.
 */
export const SEN2_SPEC = {
  collection: "SEN2",
  title: "Special educational needs person level survey (SEN2): technical specification",
  module: "Module 4: named plan (personal budget items)",
  sourceLevel: "L",
  softwareCode: "SEND-PB",
} as const;

/** A personal budget's arrangement, as the named plan module records it. */
export const SEN2_PB_TYPE_CODES: Record<Sen2Arrangement, string> = {
  organised_only: "ORG",
  direct_payment_only: "DP",
  both: "BOTH",
};
export const SEN2_PB_TYPE_LABELS: Record<string, string> = {
  ORG: "Organised arrangements",
  DP: "Direct payments",
  BOTH: "Both organised arrangements and direct payments",
};

/** What the personal budget covers, as the named plan module records it. */
export const SEN2_PB_ELEMENT_CODES: Record<Sen2Element, string> = {
  education: "EDU",
  health: "HEA",
  social_care: "SOC",
  integrated: "INT",
};
export const SEN2_PB_ELEMENT_LABELS: Record<string, string> = {
  EDU: "Education only",
  HEA: "Health only",
  SOC: "Social care only",
  INT: "Integrated: any combination of education, health and social care",
};

/**
 * Items the collection asks for that this file does not carry, and why: the council's SEN2 software
 * adds them, matching each record on the council's reference. Stated on the About sheet and the page.
 */
export const SEN2_ITEMS_THE_COUNCIL_ADDS: readonly { item: string; why: string }[] = [
  { item: "Surname, forename, date of birth", why: "held by the product but not shown to the role that makes returns (references only)" },
  { item: "Sex, ethnicity, postcode", why: "not recorded by the product" },
  { item: "UPN or unique learner number (or the reason it is unknown)", why: "not recorded by the product" },
  { item: "Modules 2, 3 and 5: requests, EHC needs assessments and placements", why: "not recorded by the product" },
  { item: "Named plan items other than the start date and the personal budget", why: "not recorded by the product" },
];
