import { randomBytes, randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPseudonymiser } from "./pseudonym";

const secret = () => randomBytes(32).toString("hex");

describe("pseudonyms", () => {
  it("are stable within a council: the same child, the same pseudonym, every time and from every pseudonymiser", () => {
    const key = secret();
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        expect(createPseudonymiser(key)("child", id)).toBe(createPseudonymiser(key)("child", id));
      }),
    );
  });

  it("differ across councils and across kinds, and different children get different pseudonyms", () => {
    const north = createPseudonymiser(secret());
    const south = createPseudonymiser(secret());
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (a, b) => {
        expect(north("child", a)).not.toBe(south("child", a));
        expect(north("child", a).slice(2)).not.toBe(north("budget", a).slice(2));
        if (a !== b) expect(north("child", a)).not.toBe(north("child", b));
      }),
    );
  });

  it("hold nothing of the id, name or date of birth: a prefix and 20 hex digits of a keyed hash", () => {
    const pseudonymise = createPseudonymiser(secret());
    const id = randomUUID();
    const value = pseudonymise("child", id);
    expect(value).toMatch(/^C-[0-9a-f]{20}$/);
    for (const part of id.split("-")) expect(value).not.toContain(part);
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        expect(pseudonymise("child", text)).toMatch(/^C-[0-9a-f]{20}$/);
      }),
    );
  });

  it("stay right past the cache's size", () => {
    const key = secret();
    const pseudonymise = createPseudonymiser(key);
    const ids = Array.from({ length: 10_000 }, () => randomUUID());
    const first = ids.map((id) => pseudonymise("line", id));
    expect(ids.map((id) => pseudonymise("line", id))).toEqual(first);
    expect(new Set(first).size).toBe(ids.length);
  });

  it("refuses a secret that is not 32 bytes of hex", () => {
    expect(() => createPseudonymiser("short")).toThrow(RangeError);
  });
});
