import "server-only";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { logFailure } from "../../../server/log";

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

/**
 * The procedure's own 4xx, in plain text naming the field; anything else a generic 500 with no detail.
 * A server caller's internal error is a TRPCError too, carrying the original message, so it is told
 * apart by its code (the tRPC endpoint's error formatter, which hides it, is not on this path).
 */
export function respondToError(error: unknown, what: string): Response {
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
    return new Response(error.message, { status: getHTTPStatusCodeFromError(error), headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  logFailure("export.failed", error, { download: what });
  return new Response("Something went wrong on our side. Please try again.", { status: 500, headers: { "content-type": "text/plain; charset=utf-8" } });
}
