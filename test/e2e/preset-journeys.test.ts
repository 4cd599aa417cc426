import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { generateSchedule } from "@pb/budgets";
import { addDays, addMonths, formatDateEnGb, formatPence, parseIsoDate, todayIso } from "@pb/calendar";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { PRESET_IDS } from "@pb/eligibility";

import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";
import { trialUserEmail, type TrialRole } from "./support/preset-councils";

// Under each of the five presets, a council with nothing yet adopts the preset through the console and
// walks one child from request to the cessation notice, by the roles that record each step, with axe on
// every page. The line asked for (a personal assistant by direct payment to a parent, for a child in need
// at short breaks level 2) is one every preset offers, so the same path shows what differs between them.

let browser: Browser;
const contexts: BrowserContext[] = [];
const today = todayIso();
const en = (iso: string) => formatDateEnGb(parseIsoDate(iso));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function as(presetId: string, role: TrialRole): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, trialUserEmail(presetId, role), DEMO_PASSWORD);
  return page;
}

describe.each(PRESET_IDS.map((id) => [id]))("under the %s preset, one child from adoption to the cessation notice", (presetId) => {
  const reference = `TRIAL-${presetId.toUpperCase()}`;
  let childUrl = "";
  let requestUrl = "";
  let budgetUrl = "";

  it("an admin adopts the preset as the council's first policy", async () => {
    const page = await as(presetId, "admin");
    await page.goto(`${baseUrl()}/admin/policy`);
    await page.getByRole("heading", { name: "Start from a preset" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel("Preset", { exact: true }).selectOption(presetId);
    await page.getByLabel("Effective from").fill("2024-04-01");
    await page.getByRole("button", { name: "Adopt the preset" }).click();
    await page.getByRole("button", { name: "Start a draft" }).waitFor();
    await page.getByRole("heading", { name: "In force today" }).waitFor();
    await expectNoAxeViolations(page);
  });

  it("a case officer adds the child with a plan, and records the family's request", async () => {
    const page = await as(presetId, "case_officer");
    await page.goto(`${baseUrl()}/cases/new`);
    const form = page.getByRole("form", { name: "Add a child or young person" });
    await form.getByLabel("Reference").fill(reference);
    await form.getByLabel("Given name").fill("Sam");
    await form.getByLabel("Family name").fill("Trial");
    await form.getByLabel("Date of birth").fill("2016-05-04");
    await form.getByLabel("Short breaks level").selectOption("2");
    await form.getByLabel("Plan type").selectOption("child_in_need");
    await form.getByLabel("Plan status").selectOption("final");
    await form.getByLabel("Date issued").fill("2026-01-15");
    await form.getByLabel("Outcome 1: code").fill("S1");
    await form.getByLabel("Outcome 1: what it says").fill("Goes out with friends every week");
    await expectNoAxeViolations(page);
    await form.getByRole("button", { name: "Save" }).click();
    await page.getByRole("heading", { name: `Case ${reference}`, level: 1 }).waitFor();
    childUrl = page.url();
    await expectNoAxeViolations(page);

    await page.goto(`${childUrl}/requests/new`);
    await page.getByLabel("When the request was made").selectOption("annual_review");
    const plan = page.getByLabel("Plan the request is made under");
    const planValue = await plan.locator("option").evaluateAll((options) => options.find((o) => o.textContent?.startsWith("Child in need plan"))?.getAttribute("value") ?? null);
    expect(planValue).not.toBeNull();
    await plan.selectOption(planValue ?? "");
    const line = page.locator("fieldset.request-line").nth(0);
    await line.getByLabel("Funding stream").selectOption("social_care");
    await line.getByLabel("Service").selectOption("personal_assistant");
    await line.getByLabel("How the budget would be managed").selectOption("direct_payment");
    await line.getByLabel("Who receives the direct payment").selectOption("parent");
    await line.getByLabel("Annual cost asked for, in pounds").fill("6000.00");
    await line.getByLabel("What it would cost the council to commission, in pounds (optional)").fill("7000.00");
    await line.locator('input[type="checkbox"][id$="linkedOutcomes"]').check();
    await page.getByRole("button", { name: "Check against the policy" }).click();
    await page.locator(".check-results").getByText(/Checked against policy version \d+/).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Save the request" }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    requestUrl = page.url();
    await page.getByRole("heading", { name: "Policy check: Meets the policy" }).waitFor();
    await expectNoAxeViolations(page);
  });

  it("a panel member decides, and the decision letter goes to the family", async () => {
    const page = await as(presetId, "panel_member");
    await page.goto(requestUrl);
    const form = page.getByRole("form", { name: "Decision on line 1" });
    await form.getByLabel(/^Approved as asked/).check();
    await form.getByLabel("Reason 1, in plain English").fill("A personal assistant meets the outcome in the plan.");
    const panelField = form.getByLabel("Panel that decided");
    if (await panelField.count()) await panelField.fill("Resource panel");
    // R8: the policy's questions, asked where the decision is made, answered by the panel.
    await form.getByRole("group", { name: /^Is the panel satisfied that the person receiving the direct payment/ }).getByLabel("Yes", { exact: true }).check();
    await form.getByRole("group", { name: /^Has the panel considered the impact on other service users/ }).getByLabel("Yes", { exact: true }).check();
    await expectNoAxeViolations(page);
    await form.getByRole("button", { name: "Record the decision on line 1" }).click();
    await page.getByRole("heading", { name: "Decision: Approved as asked" }).waitFor();
    await page.getByRole("form", { name: "Day the family was told the decision" }).getByRole("button", { name: "Record the day the family was told" }).click();
    await page.locator("p", { hasText: `Day the family was told the decision: ${en(today)}` }).waitFor();
    await page.getByRole("form", { name: "Day the decision letter was sent" }).getByRole("button", { name: "Record the day the letter was sent" }).click();
    await page.locator("p", { hasText: `Day the decision letter was sent: ${en(today)}` }).waitFor();
    await page.getByRole("link", { name: "Open the decision letter for line 1" }).click();
    await page.waitForURL(/\/decisions\/[0-9a-f-]{36}\/letter$/);
    const letter = (await page.locator("article.decision-letter").textContent()) ?? "";
    // However the policy words it, or if it says nothing, the family is told how to challenge.
    expect(letter).toMatch(/mediation/i);
    expect(letter).toMatch(/complain/i);
    await expectNoAxeViolations(page);
  });

  it("the family challenges the decision, and the outcome is written to them", async () => {
    const page = await as(presetId, "case_officer");
    await page.goto(requestUrl);
    await page.getByRole("link", { name: "Record a request for a review of this decision on line 1" }).click();
    await page.waitForURL(/\/disagreements\/new\?decisionId=/);
    await expectNoAxeViolations(page);
    await page.getByLabel("Date the family asked").fill(today);
    await page.getByLabel("Date the council received the request").fill(today);
    await page.getByLabel("Grounds: why the family disagrees").fill("The family would like the budget to cover more hours.");
    await page.getByRole("button", { name: "Record the request for a review" }).click();
    await page.waitForURL(/\/disagreements\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "Review of a decision", level: 1 }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel(/^Upheld/).check();
    await page.getByLabel(/^Reasons for the outcome, for the family/).fill("The hours asked for at the decision meet the outcome in the plan.");
    await page.getByLabel("Date of the outcome").fill(today);
    await page.getByRole("button", { name: "Record the outcome" }).click();
    await page.getByRole("heading", { name: "Outcome" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Open the letter with the outcome of the review" }).click();
    await page.waitForURL(/\/disagreements\/[0-9a-f-]{36}\/letter$/);
    expect(await page.locator("main").textContent()).toContain("The hours asked for at the decision meet the outcome in the plan.");
    await expectNoAxeViolations(page);
    await page.getByLabel("Date the outcome letter was sent").fill(today);
    await page.getByRole("button", { name: "Record the outcome letter as sent" }).click();
    await page.getByText(en(today)).first().waitFor();
  });

  it("a case officer sets up the budget and records the direct payment agreement", async () => {
    const page = await as(presetId, "case_officer");
    await page.goto(requestUrl);
    await page.getByRole("link", { name: "Set up the budget" }).click();
    await page.waitForURL(/\/budgets\/new\?requestId=/);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Set up the budget" }).click();
    await page.waitForURL(/\/budgets\/[0-9a-f-]{36}$/);
    budgetUrl = page.url();
    const agreement = page.getByRole("form", { name: "Record the direct payment agreement" });
    await agreement.getByLabel("Recipient's name").fill("The child's parent");
    await agreement.getByLabel("Signed by").fill("The child's parent");
    // T1: every term the preset requires, each in the agreement's own words.
    const terms = agreement.getByRole("group", { name: /What the agreement says/ }).getByRole("textbox");
    expect(await terms.count()).toBeGreaterThan(0);
    for (const term of await terms.all()) await term.fill("As set out in the signed agreement.");
    await expectNoAxeViolations(page);
    await agreement.getByRole("button", { name: "Record the agreement" }).click();
    await page.getByText(/^Signed by The child's parent on/).waitFor();
    await expectNoAxeViolations(page);
  });

  it("a finance officer pays the first instalment by hand, into the family's direct payment account", async () => {
    const page = await as(presetId, "finance_officer");
    await page.goto(budgetUrl);
    await page.getByRole("button", { name: `Mark paid the instalment due ${en(today)}` }).click();
    await page.locator('tr[data-review-kind="first_dp_review"]').waitFor();
    await expectNoAxeViolations(page);
    // The money went into the family's direct payment account, whichever way it was marked paid.
    await page.goto(`${baseUrl()}/finance/accounts`);
    await page.getByRole("link", { name: new RegExp(reference) }).first().click();
    await page.waitForURL(/\/finance\/accounts\/[0-9a-f-]{36}$/);
    const end = addDays(addMonths(parseIsoDate(today), 12), -1);
    const first = generateSchedule({ annualAmountPence: 600_000, frequency: "monthly", start: parseIsoDate(today), end }).instalments[0]?.amountPence ?? 0;
    await page.getByText(formatPence(first)).first().waitFor();
    await expectNoAxeViolations(page);
  });

  it("a panel member records the review's outcome, which ends the budget, and the cessation notice is written", async () => {
    const page = await as(presetId, "panel_member");
    await page.goto(budgetUrl);
    await page.getByRole("link", { name: "First direct payment review" }).click();
    await page.waitForURL(/\/reviews\/[0-9a-f-]{36}$/);
    await page.getByLabel("End the budget").check();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Record the outcome" }).click();
    await page.getByText("The review decided to end the budget. A case officer records the cessation").waitFor();
    await expectNoAxeViolations(page);

    const officer = await as(presetId, "case_officer");
    await officer.goto(page.url());
    await officer.getByRole("link", { name: "Record the decision to end the budget" }).click();
    await officer.waitForURL(/\/cessation\/new\?budgetId=/);
    await officer.getByRole("heading", { name: "End a personal budget" }).waitFor();
    await officer.getByLabel("Reason", { exact: true }).selectOption("consent_withdrawn");
    await officer.getByLabel("Written reasons, as sent to the family").fill("The family told us in writing that they no longer want direct payments.");
    await officer.getByLabel(/^Date the written notice was sent/).fill(today);
    await expectNoAxeViolations(officer);
    await officer.getByRole("button", { name: "End the budget" }).click();
    await officer.waitForURL(budgetUrl);
    await officer.getByText("Ended: last payment").waitFor();
    await expectNoAxeViolations(officer);
    await officer.getByRole("link", { name: "Open the notice to the family" }).click();
    await officer.waitForURL(/\/cessations\/[0-9a-f-]{36}\/notice$/);
    const notice = (await officer.locator("main").textContent()) ?? "";
    expect(notice).toContain("The family told us in writing that they no longer want direct payments.");
    expect(notice).toMatch(/complain/i);
    await expectNoAxeViolations(officer);
  });
});
