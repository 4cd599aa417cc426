import { getDateParts, isIsoDate, type IsoDate } from "@pb/calendar";
import type { ColumnKind } from "./export-table";

/*
 * How a table's cells are written into a file a spreadsheet opens: the one place for the conventions.
 * - Money: pounds to the penny, a number (negative included). Counts and other figures: numbers.
 * - Percentages: the product holds 12.5 meaning 12.5 %. The CSV keeps 12.5 under a "(%)" header
 *   (plain data for any program); the XLSX holds the fraction 0.125 with a % format, so a formula
 *   that uses the cell gets the right answer. The division happens once, here.
 * - Dates: held as ISO 8601 text ("2025-04-01") in a "date" column and months ("2025-04") in a
 *   "month" column. The CSV writes the ISO date (a month as its first day), which every spreadsheet
 *   reads as a date; the XLSX writes a date cell with an en-GB format. A cell of a date or month
 *   column that is not one ("Total") stays text.
 * - Text: neutralised against formulas; a number held as text ("-5") is text and neutralised too.
 */

/** XLSX number formats by column kind: pounds with the £ sign, whole counts, figures to one decimal place (no "14." for a whole number), fractions as %, dates day first. */
export const SPREADSHEET_FORMATS: Readonly<Record<ColumnKind, string | null>> = {
  text: null,
  pence: '"£"#,##0.00;-"£"#,##0.00',
  count: "#,##0",
  number: "#,##0.0",
  percent: "0.0%",
  date: "dd/mm/yyyy",
  month: "mmmm yyyy",
};

/** The column kinds whose cells are dates in a file. */
export function isDateKind(kind: ColumnKind): kind is "date" | "month" {
  return kind === "date" || kind === "month";
}

/** A date or month column's cell as the ISO date a file holds (a month as its first day); null when it is not one ("Total"). */
export function readFileDate(kind: ColumnKind, text: string): IsoDate | null {
  if (kind === "date") return isIsoDate(text) ? text : null;
  if (kind === "month") return /^\d{4}-\d{2}$/.test(text) && isIsoDate(`${text}-01`) ? (`${text}-01` as IsoDate) : null;
  return null;
}

/** The date as a spreadsheet's date cell: midnight UTC, so the serial number is a whole day in every time zone. */
export function toUtcMidnight(date: IsoDate): Date {
  const { year, month, day } = getDateParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** 12.5 (per cent) → 0.125, by moving the decimal point in the number's text: no 0.12500000000000001. */
export function percentToFraction(percent: number): number {
  if (!Number.isFinite(percent)) throw new RangeError(`${percent} is not a percentage`);
  const text = String(percent);
  return text.includes("e") ? percent / 100 : Number(`${text}e-2`);
}

/** A column of figures (money, counts, numbers, percentages): numbers in files, right-aligned on screen and on paper. */
export function isFigureKind(kind: ColumnKind): boolean {
  return kind === "count" || kind === "pence" || kind === "number" || kind === "percent";
}
