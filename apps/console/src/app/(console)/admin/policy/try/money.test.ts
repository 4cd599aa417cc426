import { describe, expect, it } from "vitest";
import { readPounds } from "./money";

describe("readPounds", () => {
  it("reads pounds and pence as whole pence without floating point", () => {
    expect(readPounds("1200")).toBe(120_000);
    expect(readPounds("£1,200.50")).toBe(120_050);
    expect(readPounds("0.1")).toBe(10);
    expect(readPounds("19.99")).toBe(1_999);
  });

  it("passes anything else on as typed", () => {
    expect(readPounds("")).toBe("");
    expect(readPounds("12.345")).toBe("12.345");
    expect(readPounds("-5")).toBe("-5");
  });
});
