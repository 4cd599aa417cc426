import { formatPence } from "@pb/calendar";

/**
 * How a row-level extract's rows leave the council, chosen for each export: pseudonymised (exact
 * dates and amounts) or with the quasi-identifiers coarsened (months and amount bands).
 */
export const EXTRACT_PRIVACY = ["pseudonymised", "coarsened"] as const;
export type ExtractPrivacy = (typeof EXTRACT_PRIVACY)[number];

export const EXTRACT_PRIVACY_LABELS: Record<ExtractPrivacy, string> = {
  pseudonymised: "Pseudonymised rows: exact dates and amounts",
  coarsened: "Coarsened rows: months and amount bands, no pseudonyms",
};

/**
 * Amount bands, in pence, lowest first: each band runs from the previous band's bound up to (not
 * including) its own; the last has none. Wide enough that a band holds many payments, few enough to read.
 */
export const AMOUNT_BAND_BOUNDS = [10_000, 50_000, 100_000, 500_000] as const;

const pounds = (pence: number) => formatPence(pence).replace(/\.00$/, "");

/** Bands in words, from their upper bounds: "Under £100", "£100 to under £500", …, "£5,000 and over". */
export function bandLabels(bounds: readonly number[]): string[] {
  return [
    `Under ${pounds(bounds[0] ?? 0)}`,
    ...bounds.slice(1).map((upper, i) => `${pounds(bounds[i] ?? 0)} to under ${pounds(upper)}`),
    `${pounds(bounds[bounds.length - 1] ?? 0)} and over`,
  ];
}

export const AMOUNT_BAND_LABELS: readonly string[] = bandLabels(AMOUNT_BAND_BOUNDS);

/** The band an amount in pence falls in, in words. */
export function findAmountBand(pence: number): string {
  if (!Number.isInteger(pence)) throw new RangeError(`${pence} is not a whole number of pence`);
  const index = AMOUNT_BAND_BOUNDS.findIndex((upper) => pence < upper);
  return AMOUNT_BAND_LABELS[index === -1 ? AMOUNT_BAND_BOUNDS.length : index] ?? "";
}

/** "2025-06-14" → "2025-06": the month, sortable as text, without the day. */
export function coarsenToMonth(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(isoDate)) throw new RangeError(`${isoDate} is not an ISO date`);
  return isoDate.slice(0, 7);
}

/**
 * What each choice still risks, said plainly: on the exports page and on the extract's About sheet.
 * The same words in both places, so what the person choosing reads is what the reader of the file reads.
 */
export const EXTRACT_PRIVACY_RISKS: Record<ExtractPrivacy, string> = {
  pseudonymised:
    "Children are shown by a pseudonym, never a name or a date of birth, but every row keeps its exact date, service and amount. " +
    "Those are unique to one child's payment, so anyone who also sees the dashboards' drill-down or the case records can match a row to a child's reference. " +
    "Keep this file inside the council.",
  coarsened:
    `Each row is one payment or budget line on its own: no pseudonym links a child's rows together. Dates are given as months and amounts as bands (${AMOUNT_BAND_LABELS.join("; ")}). ` +
    "Where fewer children than the council's small-count threshold share a row's values, the row is generalised further (a financial quarter or year, a wider band or any amount, any service of its stream, any age band, arrangement, frequency or reason) " +
    "until at least that many do, and a row that cannot get there is left out and counted on the About sheet. So no row matches the drill-down or the case records for fewer children than the threshold. " +
    "What stays is that someone who already knows a child is in a group learns the group's values, and totals from the file leave out the rows held back: share the file with the people who need it, never publicly.",
};

/** The choice in a sentence for an About sheet: what it is and what it still risks. */
export function describeExtractPrivacy(privacy: ExtractPrivacy): string {
  return `${EXTRACT_PRIVACY_LABELS[privacy]}. ${EXTRACT_PRIVACY_RISKS[privacy]}`;
}
