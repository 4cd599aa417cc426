import { TRPCError } from "@trpc/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { respondToError } = await import("./respond");

describe("respondToError", () => {
  it("answers a procedure's 4xx with its message, which names the field", async () => {
    const response = respondToError(new TRPCError({ code: "BAD_REQUEST", message: "period.label: must be a financial year such as 2025-26" }), "test");
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("period.label: must be a financial year such as 2025-26");
  });

  it("never answers with an internal error's message, though a server caller wraps it in a TRPCError", async () => {
    const logged = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const internal = new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: 'relation "payment" does not exist', cause: new Error('relation "payment" does not exist') });
    for (const error of [internal, new RangeError("invalid date 2026-02-30")]) {
      const response = respondToError(error, "test");
      expect(response.status).toBe(500);
      expect(await response.text()).toBe("Something went wrong on our side. Please try again.");
    }
    // Logged as one JSON line each, by name and code: a message may quote what a user typed.
    await vi.waitFor(() => expect(logged).toHaveBeenCalledTimes(2));
    const lines = logged.mock.calls.map(([chunk]) => JSON.parse(String(chunk)));
    expect(lines).toEqual([
      // The error behind the server caller's wrapping, which says what failed.
      expect.objectContaining({ level: "error", event: "route.failed", what: "test export", error: "Error" }),
      expect.objectContaining({ level: "error", event: "route.failed", what: "test export", error: "RangeError" }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/payment|2026-02-30/);
    logged.mockRestore();
  });
});
