import { financialYearOf, type IsoDate } from "@pb/calendar";
import { AMOUNT_BAND_BOUNDS, bandLabels, coarsenToMonth } from "./extract-privacy";

/**
 * The generalisation ladder of a coarsened extract. Every value a coarsened row shows is one the
 * drill-down also shows or filters by, so every column is a quasi-identifier. Each rung says how far
 * each kind of column is generalised; a row takes the first rung at which the rows sharing its
 * values (its group) hold at least k different children, k being the council's small-count
 * threshold. A row that reaches no rung is withheld.
 *
 * A column says which kind it is (`GeneralisedBy`); a code column that names none (a stream, a
 * payment's or a budget's status) is never generalised: a row whose stream and status alone are
 * shared by fewer than k children is withheld rather than shown as nothing at all.
 */
export const GENERALISED_BY = ["period", "amount", "service", "arrangement", "ageBand", "detail"] as const;
export type GeneralisedBy = (typeof GENERALISED_BY)[number];

/** A date: its month ("2025-06"), its financial quarter ("2025-26 Q1") or its financial year ("2025-26"). */
export const PERIOD_STEPS = ["month", "quarter", "year"] as const;
export type PeriodStep = (typeof PERIOD_STEPS)[number];
/** An amount: its band (AMOUNT_BAND_BOUNDS), its wide band (WIDE_AMOUNT_BAND_BOUNDS) or any amount. */
export const AMOUNT_STEPS = ["band", "wideBand", "any"] as const;
export type AmountStep = (typeof AMOUNT_STEPS)[number];
/** A service, an arrangement, an age band or another code: itself, or any (a service stays in its stream, shown beside it). */
export type CodeStep = "exact" | "any";

export type Rung = { period: PeriodStep; amount: AmountStep } & Record<Exclude<GeneralisedBy, "period" | "amount">, CodeStep>;

/**
 * Wide bands, in pence: each is a union of AMOUNT_BAND_BOUNDS's bands (its bounds are some of
 * theirs), so a row moved up a rung keeps what its band said, in fewer words.
 */
export const WIDE_AMOUNT_BAND_BOUNDS = [50_000, 500_000] as const;

const exact = { service: "exact", arrangement: "exact", ageBand: "exact", detail: "exact" } as const;

/**
 * Lowest first. Time is given up before what was bought, and the financial year before the amount:
 * a quarter still places a payment in the year's pattern; an amount is what most readers want.
 */
export const GENERALISATION_LADDER: readonly Rung[] = [
  { period: "month", amount: "band", ...exact },
  { period: "quarter", amount: "band", ...exact },
  { period: "quarter", amount: "wideBand", ...exact },
  { period: "quarter", amount: "wideBand", ...exact, ageBand: "any" },
  { period: "quarter", amount: "wideBand", ...exact, ageBand: "any", service: "any" },
  { period: "year", amount: "wideBand", ...exact, ageBand: "any", service: "any" },
  { period: "year", amount: "wideBand", ageBand: "any", service: "any", arrangement: "any", detail: "any" },
  { period: "year", amount: "any", ageBand: "any", service: "any", arrangement: "any", detail: "any" },
];

export const WIDE_AMOUNT_BAND_LABELS: readonly string[] = bandLabels(WIDE_AMOUNT_BAND_BOUNDS);
export const ANY_AMOUNT = "Any amount";

/** The bounds of the bands an amount step uses: none for any amount. */
export function amountBoundsOf(step: AmountStep): readonly number[] {
  return step === "band" ? AMOUNT_BAND_BOUNDS : step === "wideBand" ? WIDE_AMOUNT_BAND_BOUNDS : [];
}

/** A date at a period step: "2025-06", "2025-26 Q1" (April to June) or "2025-26". Financial quarters are calendar quarters, named by the financial year. */
export function generaliseDate(isoDate: string, step: PeriodStep): string {
  const month = coarsenToMonth(isoDate);
  if (step === "month") return month;
  const year = financialYearOf(isoDate.slice(0, 10) as IsoDate).label;
  if (step === "year") return year;
  const quarter = Math.floor(((Number(month.slice(5, 7)) + 8) % 12) / 3) + 1;
  return `${year} Q${quarter}`;
}

/** An amount in pence at an amount step, in words. */
export function generaliseAmount(pence: number, step: AmountStep): string {
  if (!Number.isInteger(pence)) throw new RangeError(`${pence} is not a whole number of pence`);
  if (step === "any") return ANY_AMOUNT;
  const bounds = amountBoundsOf(step);
  const labels = step === "band" ? bandLabels(AMOUNT_BAND_BOUNDS) : WIDE_AMOUNT_BAND_LABELS;
  const index = bounds.findIndex((upper) => pence < upper);
  return labels[index === -1 ? bounds.length : index] ?? "";
}

/** The words for a code generalised to any: "Any service", "Any arrangement", "Any age band", "Any frequency". */
export function describeAnyCode(columnLabel: string): string {
  return `Any ${columnLabel.toLowerCase()}`;
}

/** What the ladder's rungs give up, in order, for an About sheet. */
export const GENERALISATION_WORDS =
  "a financial quarter, then wider amount bands (" + WIDE_AMOUNT_BAND_LABELS.join("; ") + "), then any age band, then any service of the row's stream, " +
  "then the financial year, then any arrangement, frequency or cessation reason, then any amount";
