import { z } from "zod";

export const ENTRY_KINDS = ["payment_in", "spending", "recovery", "reversal"] as const;
export const EntryKind = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof EntryKind>;

/** One append-only line of a direct payment account. Amounts are positive pence; a reversal names what it undoes. */
export type LedgerEntry = {
  id: string;
  kind: EntryKind;
  amountPence: number;
  reversesEntryId: string | null;
};

export type AccountTotals = {
  paymentsInPence: number;
  spendingPence: number;
  recoveriesPence: number;
  /** paymentsIn − spending − recoveries, each net of its reversals: never stored, always worked out. */
  balancePence: number;
};

/**
 * The account's figures from its entries alone. A reversal takes its amount off the kind of entry it
 * reverses, so a correction never edits what went before. Throws on a malformed history.
 */
export function computeAccountTotals(entries: readonly LedgerEntry[]): AccountTotals {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const sums: Record<Exclude<EntryKind, "reversal">, number> = { payment_in: 0, spending: 0, recovery: 0 };
  const reversed = new Set<string>();
  for (const entry of entries) {
    if (!Number.isSafeInteger(entry.amountPence) || entry.amountPence <= 0) throw new RangeError(`entry ${entry.id}: amount must be a whole number of pence above 0`);
    if (entry.kind !== "reversal") {
      sums[entry.kind] += entry.amountPence;
      continue;
    }
    const target = entry.reversesEntryId ? byId.get(entry.reversesEntryId) : undefined;
    if (!target || target.kind === "reversal") throw new RangeError(`entry ${entry.id}: a reversal must undo a payment, spending or recovery entry of the same account`);
    if (reversed.has(target.id)) throw new RangeError(`entry ${target.id} is reversed twice`);
    if (target.amountPence !== entry.amountPence) throw new RangeError(`entry ${entry.id}: a reversal undoes the whole amount of the entry it reverses`);
    reversed.add(target.id);
    sums[target.kind] -= entry.amountPence;
  }
  return {
    paymentsInPence: sums.payment_in,
    spendingPence: sums.spending,
    recoveriesPence: sums.recovery,
    balancePence: sums.payment_in - sums.spending - sums.recovery,
  };
}

/** Why an entry cannot be reversed, or null when it can: reversals are never reversed, and nothing twice. */
export function explainCannotReverse(target: LedgerEntry, all: readonly LedgerEntry[]): string | null {
  if (target.kind === "reversal") return "a reversal cannot itself be reversed; record a new entry instead";
  if (all.some((e) => e.kind === "reversal" && e.reversesEntryId === target.id)) return "this entry has already been reversed";
  return null;
}
