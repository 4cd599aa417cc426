import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("children and young people, end to end", () => {
  let caseUrl = "";
  let reference = "";
  let childName = "";

  it("lets a case officer filter the list (the URL holds the filter), open a case from the keyboard, edit its plan and see the change in the history", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "case.officer@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/cases`);
    await page.getByRole("heading", { name: "Children and young people", level: 1 }).waitFor();
    expect(await page.getByRole("status").first().textContent()).toMatch(/^Showing 1 to 25 of \d+ children and young people\.$/);
    await expectNoAxeViolations(page);

    const filters = page.getByRole("form", { name: "Search and filters" });
    await filters.getByLabel("Plan type").selectOption("ehcp");
    await filters.getByLabel("Active personal budget").selectOption("no");
    await filters.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((url) => url.searchParams.get("planType") === "ehcp");
    expect(new URL(page.url()).searchParams.get("budget")).toBe("no");
    // The URL alone brings the filtered list back.
    await page.goto(page.url());
    expect(await page.getByLabel("Plan type").inputValue()).toBe("ehcp");
    const plans = await page.locator("tbody tr td:nth-child(4)").allTextContents();
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((text) => text.includes("EHC plan"))).toBe(true);
    const budgets = await page.locator("tbody tr td:nth-child(5)").allTextContents();
    expect(budgets.every((text) => text === "No")).toBe(true);

    // Sorting is a link too: it keeps the filters and goes into the URL.
    await page.getByRole("link", { name: /^Next annual review/ }).click();
    await page.waitForURL((url) => url.searchParams.get("sort") === "nextReview");
    expect(new URL(page.url()).searchParams.get("planType")).toBe("ehcp");
    expect(await page.getByRole("columnheader", { name: /^Next annual review/ }).getAttribute("aria-sort")).toBe("ascending");

    const first = page.locator("tbody tr").first();
    reference = ((await first.locator("th a").textContent()) ?? "").trim();
    childName = ((await first.locator("td").first().textContent()) ?? "").trim();
    expect(childName).toMatch(/\w+ \w+/);
    await first.locator("th a").focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    await page.getByRole("heading", { name: `Case ${reference}`, level: 1 }).waitFor();
    expect(await page.locator("main").textContent()).toContain(childName);
    await expectNoAxeViolations(page);

    await page.locator("summary", { hasText: "Change this plan: EHC plan" }).first().click();
    const form = page.getByRole("form", { name: "Change the EHC plan" }).first();
    await form.getByRole("button", { name: "Add an outcome" }).click();
    const count = await form.getByLabel(/^Outcome \d+: what it says$/).count();
    await form.getByLabel(`Outcome ${count}: code`).fill("E9");
    await form.getByLabel(`Outcome ${count}: what it says`).fill("Takes part in a weekly club with friends");
    await expectNoAxeViolations(page);
    await form.getByRole("button", { name: "Save the plan" }).click();
    await page.locator("main li", { hasText: "E9: Takes part in a weekly club with friends" }).first().waitFor();

    const history = page.getByRole("table", { name: "Changes to this case, newest first" });
    const newest = history.locator("tbody tr").first();
    await newest.getByText("Plan changed").waitFor();
    expect(await newest.textContent()).toMatch(/Outcomes \(Section E\): .* → .*E9: Takes part in a weekly club with friends/);
    await expectNoAxeViolations(page);

    // The whole history has a page of its own, which a long case's "Older changes" link pages through.
    await page.goto(`${baseUrl()}${new URL(page.url()).pathname}/history`);
    await page.getByRole("heading", { name: `History of case ${reference}`, level: 1 }).waitFor();
    const whole = page.getByRole("table", { name: "Changes to this case, newest first" });
    expect(await whole.locator("tbody tr").first().textContent()).toContain("Plan changed");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("keeps a search by name out of the URL: the form posts it, and the list's pages and sorts keep it", async () => {
    expect(childName).not.toBe("");
    const family = childName.split(" ").at(-1) ?? "";
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "case.officer@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/cases`);
    const filters = page.getByRole("form", { name: "Search and filters" });
    await filters.getByLabel("Reference or name").fill(family);
    await filters.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((url) => url.searchParams.get("search") === "1");
    expect(page.url()).not.toContain(family);
    expect(await page.locator("tbody tr th a").allTextContents()).toContain(reference);
    expect(await page.getByLabel("Reference or name").inputValue()).toBe(family);
    const names = await page.locator("tbody tr td:first-child").allTextContents();
    expect(names.every((name) => name.includes(family))).toBe(true);
    const hrefs = await page.locator("a[href^='/cases?']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => href.includes(family))).toEqual([]);
    await page.getByRole("link", { name: /^Name/ }).click();
    await page.waitForURL((url) => url.searchParams.get("sort") === "name");
    expect(await page.locator("tbody tr th a").allTextContents()).toContain(reference);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("refuses a child older than 25 naming the field, then adds a child with a plan", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "case.officer@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/cases`);
    await page.getByRole("link", { name: "Add a child or young person" }).click();
    await page.getByRole("heading", { name: "Add a child or young person", level: 1 }).waitFor();
    const form = page.getByRole("form", { name: "Add a child or young person" });
    await form.getByLabel("Reference").fill("E2E-0001");
    await form.getByLabel("Given name").fill("Robin");
    await form.getByLabel("Family name").fill("Quarrington");
    await form.getByLabel("Date of birth").fill("1990-01-01");
    await form.getByLabel("Outcome 1: what it says").fill("Communicates needs with a device");
    await form.getByRole("button", { name: "Save" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.getByRole("link", { name: /^Date of birth: the child or young person must be aged 0 to 25/ }).waitFor();
    await expectNoAxeViolations(page);

    await form.getByLabel("Date of birth").fill("2016-03-02");
    await form.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "Case E2E-0001", level: 1 }).waitFor();
    const actions = await page.getByRole("table", { name: "Changes to this case, newest first" }).locator("tbody tr td:nth-child(3)").allTextContents();
    expect(actions).toEqual(["Plan recorded", "Child or young person recorded"]);
    await context.close();
  });

  it("shows a manager references but not names", async () => {
    expect(caseUrl).not.toBe("");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "manager@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/cases`);
    const filters = page.getByRole("form", { name: "Search and filters" });
    await filters.getByLabel("Reference").fill(reference);
    await filters.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((url) => url.searchParams.get("search") === "1");
    await page.getByRole("heading", { name: "Children and young people", level: 1 }).waitFor();
    expect(await page.locator("tbody tr th a").allTextContents()).toContain(reference);
    expect(await page.getByRole("columnheader", { name: /^Name/ }).count()).toBe(0);
    expect(await page.getByRole("columnheader", { name: /^Age/ }).count()).toBe(0);
    expect(await page.locator("main").textContent()).not.toContain(childName);
    await expectNoAxeViolations(page);

    // Asking for a name sort in the URL falls back to the reference.
    await page.goto(`${baseUrl()}/cases?sort=name`);
    expect(await page.getByRole("columnheader", { name: /^Reference/ }).getAttribute("aria-sort")).toBe("ascending");

    await page.goto(caseUrl);
    await page.getByRole("heading", { name: `Case ${reference}`, level: 1 }).waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).not.toContain(childName);
    expect(text).not.toContain("Date of birth");
    expect(await page.locator("summary", { hasText: "Change this plan" }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
