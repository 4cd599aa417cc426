import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { addDays, formatDateEnGb, parseIsoDate, todayIso } from "@pb/calendar";
import { DEMO_PASSWORD } from "@pb/db/seed";

import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

// Published well after today, so the other suites, which work with today's dates, keep today's policy.
const effectiveFrom = addDays(parseIsoDate(todayIso()), 60);

async function openPolicy(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/admin/policy`);
  await page.getByRole("heading", { name: "Council policy", level: 1 }).waitFor();
  // The demo seed adopts a policy for Demo County; adopt one here only if it has none.
  if (await page.getByRole("heading", { name: "Start from a preset" }).isVisible()) {
    await page.getByLabel("Effective from").fill("2024-04-01");
    await page.getByRole("button", { name: "Adopt the preset" }).click();
    await page.getByRole("button", { name: "Start a draft" }).waitFor();
  }
}

describe("council policy administration, end to end", () => {
  it("lets an admin draft, validate, save, compare, try and publish a change to a time limit", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "admin@demo-county.test", DEMO_PASSWORD);

    await openPolicy(page);
    await expect(page.getByRole("heading", { name: "In force today" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("table", { name: "History" }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);

    // Start a draft (or carry on with one a failed earlier run left).
    const carryOn = page.getByRole("link", { name: "Continue the draft" });
    if (await carryOn.isVisible()) await carryOn.click();
    else await page.getByRole("button", { name: "Start a draft" }).click();
    await page.waitForURL(/\/admin\/policy\/draft\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: /^Edit the draft/ }).waitFor();
    await expectNoAxeViolations(page);

    const reviewRequest = page.getByRole("group", { name: "Asking for a review of a decision" });
    const days = reviewRequest.getByLabel("Number");
    const note = page.getByLabel("What this draft changes, and why");

    // A bad value first: the API refuses it and names the field.
    await days.fill("-3");
    await note.fill("Families get 25 working days to ask for a review of a decision");
    await page.getByRole("button", { name: "Save the draft" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.waitFor();
    expect(await summary.textContent()).toContain("must be a whole number of 0 or more (got -3)");
    const link = summary.getByRole("link", { name: /Asking for a review of a decision/ });
    expect(await link.getAttribute("href")).toBe("#f-document-timeLimits-reviewRequest-n");
    expect(await days.getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);

    // Then a good one.
    await days.fill("25");
    await reviewRequest.getByLabel("Unit").selectOption("working_days");
    await page.getByRole("button", { name: "Save the draft" }).click();
    await page.getByRole("status").filter({ hasText: /^Saved at/ }).waitFor();
    expect(await page.getByRole("alert").filter({ hasText: "There is a problem" }).count()).toBe(0);
    const draftUrl = page.url();

    // The difference from the version in force, in words.
    await page.getByRole("link", { name: "Compare with the version in force" }).click();
    await page.waitForURL(/\/admin\/policy\/diff\?/);
    const differences = page.getByRole("table");
    await differences.waitFor();
    const row = differences.getByRole("row").filter({ hasText: "Time limits › Asking for a review of a decision › number" });
    expect(await row.getByRole("cell").allTextContents()).toEqual(["Changed", "20", "25"]);
    await expectNoAxeViolations(page);

    // Try a request under the draft and the version in force.
    await page.goto(`${baseUrl()}/admin/policy/try`);
    await page.getByRole("heading", { name: "Try a request", level: 1 }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel("Date of birth").fill("2015-06-15");
    await page.getByLabel("Service").selectOption("school_funded_support");
    await page.getByLabel("Cost a year (£)").fill("1200");
    await page.getByLabel("What the council would pay to arrange it (£)").fill("1500");
    await page.getByLabel("Plan outcomes it serves").fill("E1");
    await page.getByRole("button", { name: "Check the request" }).click();
    await page.getByRole("heading", { name: "Outcomes" }).waitFor();
    const draftSide = page.getByRole("region", { name: /^Under the draft \(version \d+\)$/ });
    const inForceSide = page.getByRole("region", { name: /^Under the version in force on .* \(version 2\)$/ });
    expect(await draftSide.textContent()).toContain("Conditional");
    expect(await draftSide.textContent()).toContain("SCHOOL_AGREEMENT_REQUIRED");
    expect(await inForceSide.textContent()).toContain("Conditional");
    expect(await page.getByRole("heading", { name: "The draft makes no difference to this request" }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Publish from a date: one in the past is refused, a later one is taken.
    await page.goto(`${draftUrl}/publish`);
    await page.getByRole("heading", { name: /^Publish version \d+$/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel("Effective from").fill("2025-01-01");
    await page.getByRole("button", { name: "Publish the draft" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("cannot be in the past");
    await page.getByLabel("Effective from").fill(effectiveFrom);
    await page.getByRole("button", { name: "Publish the draft" }).click();
    await page.waitForURL(/\/admin\/policy\?published=1$/);
    const history = page.getByRole("table", { name: "History" });
    const published = history.getByRole("row").filter({ hasText: formatDateEnGb(effectiveFrom) });
    await published.waitFor();
    expect(await published.textContent()).toContain("Published, not yet in force");
    expect(await published.textContent()).toContain("Families get 25 working days");
    expect(await page.getByRole("link", { name: "Continue the draft" }).count()).toBe(0);

    // The published version marks where each setting comes from.
    await published.getByRole("link", { name: /^Version \d+$/ }).click();
    await page.getByRole("heading", { name: /^Version \d+: published, not yet in force$/ }).waitFor();
    const limits = page.getByRole("table", { name: "Time limits" });
    const changed = limits.getByRole("row").filter({ hasText: "Asking for a review of a decision" });
    expect(await changed.textContent()).toContain("25 working days");
    expect(await changed.textContent()).toContain("changed by the council");
    expect(await limits.getByRole("row").filter({ hasText: "Deciding a review of a decision" }).textContent()).toContain("from Surrey County Council's policy");
    expect(await page.getByText("from the SEND Code of Practice baseline").count()).toBeGreaterThan(1);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("refuses a manager the admin pages, and the API refuses them too", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "manager@demo-county.test", DEMO_PASSWORD);
    expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Policy", exact: true }).count()).toBe(0);
    for (const path of ["/admin/policy", "/admin/policy/try", "/admin/policy/diff"]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole("heading", { name: "You are not allowed to see this page" }).waitFor();
      expect(await page.getByRole("table").count()).toBe(0);
    }
    await expectNoAxeViolations(page);
    const list = await page.request.get(`${baseUrl()}/api/trpc/policy.versions`);
    expect(list.status()).toBe(403);
    const open = await page.request.post(`${baseUrl()}/api/trpc/policy.openDraft`, { data: {} });
    expect(open.status()).toBe(403);
    await context.close();
  });
});
