import "server-only";
import { textErrorResponse } from "../../../http/user-facing-error";

/**
 * Reads the period from a download link (?fy=2025-26, ?ay=2025-26 or ?from=…&to=…) or from the
 * exports page's form (?period=academic_year&year=2025-26); the procedure validates it.
 */
export function readPeriodParams(params: URLSearchParams) {
  const period = params.get("period");
  const year = params.get("year") ?? "";
  if (period === "financial_year") return { kind: "financial_year" as const, label: year };
  if (period === "academic_year") return { kind: "academic_year" as const, label: year };
  if (period === "custom") return { kind: "custom" as const, from: params.get("from") ?? "", to: params.get("to") ?? "" };
  const fy = params.get("fy");
  if (fy) return { kind: "financial_year" as const, label: fy };
  const ay = params.get("ay");
  if (ay) return { kind: "academic_year" as const, label: ay };
  return { kind: "custom" as const, from: params.get("from") ?? "", to: params.get("to") ?? "" };
}

/**
 * A choice from the query string, absent when empty, for the procedure's schema to judge: its default
 * where it has one, otherwise a 400 naming the field (ExtractInput.privacy has none: it must be chosen).
 */
export function readOptional(params: URLSearchParams, name: string): string | undefined {
  return params.get(name) || undefined;
}

/** A download's own headers; the security ones (no-store, nosniff, CSP) are the proxy's, for every answer. */
export function attachmentHeaders(fileName: string, contentType: string): Record<string, string> {
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
  };
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A failed export as a plain-text answer: the console's one rule for what a user is told (userFacingError). */
export function respondToError(error: unknown, what: string): Response {
  return textErrorResponse(error, `${what} export`);
}
