import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, launchBrowser, signIn } from "./support/browser";

// Issue 19: these pages called the procedures directly, so a role the procedure refuses met an
// unhandled FORBIDDEN and a 500. They now refuse by the API's rule (ACCESS in @pb/auth): 403, as the
// API answers, with the "not allowed" page. Each role below is one the page's procedure refuses.
const REFUSED: Record<string, string[]> = {
  "case.officer@demo-county.test": [
    "/finance/runs",
    "/finance/accounts",
    "/finance/accounts?flagged=1",
    "/finance/returns",
    "/finance/reconciliation",
    "/finance/layouts",
    "/dashboards/spend",
    "/dashboards/policy-review",
    "/dashboards/rows?cell.measure=paid",
    "/dashboards/what-if",
    "/dashboards/review-pack",
  ],
  "panel@demo-county.test": ["/exports", "/dashboards/uptake", "/admin/sign-in", "/admin/users"],
  "commissioner@demo-county.test": ["/queues", "/admin/policy"],
  "manager@demo-county.test": ["/exports/sen2?fy=2025-26&la=123"],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("pages a role may not use", () => {
  for (const [email, paths] of Object.entries(REFUSED)) {
    it(`answer ${email.split("@")[0]} 403 and say it is not allowed`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, email, DEMO_PASSWORD);
      for (const path of paths) {
        const response = await page.goto(`${baseUrl()}${path}`);
        expect(response?.status(), path).toBe(403);
        // Said in the page the server sends, and still there once the page has hydrated.
        expect(await response?.text(), path).toContain("You are not allowed to see this page");
        await page.getByRole("heading", { name: "You are not allowed to see this page" }).waitFor({ timeout: 10_000 });
      }
      await context.close();
    });
  }

  it("still show the page to a role the procedure allows", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "finance@demo-county.test", DEMO_PASSWORD);
    for (const [path, heading] of [
      ["/finance/runs", "Payment runs"],
      ["/finance/reconciliation?fy=2025-99", "There is a problem"],
    ] as const) {
      const response = await page.goto(`${baseUrl()}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.getByRole("heading", { name: heading }).count(), path).toBe(1);
    }
    await context.close();
  });
});

describe("downloads a role may not use", () => {
  it("answer 403 to a refused role and 404 to an unknown id, never 500", async () => {
    const refused: [string, string][] = [
      ["case.officer@demo-county.test", `/api/finance/payment-file?run=${randomUUID()}&layout=${randomUUID()}`],
      ["case.officer@demo-county.test", `/api/finance/evidence/${randomUUID()}`],
      ["panel@demo-county.test", "/api/exports/aggregate?kind=spend&fy=2025-26&format=csv"],
      ["manager@demo-county.test", "/api/exports/sen2?fy=2025-26&la=123&format=csv"],
      ["finance@demo-county.test", `/api/letters/${randomUUID()}`],
    ];
    for (const [email, path] of refused) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, email, DEMO_PASSWORD);
      expect((await page.request.get(`${baseUrl()}${path}`)).status(), `${email} ${path}`).toBe(403);
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "finance@demo-county.test", DEMO_PASSWORD);
    expect((await page.request.get(`${baseUrl()}/api/finance/evidence/${randomUUID()}`)).status()).toBe(404);
    await context.close();
  });
});
