import { describe, expect, it } from "vitest";
import { isCrossSiteWrite, originOf } from "./cross-site";

const OWN = "https://budgets.example.gov.uk";
const post = (headers: Partial<{ secFetchSite: string; origin: string; host: string }>) => ({
  method: "POST",
  secFetchSite: headers.secFetchSite ?? null,
  origin: headers.origin ?? null,
  host: headers.host ?? "budgets.example.gov.uk",
});

describe("isCrossSiteWrite", () => {
  it("refuses a browser's post from another site or a sibling subdomain, by Sec-Fetch-Site", () => {
    expect(isCrossSiteWrite(post({ secFetchSite: "cross-site", origin: "https://evil.example" }), OWN)).toBe(true);
    expect(isCrossSiteWrite(post({ secFetchSite: "same-site", origin: "https://other.example.gov.uk" }), OWN)).toBe(true);
    // Sec-Fetch-Site is the browser's word and outranks an Origin a page cannot set anyway.
    expect(isCrossSiteWrite(post({ secFetchSite: "cross-site", origin: OWN }), OWN)).toBe(true);
  });

  it("lets the console's own pages post", () => {
    expect(isCrossSiteWrite(post({ secFetchSite: "same-origin", origin: OWN }), OWN)).toBe(false);
    expect(isCrossSiteWrite(post({ secFetchSite: "none" }), OWN)).toBe(false);
  });

  it("without Sec-Fetch-Site, judges by Origin: the public address or the host asked", () => {
    expect(isCrossSiteWrite(post({ origin: "https://evil.example" }), OWN)).toBe(true);
    expect(isCrossSiteWrite(post({ origin: "null" }), OWN)).toBe(true);
    expect(isCrossSiteWrite(post({ origin: "not a url" }), OWN)).toBe(true);
    expect(isCrossSiteWrite(post({ origin: OWN }), OWN)).toBe(false);
    expect(isCrossSiteWrite(post({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), OWN)).toBe(false);
    expect(isCrossSiteWrite(post({ origin: "http://127.0.0.1:3000", host: "localhost:3000" }), OWN)).toBe(true);
  });

  it("lets a client that is no browser page (no Origin, no Sec-Fetch-Site) reach the route's own checks", () => {
    expect(isCrossSiteWrite(post({}), OWN)).toBe(false);
  });

  it("never refuses a safe method, and refuses every unsafe one", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"])
      expect(isCrossSiteWrite({ ...post({ secFetchSite: "cross-site" }), method }, OWN)).toBe(false);
    for (const method of ["POST", "PUT", "PATCH", "DELETE"])
      expect(isCrossSiteWrite({ ...post({ secFetchSite: "cross-site" }), method }, OWN)).toBe(true);
  });
});

describe("originOf", () => {
  it("is the public address's origin, or null when it is not a URL", () => {
    expect(originOf("https://budgets.example.gov.uk/console/")).toBe(OWN);
    expect(originOf("")).toBeNull();
  });
});
