import { describe, expect, it } from "vitest";
import { answerKindOf, isHttpsAddress, newNonce, pageContentSecurityPolicy, securityHeaders } from "./security-headers";

const directives = (csp: string) =>
  new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? "", values]),
  );

describe("answerKindOf", () => {
  it("tells static files, the API and pages apart by path", () => {
    expect(answerKindOf("/_next/static/chunks/app.js")).toBe("static");
    expect(answerKindOf("/favicon.ico")).toBe("static");
    expect(answerKindOf("/api/trpc/children.list")).toBe("api");
    expect(answerKindOf("/api/finance/evidence")).toBe("api");
    expect(answerKindOf("/dashboards")).toBe("page");
    expect(answerKindOf("/")).toBe("page");
    expect(answerKindOf("/apiary")).toBe("page");
    // The probes answer JSON to machines: API headers, and no sign-in (the proxy asks one of pages only).
    expect(answerKindOf("/healthz")).toBe("api");
    expect(answerKindOf("/readyz")).toBe("api");
    expect(answerKindOf("/healthz/more")).toBe("page");
  });
});

describe("securityHeaders", () => {
  it("gives a page a nonce policy with no unsafe-eval and no inline scripts, never framed, never stored", () => {
    const headers = securityHeaders({ kind: "page", https: false, nonce: "abc123==" });
    const csp = directives(headers["content-security-policy"] ?? "");
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(headers["content-security-policy"]).not.toMatch(/unsafe-eval/);
    // 'unsafe-inline' for style attributes only (they cannot carry a nonce), never for scripts or style elements.
    expect([...csp].filter(([, values]) => values.includes("'unsafe-inline'")).map(([name]) => name)).toEqual(["style-src-attr"]);
    expect(headers).toMatchObject({
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
      "cache-control": "no-store",
    });
  });

  it("sends HSTS and upgrades only when the public address is https", () => {
    expect(securityHeaders({ kind: "page", https: false, nonce: "n" })["strict-transport-security"]).toBeUndefined();
    expect(pageContentSecurityPolicy("n", false)).not.toMatch(/upgrade-insecure-requests/);
    const https = securityHeaders({ kind: "page", https: true, nonce: "n" });
    expect(https["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(https["content-security-policy"]).toMatch(/upgrade-insecure-requests/);
    expect(securityHeaders({ kind: "static", https: true })["strict-transport-security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
  });

  it("lets nothing load in or frame an API answer (tRPC, downloads), and stores none", () => {
    const headers = securityHeaders({ kind: "api", https: false });
    expect(directives(headers["content-security-policy"] ?? "").get("default-src")).toEqual(["'none'"]);
    expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(headers).toMatchObject({
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
    });
  });

  it("leaves static files' caching to Next but still forbids sniffing and framing", () => {
    const headers = securityHeaders({ kind: "static", https: false });
    expect(headers["cache-control"]).toBeUndefined();
    expect(headers["content-security-policy"]).toBeUndefined();
    expect(headers).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY" });
  });

  it("relaxes eval and inline style elements for `next dev` only", () => {
    const development = directives(pageContentSecurityPolicy("n", false, true));
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(development.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(pageContentSecurityPolicy("n", false)).not.toMatch(/unsafe-eval|style-src [^;]*unsafe-inline/);
  });

  it("refuses to build a page's policy without a nonce", () => {
    expect(() => securityHeaders({ kind: "page", https: false })).toThrow(/nonce/);
  });
});

describe("isHttpsAddress and newNonce", () => {
  it("reads the public address's scheme", () => {
    expect(isHttpsAddress("https://budgets.example.gov.uk")).toBe(true);
    expect(isHttpsAddress("http://localhost:3000")).toBe(false);
  });

  it("makes a fresh 128-bit nonce each time, in the characters a CSP nonce may use", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
