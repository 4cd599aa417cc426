import { describe, expect, it } from "vitest";
import { ConflictError } from "@pb/services";
import { toTrpcError } from "./errors";

describe("toTrpcError", () => {
  it("answers a lost race (deadlock, serialization failure) as a conflict saying what to do", () => {
    for (const code of ["40P01", "40001"]) {
      const mapped = toTrpcError(Object.assign(new Error("deadlock detected"), { code }));
      expect(mapped?.code).toBe("CONFLICT");
      expect(mapped?.message).toMatch(/nothing was saved.*try again/);
    }
  });

  it("leaves other database errors to be a 500, and maps the services' own", () => {
    expect(toTrpcError(Object.assign(new Error("boom"), { code: "XX000" }))).toBeNull();
    expect(toTrpcError(new ConflictError("stale"))?.code).toBe("CONFLICT");
  });
});
