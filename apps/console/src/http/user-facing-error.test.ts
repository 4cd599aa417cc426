import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const logFailure = vi.fn();
vi.mock("../server/log", () => ({ logFailure }));
const { GENERIC_FAILURE, userFacingError } = await import("./user-facing-error");

describe("userFacingError", () => {
  it("tells a procedure's 4xx in its own words, which name the field, or in the route's words for a refusal", () => {
    const bad = new TRPCError({ code: "BAD_REQUEST", message: "period.label: must be a financial year such as 2025-26" });
    expect(userFacingError(bad, "test")).toEqual({ status: 400, message: "period.label: must be a financial year such as 2025-26" });
    expect(userFacingError(new TRPCError({ code: "FORBIDDEN" }), "test", { refusals: { 403: "Your role does not allow it." } })).toEqual({ status: 403, message: "Your role does not allow it." });
  });

  it("treats a malformed id as not found where the route asks", () => {
    const parsed = z.object({ id: z.uuid() }).safeParse({ id: "x" });
    const malformed = new TRPCError({ code: "BAD_REQUEST", cause: parsed.error });
    expect(userFacingError(malformed, "test", { unknownIdIsNotFound: true, refusals: { 404: "Not found." } })).toEqual({ status: 404, message: "Not found." });
  });

  it("never tells an internal error's message, though a server caller wraps it in a TRPCError, and logs the error behind it", () => {
    const cause = new RangeError("child Ada Lovelace 2014-03-02");
    const internal = new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: cause.message, cause });
    for (const error of [internal, cause]) expect(userFacingError(error, "test")).toEqual({ status: 500, message: GENERIC_FAILURE });
    // logFailure logs an error's name and code only (@pb/log's errorFacts, tested there).
    expect(logFailure.mock.calls).toEqual([
      ["route.failed", cause, { what: "test" }],
      ["route.failed", cause, { what: "test" }],
    ]);
  });
});
