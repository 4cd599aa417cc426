import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, launchBrowser, signIn } from "./support/browser";

// Issue 19: these pages answered 500 for an id that is not one of the council's, or for another role.
// They now follow the API: an unknown or malformed id is not found (404); a role the API refuses is told so.
const PAGES = [(id: string) => `/finance/runs/${id}`, (id: string) => `/finance/accounts/${id}`, (id: string) => `/finance/recoveries/${id}/letter`];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function signedIn(email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

describe("finance pages with an id", () => {
  it("answer 404 to the finance officer for an unknown or malformed id", async () => {
    const page = await signedIn("finance@demo-county.test");
    for (const path of PAGES) {
      for (const id of [randomUUID(), "not-a-uuid", "1%00"]) {
        const response = await page.goto(`${baseUrl()}${path(id)}`);
        expect(response?.status(), path(id)).toBe(404);
      }
    }
  });

  it("answer another role 403 and say it is not allowed", async () => {
    const page = await signedIn("case.officer@demo-county.test");
    for (const path of PAGES) {
      const response = await page.goto(`${baseUrl()}${path(randomUUID())}`);
      expect(response?.status(), path("…")).toBe(403);
      // Said in the page the server sends, and still there once the page has hydrated.
      expect(await response?.text(), path("…")).toContain("You are not allowed to see this page");
      await page.getByRole("heading", { name: "You are not allowed to see this page" }).waitFor({ timeout: 10_000 });
    }
  });
});
