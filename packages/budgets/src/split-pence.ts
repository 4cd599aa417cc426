import { assertPence } from "./money";

/**
 * Splits a total into `count` whole-penny parts: each gets floor(total ÷ count) and the odd pennies
 * left over go one each to the earliest parts, so the family is never paid late for rounding.
 */
export function splitPenceEvenly(totalPence: number, count: number): number[] {
  assertPence(totalPence, "total");
  if (totalPence < 0) throw new RangeError("total must be 0 or more");
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`cannot split into ${count} instalments`);
  const base = Math.floor(totalPence / count);
  const oddPennies = totalPence - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < oddPennies ? 1 : 0));
}
