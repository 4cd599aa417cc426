import { z } from "zod";

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
