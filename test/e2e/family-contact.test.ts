import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";

// Issue 21: a family's contact details on the case page, for the roles that correspond with families
// only; and the admin's page of the council's GOV.UK Notify templates.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

// Made afresh each run, so what is found on the page was saved by this run.
const email = `family.${randomUUID().slice(0, 8)}@example.com`;

describe("a family's contact details, end to end", () => {
  let caseUrl = "";

  it("lets a case officer record them from the case page: a bad email and postcode are refused naming the fields, then saved", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "case.officer@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/cases`);
    // The last child of the first page: other browser tests edit the first.
    const link = page.locator("tbody tr th a").last();
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    const section = page.getByRole("region", { name: "Family contact details" });
    await section.waitFor();
    await expectNoAxeViolations(page);

    await section.locator("summary", { hasText: "Change the contact details" }).click();
    const form = page.getByRole("form", { name: "Change the family's contact details" });
    await form.getByLabel("Email address").fill("not an email");
    await form.getByLabel("Address line 1", { exact: true }).fill("1 High Street");
    await form.getByLabel("Town or city").fill("Guildford");
    await form.getByLabel("Postcode").fill("GU1 4AA");
    await form.getByRole("button", { name: "Save the contact details" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Email address: must be an email address");
    expect(await summary.textContent()).not.toContain("not an email");
    // The summary links to the field, which says what is wrong beside it.
    await summary.getByRole("link", { name: /Email address/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("contact-email");
    await expectNoAxeViolations(page);

    await form.getByLabel("Email address").fill(email);
    await form.getByLabel("Postcode").fill("ZZ");
    await form.getByRole("button", { name: "Save the contact details" }).click();
    await page.getByRole("alert").filter({ hasText: "Postcode: must be a UK postcode" }).waitFor();

    await form.getByLabel("Postcode").fill("gu1 4aa");
    await form.getByRole("button", { name: "Save the contact details" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await section.getByText(email).waitFor();
    expect(await section.textContent()).toContain("GU1 4AA");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("hides them from a finance officer and a panel member on the same case page", async () => {
    expect(caseUrl).not.toBe("");
    for (const user of ["finance@demo-county.test", "panel@demo-county.test"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, user, DEMO_PASSWORD);
      const response = await page.goto(caseUrl);
      expect(response?.status(), user).toBe(200);
      await page.getByRole("heading", { name: /^Case /, level: 1 }).waitFor();
      expect(await page.getByRole("region", { name: "Family contact details" }).count(), user).toBe(0);
      const text = (await page.content()) + ((await page.locator("main").textContent()) ?? "");
      expect(text, user).not.toContain(email);
      expect(text, user).not.toContain("GU1 4AA");
      await expectNoAxeViolations(page);
      await context.close();
    }
  });

  it("refuses a commissioner the case page altogether", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "commissioner@demo-county.test", DEMO_PASSWORD);
    const response = await page.goto(caseUrl);
    expect(response?.status()).toBe(403);
    expect(await response?.text()).not.toContain(email);
    await page.getByRole("heading", { name: "You are not allowed to see this page" }).waitFor({ timeout: 10_000 });
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe("the council's Notify templates, end to end", () => {
  it("lets an admin set a kind's template id from the keyboard, refuses one that is not an id, and is refused to others", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "admin@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/admin/notify`);
    await page.getByRole("heading", { name: "GOV.UK Notify templates", level: 1 }).waitFor();
    const section = page.getByRole("region", { name: "Review reminder" });
    expect(await section.textContent()).toContain("((review_due_date))");
    await expectNoAxeViolations(page);

    const field = section.getByLabel("Email template id for the review reminder");
    await field.fill("not-a-template");
    await field.press("Enter");
    await section.getByText("must be a Notify template id").waitFor();
    const id = randomUUID();
    await field.fill(id);
    await field.press("Enter");
    await section.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await page.reload();
    expect(await page.getByRole("region", { name: "Review reminder" }).getByLabel("Email template id for the review reminder").inputValue()).toBe(id);
    await expectNoAxeViolations(page);
    await context.close();

    const officer = await browser.newContext();
    const refused = await officer.newPage();
    await signIn(refused, "case.officer@demo-county.test", DEMO_PASSWORD);
    expect((await refused.goto(`${baseUrl()}/admin/notify`))?.status()).toBe(403);
    await officer.close();
  });
});
