import { z } from "zod";
import { formatPence } from "@pb/calendar";

/**
 * The most any one amount may be: £100 million, far beyond any child's budget, and far enough below a
 * safe integer that the sums of a year's lines, runs and rollups never leave one (nor bigint). Every
 * money input takes it (Pence, SignedPence) and the database holds it as CHECK constraints (migration 0022).
 */
export const MAX_PENCE = 10_000_000_000;
const TOO_LARGE = `must be at most ${formatPence(MAX_PENCE)}`;

/** An amount entered: whole pence, 0 to MAX_PENCE. */
export const Pence = z.number().int("must be a whole number of pence").min(0, "must be 0 or more").max(MAX_PENCE, TOO_LARGE);

/** A balance entered, which may be overdrawn: whole pence within MAX_PENCE either side of 0. */
export const SignedPence = z.number().int("must be a whole number of pence").min(-MAX_PENCE, `must be at least -${formatPence(MAX_PENCE)}`).max(MAX_PENCE, TOO_LARGE);

/** Whole pence, never a float: a safe integer, 0 or more. */
export const NonNegativePence = z
  .number({ error: (issue) => (issue.input === undefined ? "is required" : "must be a whole number of pence") })
  .refine(Number.isSafeInteger, { error: "must be a whole number of pence" })
  .refine((pence) => pence >= 0, { error: "must be 0 or more" });
export type NonNegativePence = z.infer<typeof NonNegativePence>;

/** Throws RangeError unless the value is a whole number of pence (a safe integer). */
export function assertPence(value: number, what = "amount"): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a whole number of pence, got ${value}`);
}

/** Converts a BigInt result back to pence, refusing anything a number cannot hold exactly. */
export function toSafePence(value: bigint, what = "amount"): number {
  const pence = Number(value);
  if (!Number.isSafeInteger(pence)) throw new RangeError(`${what} of ${value} pence is too large to hold exactly`);
  return pence;
}
