import { SUPPRESSED_TEXT } from "../exports/export-table";

/**
 * How a council keeps small numbers of children out of what it publishes. The one source for the
 * admin setting: its codes, its words and what the About sheet says about each.
 */
export const DISCLOSURE_METHODS = [
  {
    code: "suppress",
    label: "Suppress small counts",
    hint: `Counts from 1 to one less than the threshold are shown as "${SUPPRESSED_TEXT}", with other figures hidden so that no total, subtotal or figure on another sheet gives one back.`,
  },
  {
    code: "round",
    label: "Round counts to the nearest 5",
    hint: "Counts are rounded to the nearest 5 and totals are the sum of the rounded figures; figures about groups under the threshold, and rates or means that would give a count back, are hidden.",
  },
] as const;

export type DisclosureMethod = (typeof DISCLOSURE_METHODS)[number]["code"];
export const DISCLOSURE_METHOD_CODES = DISCLOSURE_METHODS.map((m) => m.code) as [DisclosureMethod, ...DisclosureMethod[]];

/** threshold: the smallest count of children that may be shown as it is (a count from 1 to threshold − 1 is small). */
export type DisclosureRule = { threshold: number; method: DisclosureMethod };

/** Rounding base of the "round" method: the convention of many official statistics. */
export const ROUNDING_BASE = 5;

/** A count as the "round" method shows it: the nearest multiple of 5, halves up (so 1 and 2 show as 0, 3 as 5). */
export function roundCount(value: number): number {
  return Math.floor(value / ROUNDING_BASE + 0.5) * ROUNDING_BASE;
}

// Money-only tables (spend by stream, policy money) carry no counts, so no group in them is small.
const UNCOUNTED_MONEY = "Money in a table that counts no children is shown exactly, as it counts no one.";

/** The About sheet's words for a rule: how small numbers and zeros are treated, and what "c" means. */
export function describeDisclosure(rule: DisclosureRule): { item: string; value: string }[] {
  const last = rule.threshold - 1;
  if (rule.method === "round") {
    const groups = last < 1 ? "" : ` Money, percentages, medians and percentiles of a counted group of 1 to ${last} children are shown as "${SUPPRESSED_TEXT}", and so is money a total would give back.`;
    return [
      {
        item: "Small numbers",
        value: `Counts of children are rounded to the nearest ${ROUNDING_BASE} (halves up). Totals and subtotals are the sum of the rounded figures they add up, so they may differ from the exact total (and a total that repeats one from another table is that table's). Percentages are worked out from the rounded figures; rates and means per child, which would give an exact count back, are shown as "${SUPPRESSED_TEXT}", and so is any count that the rounded figures of two tables together would give back, with the totals it is part of.${groups} ${UNCOUNTED_MONEY}`,
      },
      { item: "Zeros", value: `A count shown as 0 was 0, 1 or 2 before rounding; a total shown as 0 adds up counts shown as 0, each of them 0, 1 or 2.` },
    ];
  }
  if (last < 1) return [{ item: "Small numbers", value: "Shown as counted: the council hides no count, however small." }];
  return [
    { item: "Small numbers", value: `Counts from 1 to ${last} are shown as "${SUPPRESSED_TEXT}". So is any other figure that, with the totals, subtotals and figures on other sheets of this file, would give such a count or its money back, and any percentage, rate, mean, median or percentile worked out from a hidden count. ${UNCOUNTED_MONEY}` },
    { item: "Zeros", value: `Zeros are shown as 0 and are never hidden: "${SUPPRESSED_TEXT}" always stands for a figure that is not zero.` },
  ];
}
