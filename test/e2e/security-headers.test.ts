import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { APIRequestContext, APIResponse, Browser, BrowserContext, Page } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";

let browser: Browser;
let manager: BrowserContext;
let finance: BrowserContext;
let managerPage: Page;
let financePage: Page;
const violations: string[] = [];

/** Records every CSP violation and script error a page meets, from before its first script runs. */
async function watchForViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|CSP violation/i.test(message.text()))
      violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
}

beforeAll(async () => {
  browser = await launchBrowser();
  manager = await browser.newContext();
  managerPage = await manager.newPage();
  await watchForViolations(managerPage);
  await signIn(managerPage, "manager@demo-county.test", DEMO_PASSWORD);
  finance = await browser.newContext();
  financePage = await finance.newPage();
  await signIn(financePage, "finance@demo-county.test", DEMO_PASSWORD);
});
afterAll(async () => browser?.close());

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";

function expectCommonHeaders(response: APIResponse | { headers(): Record<string, string> }): Record<string, string> {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("same-origin");
  // The e2e console's public address is http://localhost: no HSTS there.
  expect(headers["strict-transport-security"]).toBeUndefined();
  return headers;
}

async function trpcQuery<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const response = await request.get(
    `${baseUrl()}/api/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
  );
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

type ReturnPeriod = { returnId: string | null; evidence: { id: string }[] };

/** A return the demo finance officer received, to attach evidence to; and how many files it holds. */
async function findReceivedReturn(request: APIRequestContext): Promise<{ accountId: string; returnId: string }> {
  const { accounts } = await trpcQuery<{ accounts: { id: string }[] }>(request, "financeAccounts.list");
  for (const { id } of accounts) {
    const account = await trpcQuery<{ returns: ReturnPeriod[] }>(request, "financeAccounts.get", { accountId: id });
    const received = account.returns.find((r) => r.returnId !== null);
    if (received?.returnId) return { accountId: id, returnId: received.returnId };
  }
  throw new Error("the demo has no received return");
}

async function evidenceCount(request: APIRequestContext, accountId: string, returnId: string): Promise<number> {
  const account = await trpcQuery<{ returns: ReturnPeriod[] }>(request, "financeAccounts.get", { accountId });
  return account.returns.find((r) => r.returnId === returnId)?.evidence.length ?? -1;
}

const CSV = Buffer.from("Date,Description,Amount\r\n2026-01-05,Swimming lessons,12.00\r\n");

describe("security headers, cross-site writes and the tRPC limits, against the built console", () => {
  it("gives each page a fresh nonce that every script carries; the page hydrates, charts draw and axe runs with no CSP violation", async () => {
    const first = await managerPage.request.get(`${baseUrl()}/dashboards/uptake`);
    const second = await managerPage.request.get(`${baseUrl()}/dashboards/uptake`);
    const headers = expectCommonHeaders(first);
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(headers["cache-control"]).toMatch(/no-store/);
    const nonce = nonceOf(csp);
    expect(nonce).not.toBe("");
    expect(nonceOf(second.headers()["content-security-policy"] ?? "")).not.toBe(nonce);
    const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

    // The sign-in page (static before this change) is rendered per request with its own nonce.
    const signInPage = await managerPage.request.get(`${baseUrl()}/sign-in`);
    expect(nonceOf(signInPage.headers()["content-security-policy"] ?? "")).not.toBe("");

    await managerPage.goto(`${baseUrl()}/dashboards/uptake?period=fy&year=2025-26`);
    // Recharts draws on the client: a drawn bar proves the nonced scripts ran.
    await managerPage.locator("figure.chart svg rect.drill-bar").first().waitFor({ state: "attached" });
    await expectNoAxeViolations(managerPage);
    expect(violations).toEqual([]);
  });

  it("marks tRPC answers, downloads and static files nosniff and never framed, and personal answers no-store", async () => {
    const trpc = await managerPage.request.get(
      `${baseUrl()}/api/trpc/dashboard.spendByStream?input=${encodeURIComponent(JSON.stringify({ financialYear: "2025-26" }))}`,
    );
    expect(trpc.status()).toBe(200);
    const trpcHeaders = expectCommonHeaders(trpc);
    expect(trpcHeaders["cache-control"]).toBe("no-store");
    expect(trpcHeaders["content-security-policy"]).toMatch(/^default-src 'none'/);

    const download = await managerPage.request.get(`${baseUrl()}/api/exports/spend-by-stream?fy=2025-26`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toMatch(/^attachment/);
    const downloadHeaders = expectCommonHeaders(download);
    expect(downloadHeaders["cache-control"]).toBe("no-store");
    expect(downloadHeaders["content-security-policy"]).toMatch(/frame-ancestors 'none'/);

    const html = await (await managerPage.request.get(`${baseUrl()}/sign-in`)).text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const file = await managerPage.request.get(`${baseUrl()}${asset}`);
    expect(file.status()).toBe(200);
    expectCommonHeaders(file);
    // Content-hashed files keep Next's long caching.
    expect(file.headers()["cache-control"]).toMatch(/immutable/);
  });

  it("refuses a cross-site multipart upload with a valid session cookie with 403 and stores nothing; the console's own origin is accepted", async () => {
    const request = financePage.request;
    const { accountId, returnId } = await findReceivedReturn(request);
    const before = await evidenceCount(request, accountId, returnId);
    const multipart = { returnId, file: { name: "receipt.csv", mimeType: "text/csv", buffer: CSV } };

    const crossSite: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      { "sec-fetch-site": "same-site" },
    ];
    for (const headers of crossSite) {
      const refused = await request.post(`${baseUrl()}/api/finance/evidence`, { headers, multipart });
      expect(refused.status()).toBe(403);
      expect(((await refused.json()) as { error: string }).error).toMatch(/another site/);
    }
    // Every other writing route goes through the same check: the remittance, the statement, the case search, next-auth, tRPC.
    for (const path of [
      "/api/finance/remittance",
      "/api/finance/statement",
      "/cases/search",
      "/api/auth/signout",
      "/api/trpc/financeReturns.addEvidence",
    ]) {
      const refused = await request.post(`${baseUrl()}${path}`, {
        headers: { origin: "https://evil.example" },
        multipart: { runId: returnId, q: "x", file: multipart.file },
      });
      expect(refused.status(), path).toBe(403);
    }
    expect(await evidenceCount(request, accountId, returnId)).toBe(before);

    // The same upload from the console's own page is stored: the refusals above were for their origin alone.
    const accepted = await request.post(`${baseUrl()}/api/finance/evidence`, {
      headers: { origin: baseUrl(), "sec-fetch-site": "same-origin" },
      multipart,
    });
    expect(accepted.status(), await accepted.text()).toBe(200);
    expect(await evidenceCount(request, accountId, returnId)).toBe(before + 1);
  });

  it("refuses a tRPC batch over 20 calls (500, or 21 uploads) with 413 before running any, and a body over 1 MB; a 20-call batch runs", async () => {
    const request = financePage.request;
    const { accountId, returnId } = await findReceivedReturn(request);
    const before = await evidenceCount(request, accountId, returnId);
    const call = { returnId, fileName: "receipt.csv", fileBase64: CSV.toString("base64") };

    // 500 calls, as in the review (a short path, so the URL stays within Node's header limit).
    const fiveHundred = await request.get(
      `${baseUrl()}/api/trpc/${Array.from({ length: 500 }, () => "session.me").join(",")}?batch=1&input=${encodeURIComponent("{}")}`,
    );
    expect(fiveHundred.status()).toBe(413);
    expect(((await fiveHundred.json()) as { error: { message: string } }).error.message).toBe(
      "This request carries 500 calls; the limit is 20 calls a request. None was run.",
    );

    // One over the limit, each call an upload that would be seen: none is run.
    const paths = Array.from({ length: 21 }, () => "financeReturns.addEvidence").join(",");
    const inputs = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [String(i), call]));
    const refused = await request.post(`${baseUrl()}/api/trpc/${paths}?batch=1`, { data: inputs });
    expect(refused.status()).toBe(413);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/carries 21 calls; the limit is 20/);
    expect(await evidenceCount(request, accountId, returnId)).toBe(before);

    const big = await request.post(`${baseUrl()}/api/trpc/financeReturns.addEvidence`, {
      data: { ...call, fileName: "x".repeat(1024 * 1024) },
    });
    expect(big.status()).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toMatch(/over 1 MB/);
    expect(await evidenceCount(request, accountId, returnId)).toBe(before);

    const twenty = Array.from({ length: 20 }, () => "financeAccounts.list").join(",");
    const allowed = await request.get(`${baseUrl()}/api/trpc/${twenty}?batch=1&input=${encodeURIComponent("{}")}`);
    expect(allowed.status()).toBe(200);
    expect(((await allowed.json()) as unknown[]).length).toBe(20);
  });
});
