import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { PRESET_IDS } from "@pb/eligibility";
import { findPolicyCodes } from "@pb/reports";
import { todayIso } from "@pb/calendar";
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";
import { LOCAL_OFFER_CHANGE_WORDS, localOfferAdminEmail, localOfferSlug } from "./support/local-offer-councils";

// The public Local Offer page (issue 22) of a council per preset: no sign-in, accessible, plain words,
// and it changes once a new version of the policy comes into force.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Every line of text the page shows, one element at a time. */
async function readLines(page: Page): Promise<string[]> {
  return page.locator("main").locator("h1, h2, h3, p, li").allTextContents();
}

async function expectPlainWords(page: Page): Promise<void> {
  const lines = await readLines(page);
  expect(lines.length).toBeGreaterThan(20);
  const found = lines.flatMap((line) => findPolicyCodes(line).map((what) => `${what} in “${line}”`));
  expect(found).toEqual([]);
}

describe.each(PRESET_IDS)("the Local Offer page of the council on the %s preset", (presetId) => {
  const url = () => `${baseUrl()}/local-offer/${localOfferSlug(presetId)}`;

  it("is public, accessible, in plain words, reflows at 320 px, and changes when a new version comes into force", async () => {
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    const response = await page.goto(url());
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await page.getByRole("heading", { name: "Personal budgets", level: 1 }).waitFor();
    expect(page.url()).toBe(url());
    for (const heading of [
      "Who can have a personal budget",
      "What a personal budget can pay for",
      "What a personal budget cannot pay for",
      "Direct payments and other ways to manage a budget",
      "Reviews and checks",
      "If you disagree with a decision",
      "Contacts",
      "Versions of this policy",
    ])
      await page.getByRole("heading", { name: heading, level: 2 }).waitFor();
    expect(await page.locator("main").textContent()).toContain("in force from 1 April 2024 (version 1)");
    expect(await page.locator("main").textContent()).not.toContain(LOCAL_OFFER_CHANGE_WORDS);
    await expectNoAxeViolations(page);
    await expectPlainWords(page);

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });

    const pdf = await visitor.request.get(`${url()}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // An admin of the council publishes the draft to take effect today.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, localOfferAdminEmail(presetId), DEMO_PASSWORD);
    await admin.goto(`${baseUrl()}/admin/policy/draft/${inject("localOfferDrafts")[presetId]}/publish`);
    await admin.getByLabel("Effective from").fill(todayIso());
    await admin.getByRole("button", { name: "Publish the draft" }).click();
    await admin.waitForURL(/\/admin\/policy\?published=1$/);
    await adminContext.close();

    await page.goto(url());
    const main = page.locator("main");
    await page.getByRole("heading", { name: "Personal budgets", level: 1 }).waitFor();
    expect(await main.textContent()).toContain("(version 2)");
    expect(await page.getByRole("region", { name: "If you disagree with a decision" }).textContent()).toContain(
      LOCAL_OFFER_CHANGE_WORDS,
    );
    const versions = page.getByRole("region", { name: "Versions of this policy" });
    expect(await versions.textContent()).toContain("Version 1, in force from 1 April 2024 to");
    expect(await versions.textContent()).toMatch(
      /What changed from the version before:.*If you disagree with a decision: now says “.*within 25 working days/s,
    );
    await expectNoAxeViolations(page);
    await expectPlainWords(page);
    await visitor.close();
  });
});

describe("the demo council's Local Offer page", () => {
  it("is at the address the README gives, without signing in", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    expect((await page.goto(`${baseUrl()}/local-offer/demo-county`))?.status()).toBe(200);
    await page.getByRole("heading", { name: "Personal budgets", level: 1 }).waitFor();
    expect(await page.locator("main").textContent()).toContain("Demo County Council");
    await expectPlainWords(page);
    await context.close();
  });
});

describe("a Local Offer address with no published policy", () => {
  it("is not found, for the page and the PDF", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl()}/local-offer/no-such-council`);
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await expectNoAxeViolations(page);
    expect((await context.request.get(`${baseUrl()}/local-offer/no-such-council/pdf`)).status()).toBe(404);
    await context.close();
  });
});
