import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { APIRequestContext, Browser, BrowserContext, Page } from "playwright-core";
import { computeScheduleTotalPence, generateSchedule } from "@pb/budgets";
import { addDays, addMonths, formatDateEnGb, formatPence, parseIsoDate, todayIso } from "@pb/calendar";
import { DEMO_PASSWORD } from "@pb/db/seed";
import type { PolicyTimeLimits } from "@pb/eligibility";
import { computeDeadline, findAnnualReviewDue } from "@pb/reviews";

import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";

// One child from request to cessation, by the three roles that record it. Every time limit shown
// is compared with the date the domain functions give from the policy the console reports in force.

let browser: Browser;
const contexts: BrowserContext[] = [];
const today = todayIso();
const en = (iso: string) => formatDateEnGb(parseIsoDate(iso));

async function as(email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

async function limitsInForce(request: APIRequestContext, date: string): Promise<PolicyTimeLimits> {
  const response = await request.get(`${baseUrl()}/api/trpc/policy.inForce?input=${encodeURIComponent(JSON.stringify({ date }))}`);
  const body = (await response.json()) as { result?: { data?: { policy: { timeLimits: PolicyTimeLimits } } | null } };
  const limits = body.result?.data?.policy.timeLimits;
  if (!response.ok() || !limits) throw new Error(`no policy in force on ${date}`);
  return limits;
}

/** A child of the demo council with an EHC plan, found from the case officer's work queue. */
async function findChildWithEhcp(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/queues`);
  const hrefs = await page.locator('main a[href^="/cases/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const ids = [...new Set(hrefs.map((h) => /^\/cases\/([0-9a-f-]{36})$/.exec(h)?.[1]).filter((id): id is string => Boolean(id)))];
  for (const id of ids.slice(0, 15)) {
    await page.goto(`${baseUrl()}/cases/${id}/requests/new`);
    const plan = page.getByLabel("Plan the request is made under");
    await plan.waitFor();
    const ehcp = await plan.locator("option").evaluateAll((options) => options.find((o) => o.textContent?.startsWith("EHC plan"))?.getAttribute("value") ?? null);
    // Issue 17: a social care budget needs an assessed need (R3, the law's): no panel can approve it without one.
    const socialCare = await plan.locator("option").evaluateAll((options) => options.some((o) => /^(Child in need|Short breaks) plan/.test(o.textContent ?? "")));
    if (ehcp && socialCare) {
      await plan.selectOption(ehcp);
      return id;
    }
  }
  throw new Error("no child with an EHC plan and a social care plan in the first queue items");
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("one child's personal budget, from request to cessation", () => {
  let childId = "";
  let requestUrl = "";
  let budgetUrl = "";
  let limits: PolicyTimeLimits;
  let annualDue = "";

  it("a case officer records the request", async () => {
    const page = await as("case.officer@demo-county.test");
    limits = await limitsInForce(page.request, today);
    childId = await findChildWithEhcp(page);
    const line = page.locator("fieldset.request-line").nth(0);
    await line.getByLabel("Funding stream").selectOption("social_care");
    await line.getByLabel("Service").selectOption("personal_assistant");
    await line.getByLabel("How the budget would be managed").selectOption("direct_payment");
    await line.getByLabel("Who receives the direct payment").selectOption("parent");
    await line.getByLabel("Annual cost asked for, in pounds").fill("6000.00");
    await line.locator('input[type="checkbox"][id$="linkedOutcomes"]').check();
    await page.getByRole("button", { name: "Check against the policy" }).click();
    await page.locator(".check-results").getByText(/Checked against policy version \d+/).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Save the request" }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    requestUrl = page.url();
    await page.getByRole("heading", { name: /^Line 1: / }).waitFor();
    await expectNoAxeViolations(page);
  });

  it("a panel member approves it, tells the family and sends the letter, whose review deadline is the policy's", async () => {
    const page = await as("panel@demo-county.test");
    await page.goto(requestUrl);
    const form = page.getByRole("form", { name: "Decision on line 1" });
    await form.getByLabel(/^Approved as asked/).check();
    await form.getByLabel("Reason 1, in plain English").fill("A personal assistant meets the outcomes in the plan.");
    // R8: a direct payment is approved once the panel is satisfied about the recipient and the value for money.
    await form.getByRole("group", { name: /^Is the panel satisfied that the person receiving the direct payment/ }).getByLabel("Yes", { exact: true }).check();
    await form.getByRole("group", { name: /^Has the panel considered the impact on other service users/ }).getByLabel("Yes", { exact: true }).check();
    const panelField = form.getByLabel("Panel that decided");
    if (await panelField.count()) await panelField.fill("Multi-agency resource panel");
    await form.getByRole("button", { name: "Record the decision on line 1" }).click();
    await page.getByRole("heading", { name: "Decision: Approved as asked" }).waitFor();
    await page.getByRole("form", { name: "Day the family was told the decision" }).getByRole("button", { name: "Record the day the family was told" }).click();
    await page.locator("p", { hasText: `Day the family was told the decision: ${en(today)}` }).waitFor();
    await page.getByRole("form", { name: "Day the decision letter was sent" }).getByRole("button", { name: "Record the day the letter was sent" }).click();
    await page.locator("p", { hasText: `Day the decision letter was sent: ${en(today)}` }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Open the decision letter for line 1" }).click();
    await page.waitForURL(/\/decisions\/[0-9a-f-]{36}\/letter$/);
    const letter = (await page.locator("article.decision-letter").textContent()) ?? "";
    const reviewBy = limits.reviewRequest ? computeDeadline(limits, "review_request", today).due : null;
    if (reviewBy) expect(letter).toContain(en(reviewBy));
    await expectNoAxeViolations(page);
  });

  it("the case page shows the decision letter queued for GOV.UK Notify, and not sent without a Notify key", async () => {
    const page = await as("case.officer@demo-county.test");
    await page.goto(`${baseUrl()}/cases/${childId}`);
    const messages = page.getByRole("region", { name: "Letters and emails to the family" });
    await messages.getByText("GOV.UK Notify is not set up, so nothing is sent").waitFor();
    // Newest first: the letter the decision just queued.
    const row = messages.locator("tbody tr").first();
    expect(await row.locator("th").textContent()).toBe("Decision letter");
    expect(await row.locator("td").nth(1).textContent()).toBe("Not sent (no Notify key)");
    await expectNoAxeViolations(page);
  });

  it("a case officer sets up the budget from the decision and records the direct payment agreement", async () => {
    const page = await as("case.officer@demo-county.test");
    await page.goto(requestUrl);
    await page.getByRole("link", { name: "Set up the budget" }).click();
    await page.waitForURL(/\/budgets\/new\?requestId=/);
    await page.getByRole("heading", { name: "Set up the budget" }).waitFor();
    expect(await page.getByLabel("Start date").inputValue()).toBe(today);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Set up the budget" }).click();
    await page.waitForURL(new RegExp(`/cases/${childId}/budgets/[0-9a-f-]{36}$`));
    budgetUrl = page.url();
    await page.getByText("No direct payment can be paid until the written agreement is recorded").waitFor();

    // Twelve monthly instalments of a £6,000.00 year, to the penny, in pounds and pence.
    const schedule = page.locator("table").filter({ has: page.locator("caption", { hasText: "Payment schedule" }) });
    expect(await schedule.locator("tbody tr").count()).toBe(12);
    const end = addDays(addMonths(parseIsoDate(today), 12), -1);
    const total = computeScheduleTotalPence({ annualAmountPence: 600_000, frequency: "monthly", start: parseIsoDate(today), end });
    expect(await page.getByTestId("line-total").textContent()).toBe(formatPence(total));

    // The annual review keeps to the plan's date, by the policy's period.
    const planDate = await page.getByTestId("plan-reviewed-on").getAttribute("data-iso");
    expect(planDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    annualDue = findAnnualReviewDue(limits, planDate ?? "", today).due;
    expect(await page.locator('tr[data-review-kind="annual_review"] [data-testid="review-due"]').textContent()).toBe(en(annualDue));
    await expectNoAxeViolations(page);

    const agreement = page.getByRole("form", { name: "Record the direct payment agreement" });
    await agreement.getByLabel("Recipient's name").fill("The child's parent");
    await agreement.getByLabel("Signed by").fill("The child's parent");
    // Every term the policy requires (T1) is covered in the agreement's words; none left empty.
    const terms = agreement.getByRole("group", { name: /What the agreement says/ }).getByRole("textbox");
    expect(await terms.count()).toBeGreaterThan(0);
    for (const term of await terms.all()) await term.fill("As set out in the signed agreement.");
    await agreement.getByRole("button", { name: "Record the agreement" }).click();
    await page.getByText(/^Signed by The child's parent on/).waitFor();
    await expectNoAxeViolations(page);
  });

  it("a finance officer pays the first instalment, which sets the first review by the policy's months", async () => {
    const page = await as("finance@demo-county.test");
    await page.goto(budgetUrl);
    await page.getByRole("button", { name: `Mark paid the instalment due ${en(today)}` }).click();
    const due = computeDeadline(limits, "first_dp_review", today).due;
    const cell = page.locator('tr[data-review-kind="first_dp_review"] [data-testid="review-due"]');
    await cell.waitFor();
    expect(await cell.textContent()).toBe(en(due));
    expect(await page.getByText("Paid", { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it("a case officer holds the first review, which changes the budget: a new version from the change date, to the penny", async () => {
    const page = await as("case.officer@demo-county.test");
    await page.goto(budgetUrl);
    await page.getByRole("link", { name: "First direct payment review" }).click();
    await page.waitForURL(/\/reviews\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId("review-due").textContent()).toBe(en(computeDeadline(limits, "first_dp_review", today).due));
    await page.getByLabel("Change the budget").check();
    const tomorrow = addDays(parseIsoDate(today), 1);
    await page.getByLabel("Date the change starts").fill(tomorrow);
    await page.getByLabel(/^New annual amount in pounds/).fill("6500.00");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Record the outcome" }).click();
    await page.waitForURL((url) => /\/budgets\/[0-9a-f-]{36}$/.test(url.pathname) && url.href !== budgetUrl);
    budgetUrl = page.url();
    await page.getByRole("heading", { name: "Personal budget, version 2" }).waitFor();
    await page.getByText("Version 1", { exact: true }).waitFor();
    const end = addDays(addMonths(parseIsoDate(today), 12), -1);
    // The old version keeps today's instalment, which paid a month at the old rate; the new version
    // takes back what it paid beyond today's share, so the two pay each rate for its own days.
    const old = { annualAmountPence: 600_000, frequency: "monthly" as const, start: parseIsoDate(today), end };
    const kept = generateSchedule(old).instalments[0]?.amountPence ?? 0;
    const total = computeScheduleTotalPence({ ...old, annualAmountPence: 650_000, start: tomorrow }) + computeScheduleTotalPence({ ...old, end: parseIsoDate(today) }) - kept;
    expect(await page.getByTestId("line-total").textContent()).toBe(formatPence(total));
    expect(await page.locator("tbody tr").first().locator("td").first().textContent()).toBe(en(tomorrow));
    // The annual review still to hold moved to the version in force, on the same date.
    expect(await page.locator('tr[data-review-kind="annual_review"] [data-testid="review-due"]').textContent()).toBe(en(annualDue));
    await expectNoAxeViolations(page);
  });

  it("a case officer holds the annual review, which ends the budget, and records the cessation with its notice", async () => {
    const page = await as("case.officer@demo-county.test");
    await page.goto(budgetUrl);
    await page.getByRole("link", { name: "Annual review" }).click();
    await page.waitForURL(/\/reviews\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId("review-due").textContent()).toBe(en(annualDue));
    await page.getByLabel("End the budget").check();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Record the outcome" }).click();
    await page.waitForURL(/\/cessation\/new\?budgetId=/);
    await page.getByRole("heading", { name: "End a personal budget" }).waitFor();
    expect(await page.getByLabel(/^Date of the annual review meeting/).inputValue()).toBe(today);
    await page.getByLabel("Reason", { exact: true }).selectOption("consent_withdrawn");
    await page.getByLabel("Written reasons, as sent to the family").fill("The family told us in writing that they no longer want direct payments.");
    await page.getByLabel(/^Date the written notice was sent/).fill(today);
    expect(await page.getByLabel("Last payment date").inputValue()).toBe(today);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "End the budget" }).click();
    await page.waitForURL(budgetUrl);

    const noticeDue = limits.cessationNotice ? computeDeadline(limits, "cessation_notice", today).due : null;
    await page.getByTestId("notice-due").waitFor();
    expect(await page.getByTestId("notice-due").textContent()).toBe(noticeDue ? en(noticeDue) : "Not set by the policy");
    expect(await page.getByText("Ended: last payment").count()).toBe(1);
    // Every instalment of this version falls after the last payment date, so all are cancelled.
    const scheduleRows = page.locator("table").filter({ has: page.locator("caption", { hasText: "Payment schedule" }) }).locator("tbody tr");
    expect(await scheduleRows.count()).toBeGreaterThan(0);
    expect(await scheduleRows.filter({ hasText: "Cancelled" }).count()).toBe(await scheduleRows.count());
    await expectNoAxeViolations(page);
  });
});
