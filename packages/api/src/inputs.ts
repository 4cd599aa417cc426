import { z } from "zod";

/** "2025-26": a financial year, 1 April 2025 to 31 March 2026. */
export const FinancialYearLabel = z
  .string()
  .max(7)
  .regex(/^\d{4}-\d{2}$/, "must look like 2025-26")
  .refine((v) => (Number(v.slice(0, 4)) + 1) % 100 === Number(v.slice(5, 7)), "the second year must follow the first, as in 2025-26")
  .refine((v) => Number(v.slice(0, 4)) >= 2000 && Number(v.slice(0, 4)) <= 2100, "must be between 2000-01 and 2100-01");

export function financialYearRange(label: string): { from: string; to: string } {
  const start = Number(label.slice(0, 4));
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

export const Uuid = z.uuid("must be an id");

/** An audit row's id: a whole number (bigint in the database, so carried as text). */
export const AuditId = z.string().regex(/^[1-9][0-9]{0,17}$/, "must be a change's number");
