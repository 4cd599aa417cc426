import type { Sen2Arrangement } from "../exports/returns";

/**
 * The collection this file is written for, and what of it the product fills. One place: the ADR
 * (docs/adr/0003-statutory-returns.md) says what each item was read from and what is still to be
 * checked against the DfE's text before the first submission.
 *
 * Source: DfE, "Special educational needs person level survey: technical specification" (SEN2,
 * person level since the January 2023 collection), and the DfE's "Special educational needs survey:
 * guide to submitting data" for the survey day (the third Thursday of January).
 *
 * Confirmed from the public structure of councils' SEN2 XML files (public code that parses them):
 * the root Message with Header (CollectionDetails: Collection, Year, ReferenceDate; Source:
 * SourceLevel, LEA, SoftwareCode, Release, SerialNo, DateTime) and Persons > Person > Requests >
 * Assessment > NamedPlan; the named plan's items StartDate, PB, OA and DP; and that Person has no
 * item for the council's own reference, and the named plan none for what the budget covers.
 *
 * Still to check against the DfE's own text before the first submission: the exact meaning of PB,
 * OA and DP (read here as: a personal budget is in place, it is held as organised arrangements, it
 * is paid as direct payments; each 1 or 0, "both" being OA 1 and DP 1, a third-party budget an
 * organised arrangement), and whether an empty Requests or Assessment (the product records neither)
 * is accepted around the named plan. Each is one constant here or one line in sen2-writers.ts.
 */
export const SEN2_SPEC = {
  collection: "SEN2",
  title: "Special educational needs person level survey (SEN2): technical specification",
  module: "Named plan (Persons/Person/Requests/Assessment/NamedPlan): StartDate, PB, OA, DP",
  sourceLevel: "L",
  softwareCode: "SEND-PB",
} as const;

/** The named plan's personal budget items, each an indicator: 1 yes, 0 no. */
export const SEN2_PB_ITEMS = ["PB", "OA", "DP"] as const;
export type Sen2PbItem = (typeof SEN2_PB_ITEMS)[number];
export const SEN2_INDICATOR_VALUES = ["1", "0"] as const;
export const SEN2_PB_ITEM_LABELS: Record<Sen2PbItem, string> = {
  PB: "A personal budget is in place",
  OA: "Held as organised arrangements (a third-party budget included)",
  DP: "Paid as direct payments",
};

/** How the product's arrangement is written in the three indicators: a budget is in place, held one way, the other, or both. */
export const SEN2_PB_INDICATORS: Record<Sen2Arrangement, Record<Sen2PbItem, "1" | "0">> = {
  organised_only: { PB: "1", OA: "1", DP: "0" },
  direct_payment_only: { PB: "1", OA: "0", DP: "1" },
  both: { PB: "1", OA: "1", DP: "1" },
};

/**
 * How the file carries the council's reference for the child, which is not a SEN2 item: the
 * council's SEN2 software matches each record on it and adds the person's items. In the CSV an extra
 * column of this name; in the XML a comment as the first thing inside each Person.
 */
export const SEN2_REFERENCE_CARRIER = {
  csvColumn: "CouncilReference (not a SEN2 item)",
  xmlCommentLabel: "CouncilReference (not a SEN2 item, for matching):",
} as const;

/**
 * Items the collection asks for that this file does not carry, and why: the council's SEN2 software
 * adds them, matching each record on the council's reference. Stated on the About sheet and the page.
 */
export const SEN2_ITEMS_THE_COUNCIL_ADDS: readonly { item: string; why: string }[] = [
  { item: "Person: Surname, Forename, PersonBirthDate", why: "held by the product but not shown to the role that makes returns (references only)" },
  { item: "Person: Sex, Ethnicity, PostCode", why: "not recorded by the product" },
  { item: "Person: UPN, UniqueLearnerNumber (or UPNunknown)", why: "not recorded by the product" },
  { item: "Requests and Assessment items (dates, outcomes, mediation, tribunal, Week20) and ActivePlans", why: "not recorded by the product" },
  { item: "NamedPlan: PlanRes, PlanWPB, CeaseDate, CeaseReason and PlanDetail (placements)", why: "not recorded by the product" },
];
