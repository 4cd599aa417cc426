import { describe, expect, it } from "vitest";
import { findUnsafeText, isSafeText } from "./safe-text";

describe("safe text", () => {
  it("accepts ordinary text, accents and whole surrogate pairs (emoji)", () => {
    for (const text of ["", "Ada Lovelace", "Zoë Brontë", "🌈", "a🌈b", "Ω≈ç√", "line\nbreak\ttab"]) expect(isSafeText(text), text).toBe(true);
  });

  it("refuses a NUL byte and either half of a pair on its own", () => {
    for (const text of ["\u0000", "a\u0000b", "\uD800", "x\uD83C", "\uDF08y", "\uDF08\uD83C", "🌈\uD83C"]) expect(isSafeText(text), JSON.stringify(text)).toBe(false);
  });

  it("names the path of the first unsafe string or key, however deep", () => {
    expect(findUnsafeText({ a: "ok", b: [1, "ok", { c: "x\u0000" }] })).toEqual(["b", 2, "c"]);
    expect(findUnsafeText({ "bad\uD800": 1 })).toEqual(["bad\uD800"]);
    expect(findUnsafeText({ a: ["ok"], b: null, c: 3, d: true })).toBeNull();
    expect(findUnsafeText("\u0000")).toEqual([]);
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeText(deep)).toHaveLength(100_000);
  });
});
