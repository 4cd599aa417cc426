import { z } from "zod";
import { FinanceFileError } from "./csv-error";
import { findColumns, isFormulaLike, parseCsvTable } from "./csv-parse";
import { parsePoundsToPence } from "./money-text";
import { parseUkOrIsoDate } from "./remittance";

const Header = z.string().trim().min(1, "must name a column").max(60, "must be at most 60 characters");

/**
 * Which columns of a bank or prepaid card statement hold what. Money out is either a signed Amount
 * column (negative = spent) or separate Paid out / Paid in columns; Balance is optional.
 */
export const StatementMapping = z
  .strictObject({
    date: Header,
    description: Header.optional(),
    amount: Header.optional(),
    paidOut: Header.optional(),
    paidIn: Header.optional(),
    balance: Header.optional(),
  })
  .refine((m) => (m.amount !== undefined) !== (m.paidOut !== undefined || m.paidIn !== undefined), {
    path: ["amount"],
    message: "name either a signed amount column, or paid out and paid in columns, not both",
  });
export type StatementMapping = z.infer<typeof StatementMapping>;

export type StatementTransaction = { row: number; date: string; description: string; outPence: number; inPence: number; balancePence: number | null };
export type StatementSummary = {
  transactions: StatementTransaction[];
  /** Money out within the period: what prefills the return's spending. */
  spentPence: number;
  receivedPence: number;
  /** The last balance shown on or before the period's end, when the statement has a balance column. */
  closingBalancePence: number | null;
  /** Rows outside the period, counted but not used. */
  outsidePeriod: number;
};

function money(cell: string | undefined, where: string): number {
  const text = (cell ?? "").trim();
  if (text === "") return 0;
  const pence = parsePoundsToPence(text);
  if (pence === null) throw new FinanceFileError(where, `"${text.slice(0, 30)}" is not an amount in pounds`);
  return pence;
}

/**
 * Reads a statement CSV with the mapping and keeps the rows dated within [periodStart, periodEnd].
 * A formula in a money or date cell rejects the file; a formula-like description is kept as text,
 * marked with a leading apostrophe so that it never runs anywhere.
 */
export function importStatement(input: Uint8Array | string, mapping: StatementMapping, periodStart: string, periodEnd: string): StatementSummary {
  const table = parseCsvTable(input, { maxRows: 10_000 });
  const wanted: Record<string, string> = { date: mapping.date };
  for (const key of ["description", "amount", "paidOut", "paidIn", "balance"] as const) {
    const header = mapping[key];
    if (header !== undefined) wanted[key] = header;
  }
  const at = findColumns(table.header, wanted);
  const transactions: StatementTransaction[] = [];
  let outsidePeriod = 0;
  let closingBalancePence: number | null = null;
  let closingDate = "";
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (key: string) => (at[key] === undefined ? undefined : cells[at[key] ?? -1]);
    const where = (key: string) => `row ${row}, column ${wanted[key]}`;
    for (const key of ["date", "amount", "paidOut", "paidIn", "balance"]) {
      const value = cell(key);
      if (value !== undefined && isFormulaLike(value)) throw new FinanceFileError(where(key), "looks like a spreadsheet formula; export the statement's values");
    }
    const date = parseUkOrIsoDate(cell("date") ?? "");
    if (!date) throw new FinanceFileError(where("date"), "must be a date written 2026-11-03 or 03/11/2026");
    let outPence: number;
    let inPence: number;
    if (mapping.amount !== undefined) {
      const signed = money(cell("amount"), where("amount"));
      outPence = signed < 0 ? -signed : 0;
      inPence = signed > 0 ? signed : 0;
    } else {
      outPence = Math.abs(money(cell("paidOut"), where("paidOut")));
      inPence = Math.abs(money(cell("paidIn"), where("paidIn")));
    }
    const balanceText = cell("balance");
    const balancePence = balanceText === undefined || balanceText.trim() === "" ? null : money(balanceText, where("balance"));
    const rawDescription = (cell("description") ?? "").trim().slice(0, 140);
    const description = isFormulaLike(rawDescription) ? `'${rawDescription}` : rawDescription;
    if (date < periodStart || date > periodEnd) {
      outsidePeriod++;
      return;
    }
    transactions.push({ row, date, description, outPence, inPence, balancePence });
    if (balancePence !== null && date >= closingDate) {
      closingDate = date;
      closingBalancePence = balancePence;
    }
  });
  return {
    transactions,
    spentPence: transactions.reduce((s, t) => s + t.outPence, 0),
    receivedPence: transactions.reduce((s, t) => s + t.inPence, 0),
    closingBalancePence,
    outsidePeriod,
  };
}
