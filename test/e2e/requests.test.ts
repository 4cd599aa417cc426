import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A child of the demo council, found the way a case officer would: from their work queue. */
/** A child in the case officer's queues with a social care plan: a social care budget needs an assessed need (R3, the law's). */
async function findChildId(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/queues`);
  const hrefs = await page.locator('main a[href^="/cases/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const ids = [...new Set(hrefs.map((h) => /^\/cases\/([0-9a-f-]{36})$/.exec(h)?.[1]).filter((id): id is string => Boolean(id)))];
  for (const id of ids.slice(0, 15)) {
    await page.goto(`${baseUrl()}/cases/${id}/requests/new`);
    const plan = page.getByLabel("Plan the request is made under");
    await plan.waitFor();
    if (await plan.locator("option").evaluateAll((options) => options.some((o) => /^(Child in need|Short breaks) plan/.test(o.textContent ?? "")))) return id;
  }
  throw new Error("no child with a social care plan in the case officer's queues");
}

describe("requests, decisions and the decision letter, end to end", () => {
  let requestUrl = "";

  it("lets a case officer record a request after checking it against the policy", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "case.officer@demo-county.test", DEMO_PASSWORD);
    const childId = await findChildId(page);
    await page.goto(`${baseUrl()}/cases/${childId}/requests/new`);
    await page.getByRole("heading", { name: "Record a request for a personal budget" }).waitFor();

    const first = page.locator("fieldset.request-line").nth(0);
    await first.getByLabel("Funding stream").selectOption("social_care");
    await first.getByLabel("Service").selectOption("personal_assistant");
    await first.getByLabel("How the budget would be managed").selectOption("organised");
    await first.getByLabel("Annual cost asked for, in pounds").fill("5200.00");

    // The second line is added and filled from the keyboard alone.
    await page.getByRole("button", { name: "Add another line" }).focus();
    await page.keyboard.press("Enter");
    const second = page.locator("fieldset.request-line").nth(1);
    await expect.poll(() => second.getByLabel("Funding stream").evaluate((el) => el === document.activeElement)).toBe(true);
    await second.getByLabel("Funding stream").selectOption("education");
    await second.getByLabel("Service").selectOption("specialist_equipment");
    await second.getByLabel("How the budget would be managed").selectOption("direct_payment");
    await second.getByLabel("Who receives the direct payment").selectOption("parent");
    await second.getByLabel("Annual cost asked for, in pounds").fill("1,234.56");

    await page.getByRole("button", { name: "Check against the policy" }).click();
    const results = page.locator(".check-results");
    await results.getByText(/Checked against policy version \d+/).waitFor();
    expect(await results.textContent()).toMatch(/Line 1, .*\(Social care\): (Meets the policy|Does not meet the policy)/);
    expect(await results.textContent()).toMatch(/Line 2, specialist equipment for the child \(Education\)/);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Save the request" }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    requestUrl = page.url();
    await page.getByRole("heading", { name: /^Line 1: / }).waitFor();
    expect(await page.getByText(/Checked against policy version \d+, the version in force on/).count()).toBe(2);
    await context.close();
  });

  it("lets a panel member refuse one line with reasons and approve another, then open the letter and its PDF", async () => {
    expect(requestUrl).not.toBe("");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "panel@demo-county.test", DEMO_PASSWORD);
    await page.goto(requestUrl);
    await page.getByRole("form", { name: "Decision on line 1" }).waitFor();
    await expectNoAxeViolations(page);

    // Refusing without reasons is stopped, with the field named.
    const refuse = page.getByRole("form", { name: "Decision on line 2" });
    await refuse.getByLabel("Refused", { exact: true }).check();
    await refuse.getByRole("button", { name: "Record the decision on line 2" }).click();
    await refuse.getByRole("alert").filter({ hasText: "Reasons:" }).waitFor();

    await refuse.getByLabel("Reason 1, in plain English").fill("A professional has not identified the need for this equipment.");
    await refuse.getByRole("button", { name: "Record the decision on line 2" }).click();
    await page.getByRole("heading", { name: "Decision: Refused" }).waitFor();

    const approve = page.getByRole("form", { name: "Decision on line 1" });
    await approve.getByLabel(/^Approved as asked/).check();
    await approve.getByLabel("Reason 1, in plain English").fill("The assistant supports the outcomes in the plan.");
    // Issue 17: any rule of the council's own policy the line fails is set aside as an exception, with reasons.
    for (const box of await approve.getByRole("checkbox", { name: /^Set aside:/ }).all()) await box.check();
    for (const why of await approve.getByLabel("Why the panel sets this rule aside").all()) await why.fill("The panel accepts the assessed need.");
    const panelField = approve.getByLabel("Panel that decided");
    if (await panelField.count()) await panelField.fill("Multi-agency resource panel");
    await approve.getByRole("button", { name: "Record the decision on line 1" }).click();
    await page.getByRole("heading", { name: "Decision: Approved as asked" }).waitFor();
    expect(await page.getByText("Decided", { exact: true }).count()).toBe(1);

    await page.getByRole("link", { name: "Open the decision letter for line 2" }).click();
    await page.waitForURL(/\/decisions\/[0-9a-f-]{36}\/letter$/);
    const letter = page.locator("article.decision-letter");
    await letter.getByRole("heading", { name: "Decision on your request for a personal budget", level: 1 }).waitFor();
    const text = (await letter.textContent()) ?? "";
    expect(text).toContain("Not agreed");
    expect(text).toContain("Our reasons");
    expect(text).toContain("A professional has not identified the need for this equipment.");
    expect(text).toMatch(/£1,234\.56 a year/);
    expect(text).toMatch(/judicial review/);
    expect(text).toMatch(/Mediation/);
    await expectNoAxeViolations(page);

    // On paper the letter stands alone: no console header or actions.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.header").isVisible()).toBe(false);
    expect(await page.locator(".letter-actions").isVisible()).toBe(false);
    expect(await letter.isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });

    const decisionId = /\/decisions\/([0-9a-f-]{36})\/letter$/.exec(page.url())?.[1];
    const pdf = await page.request.get(`${baseUrl()}/api/letters/${decisionId}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(bytes.length).toBeGreaterThan(1000);
    await context.close();
  });

  it("keeps the PDF from those who may not see letters", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "finance@demo-county.test", DEMO_PASSWORD);
    const refused = await page.request.get(`${baseUrl()}/api/letters/00000000-0000-4000-8000-000000000000`);
    expect(refused.status()).toBe(403);
    const anonymous = await browser.newContext();
    expect((await anonymous.request.get(`${baseUrl()}/api/letters/00000000-0000-4000-8000-000000000000`)).status()).toBe(401);
    await anonymous.close();
    await context.close();
  });
});
