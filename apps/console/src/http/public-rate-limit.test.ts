import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./public-rate-limit";
import { isLocalOfferPdfPath, isPublicLocalOfferPath } from "./public-pages";

describe("createRateLimiter", () => {
  it("admits the limit in a window, refuses the next with the seconds to wait, and admits again in the next window", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, maxKeys: 10 });
    expect([0, 1, 2].map((i) => limiter.admit("a", i).allowed)).toEqual([true, true, true]);
    expect(limiter.admit("a", 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.admit("b", 30_000).allowed).toBe(true);
    expect(limiter.admit("a", 60_000).allowed).toBe(true);
  });

  it("keeps at most maxKeys windows however many clients come", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) limiter.admit(`client-${i}`, i);
    expect(limiter.size).toBe(100);
  });
});

describe("the public pages", () => {
  it("are a council's Local Offer page and its PDF, nothing under or beside them", () => {
    expect(isPublicLocalOfferPath("/local-offer/surrey")).toBe(true);
    expect(isPublicLocalOfferPath("/local-offer/surrey/pdf")).toBe(true);
    expect(isPublicLocalOfferPath("/local-offer")).toBe(false);
    expect(isPublicLocalOfferPath("/local-offer/surrey/other")).toBe(false);
    expect(isPublicLocalOfferPath("/local-offers/surrey")).toBe(false);
    expect(isPublicLocalOfferPath("/admin/local-offer/surrey")).toBe(false);
    expect(isLocalOfferPdfPath("/local-offer/surrey/pdf")).toBe(true);
    expect(isLocalOfferPdfPath("/local-offer/surrey")).toBe(false);
  });
});
