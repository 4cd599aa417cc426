import { describe, expect, it } from "vitest";
import { errorFacts, formatLogLine } from "./log";
import { isWellFormedRequestId, requestIdFrom } from "./request-id";

describe("formatLogLine", () => {
  it("writes one line of JSON with time, level and event that fields cannot overwrite", () => {
    const line = formatLogLine("error", "export.failed", { requestId: "abc12345", level: "info", skipped: undefined }, new Date("2026-12-08T03:00:00Z"));
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({ requestId: "abc12345", time: "2026-12-08T03:00:00.000Z", level: "error", event: "export.failed" });
    expect(Object.keys(JSON.parse(line))).toEqual(["time", "level", "event", "requestId"]);
  });
});

describe("errorFacts", () => {
  it("keeps an error's name and SQLSTATE but never its message, which may quote a child's details", () => {
    const error = Object.assign(new Error('invalid input syntax for type date: "Jane Doe"'), { code: "22007" });
    const facts = errorFacts(error);
    expect(facts).toEqual({ error: "Error", code: "22007" });
    expect(JSON.stringify(facts)).not.toContain("Jane");
  });

  it("keeps a symbolic code such as a tRPC or Node code", () => {
    expect(errorFacts(Object.assign(new TypeError("x"), { code: "ERR_INVALID_ARG_TYPE" }))).toEqual({ error: "TypeError", code: "ERR_INVALID_ARG_TYPE" });
  });

  it("drops a code or name that could carry text, and says only the type of a thrown non-error", () => {
    const error = Object.assign(new Error("x"), { code: "jane@example.test" });
    error.name = "Jane Doe's record";
    expect(errorFacts(error)).toEqual({ error: "Error" });
    expect(errorFacts("Jane Doe")).toEqual({ error: "string" });
  });
});

describe("requestIdFrom", () => {
  it("keeps a well-formed incoming id", () => {
    expect(requestIdFrom("0b9f7f4e-3a1c-4a8e-9d0c-1f2e3d4c5b6a")).toBe("0b9f7f4e-3a1c-4a8e-9d0c-1f2e3d4c5b6a");
    expect(requestIdFrom("req_01HZX3K9V7Q2M4N6P8R0S2T4V6")).toBe("req_01HZX3K9V7Q2M4N6P8R0S2T4V6");
  });

  it("replaces a missing, short, long or unsafe id with a new UUID", () => {
    for (const bad of [null, undefined, "", "short", "x".repeat(129), "jane@example.test", "a b c d e f g h", "abcdefgh\nforged"]) {
      expect(isWellFormedRequestId(bad)).toBe(false);
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
