import { z } from "zod";
import { isIsoDate, isWithinAcceptedDates, OUTSIDE_ACCEPTED_DATES } from "@pb/calendar";

// Shared input shapes for the finance routers.
export const DateInput = z
  .string()
  .max(10)
  .refine(isIsoDate, "must be a date written YYYY-MM-DD")
  .refine((text) => !isIsoDate(text) || isWithinAcceptedDates(text), OUTSIDE_ACCEPTED_DATES);

/** File bytes as base64, capped so that nothing larger is ever decoded. */
export function fileBase64(maxBytes: number) {
  return z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4, `must be a file of at most ${Math.floor(maxBytes / 1024)} KB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64");
}

export function decodeBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "base64"));
}

export const CSV_MAX_BYTES = 2 * 1024 * 1024;
