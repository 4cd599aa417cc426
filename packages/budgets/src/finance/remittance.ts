import { IsoDate } from "@pb/calendar";
import { FinanceFileError } from "./csv-error";
import { findColumns, isFormulaLike, parseCsvTable } from "./csv-parse";
import { parsePoundsToPence } from "./money-text";
import { formatFileAmount } from "./payment-file";

export type RemittanceLine = { reference: string; outcome: "paid" | "failed"; date: string; amountPence: number; reason: string };
/** What the run expects for each reference it sent: the net amount. */
export type ExpectedPayment = { reference: string; netPence: number };

export const REMITTANCE_COLUMNS = { reference: "Payment reference", status: "Status", date: "Date", amount: "Amount" } as const;
const MAX_ROWS = 20_000;

/** "2026-11-03" or "03/11/2026" to an ISO date, or null. */
export function parseUkOrIsoDate(text: string): string | null {
  const t = text.trim();
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
  const iso = uk ? `${uk[3]}-${uk[2]}-${uk[1]}` : t;
  return IsoDate.safeParse(iso).success ? iso : null;
}

/**
 * The finance system's remittance: one row per payment reference with Status (paid or failed), Date
 * and Amount (pounds), and an optional Reason. Every row is checked before any is used: an unknown or
 * repeated reference, an amount that is not the one sent, a formula, or a bad date rejects the file.
 */
export function parseRemittance(input: Uint8Array | string, expected: readonly ExpectedPayment[]): RemittanceLine[] {
  const table = parseCsvTable(input, { maxRows: MAX_ROWS });
  const at = findColumns(table.header, REMITTANCE_COLUMNS);
  const reasonAt = table.header.findIndex((h) => h.trim().toLowerCase() === "reason");
  const byReference = new Map(expected.map((e) => [e.reference, e]));
  const seen = new Set<string>();
  return table.rows.map((cells, index) => {
    const rowName = `row ${index + 2}`;
    cells.forEach((cell, column) => {
      if (isFormulaLike(cell)) throw new FinanceFileError(`${rowName}, column ${table.header[column] ?? column + 1}`, "looks like a spreadsheet formula; remittance files hold values only");
    });
    const reference = (cells[at.reference] ?? "").trim();
    const sent = byReference.get(reference);
    if (!sent) throw new FinanceFileError(`${rowName}, column ${REMITTANCE_COLUMNS.reference}`, `"${reference.slice(0, 40)}" is not a payment of this run`);
    if (seen.has(reference)) throw new FinanceFileError(`${rowName}, column ${REMITTANCE_COLUMNS.reference}`, `${reference} appears more than once`);
    seen.add(reference);
    const status = (cells[at.status] ?? "").trim().toLowerCase();
    if (status !== "paid" && status !== "failed") throw new FinanceFileError(`${rowName}, column ${REMITTANCE_COLUMNS.status}`, 'must be "paid" or "failed"');
    const date = parseUkOrIsoDate(cells[at.date] ?? "");
    if (!date) throw new FinanceFileError(`${rowName}, column ${REMITTANCE_COLUMNS.date}`, "must be a date written 2026-11-03 or 03/11/2026");
    const amountPence = parsePoundsToPence(cells[at.amount] ?? "");
    if (amountPence === null) throw new FinanceFileError(`${rowName}, column ${REMITTANCE_COLUMNS.amount}`, "must be an amount in pounds such as 125.50");
    if (amountPence !== sent.netPence) throw new FinanceFileError(`${rowName}, column ${REMITTANCE_COLUMNS.amount}`, `is ${cells[at.amount]}, but the run sent ${formatFileAmount(sent.netPence, "pounds")} for ${reference}`);
    const reason = reasonAt >= 0 ? (cells[reasonAt] ?? "").trim().slice(0, 200) : "";
    return { reference, outcome: status, date, amountPence, reason };
  });
}
