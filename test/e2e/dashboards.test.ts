import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** What the rows page shows: the total row's figure, how many rows, and the rows' text. */
async function readRows(page: Page): Promise<{ total: number; rows: string[] }> {
  const table = page.locator("table#drill-rows");
  await table.waitFor();
  const total = Number(await table.locator("tfoot td[data-total]").getAttribute("data-total"));
  const rows = await table.locator("tbody tr").allTextContents();
  return { total, rows };
}

describe("uptake, cessations and policy review dashboards, end to end", () => {
  it("lets a manager filter, drill from a bar to rows that add up to it, and share the URL with another manager", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "manager@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/dashboards/uptake`);
    const filters = page.getByRole("form", { name: "Filters" });
    await filters.getByLabel("Period", { exact: true }).selectOption("fy");
    await filters.getByLabel("Year", { exact: true }).selectOption("2025-26");
    await filters.getByLabel("Funding stream").selectOption("social_care");
    await filters.getByRole("button", { name: "Show" }).click();
    await page.waitForURL((url) => url.searchParams.get("stream") === "social_care" && url.searchParams.get("year") === "2025-26");
    await page.getByRole("table", { name: /Requests received per month/ }).waitFor();
    await expectNoAxeViolations(page);

    // A bar of the requests chart with something behind it.
    const section = page.locator("section", { has: page.getByRole("heading", { name: /Requests received per month/ }) });
    await section.locator("rect.drill-bar").first().waitFor({ state: "attached" });
    const bars = section.locator("rect.drill-bar[data-href]");
    let chosen = -1;
    for (let i = 0; i < (await bars.count()); i++) {
      if (Number(await bars.nth(i).getAttribute("data-value")) > 0 && Number(await bars.nth(i).getAttribute("height")) > 4) {
        chosen = i;
        break;
      }
    }
    expect(chosen).toBeGreaterThanOrEqual(0);
    const bar = bars.nth(chosen);
    const barValue = Number(await bar.getAttribute("data-value"));
    const href = (await bar.getAttribute("data-href")) ?? "";
    // The table beside the chart links to the same rows, for keyboards and screen readers.
    expect(await page.locator(`table a[href="${href}"]`).count()).toBe(1);
    await bar.click();
    await page.waitForURL(/\/dashboards\/rows\?/);
    const seen = await readRows(page);
    expect(seen.total).toBe(barValue);
    expect(seen.rows.length).toBe(barValue); // one request each
    expect(page.url()).toContain("stream=social_care");
    await expectNoAxeViolations(page);
    const shared = page.url();
    await context.close();

    const other = await browser.newContext();
    const second = await other.newPage();
    await signIn(second, "manager2@demo-county.test", DEMO_PASSWORD);
    await second.goto(shared);
    const again = await readRows(second);
    expect(again).toEqual(seen);
    await expect(second.locator("h1").textContent()).resolves.toBe("Requests received");
    await other.close();
  });

  it("opens the rows behind a figure from the table by keyboard, on the cessations dashboard", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "manager@demo-county.test", DEMO_PASSWORD);
    // The demo's whole history: its random stories end budgets in different years.
    await page.goto(`${baseUrl()}/dashboards/cessations?period=custom&from=2019-04&to=2026-10`);
    const table = page.getByRole("table", { name: /Personal budgets ended, by reason/ });
    await table.waitFor();
    await expectNoAxeViolations(page);
    const total = table.locator("tfoot a");
    const figure = Number(((await total.textContent()) ?? "").match(/^[\d,]+/)?.[0].replace(/,/g, ""));
    expect(figure).toBeGreaterThan(0);
    await total.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/dashboards\/rows\?/);
    const rows = await readRows(page);
    expect(rows.total).toBe(figure);
    expect(rows.rows.length).toBe(figure);
    // The same rows download, with each child's reference and each code's words.
    const csvHref = await page.getByRole("link", { name: /^CSV/ }).getAttribute("href");
    const csv = await page.request.get(`${baseUrl()}${csvHref ?? ""}`);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).split("\r\n").filter((l) => l !== "");
    expect(lines[0]).toMatch(/^Child,Decided,Reason \(code\),Reason,/);
    expect(lines).toHaveLength(figure + 1);
    const xlsxHref = await page.getByRole("link", { name: /^XLSX/ }).getAttribute("href");
    expect((await (await page.request.get(`${baseUrl()}${xlsxHref ?? ""}`)).body()).subarray(0, 2).toString()).toBe("PK");
    expect((await page.request.get(`${baseUrl()}/api/exports/drilldown?period=fy&year=2025-26&format=csv`)).status()).toBe(400);
    await context.close();
    const officer = await browser.newContext();
    const officerPage = await officer.newPage();
    await signIn(officerPage, "case.officer@demo-county.test", DEMO_PASSWORD);
    expect((await officerPage.request.get(`${baseUrl()}${csvHref ?? ""}`)).status()).toBe(403);
    await officer.close();
  });

  it("offers the extracts the dashboards' filters and a privacy choice said plainly, and passes axe", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "commissioner@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/exports`);
    const form = page.getByRole("form", { name: "Row-level extract" });
    for (const label of ["Funding stream", "Arrangement", "Service", "Age band", "Policy version"]) await form.getByLabel(label, { exact: true }).waitFor();
    const coarsened = form.getByRole("radio", { name: /Coarsened rows/ });
    expect(await coarsened.isChecked()).toBe(true);
    expect(await form.getByRole("radio", { name: /Pseudonymised rows/ }).getAttribute("aria-describedby")).toBe("extract-privacy-pseudonymised-risk");
    await expectNoAxeViolations(page);
    const file = await page.request.get(`${baseUrl()}/api/exports/extract?kind=payments&format=csv&privacy=coarsened&period=financial_year&year=2025-26&stream=social_care&age=11_to_15`);
    expect(file.status()).toBe(200);
    const [header, ...body] = (await file.text()).split("\r\n").filter((l) => l !== "");
    expect(header).toContain("Period due");
    expect(body.length).toBeGreaterThan(0);
    // Coarsened rows carry no pseudonym, so the age band may be the first cell: compare whole cells.
    const cellsOf = (line: string) => `,${line},`;
    expect(body.every((l) => cellsOf(l).includes(",social_care,Social care,") && cellsOf(l).includes(",11_to_15,11 to 15,"))).toBe(true);
    expect((await page.request.get(`${baseUrl()}/api/exports/extract?kind=payments&format=csv&privacy=coarsened&period=financial_year&year=2025-26&age=teens`)).status()).toBe(400);
    await context.close();
  });

  it("shows the policy review side by side and passes axe", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "manager@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/dashboards/policy-review?period=custom&from=2024-04&to=2026-09`);
    const table = page.getByRole("table", { name: /Spend under each policy version/ });
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("puts every dashboard in the review pack, and it passes axe", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "manager@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/dashboards/review-pack?from=2025-04-01&to=2026-03-31`);
    for (const name of ["Spend by funding stream", "Uptake", "Personal budgets ended, and reviews asked for", "Before and after each policy version", /^What if/]) {
      await page.getByRole("heading", { level: 2, name }).first().waitFor();
    }
    expect(await page.getByRole("table", { name: /Requests received per month/ }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("gives a commissioner each dashboard's numbers as CSV and XLSX, and refuses a case officer", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "commissioner@demo-county.test", DEMO_PASSWORD);
    const csv = await page.request.get(`${baseUrl()}/api/exports/dashboard?dashboard=cessations&period=fy&year=2025-26&format=csv&table=cessations-by-reason`);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split("\r\n")[0]).toBe("Reason,Personal budgets ended");
    const xlsx = await page.request.get(`${baseUrl()}/api/exports/dashboard?dashboard=uptake&period=fy&year=2025-26&format=xlsx`);
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
    await context.close();
    const officer = await browser.newContext();
    const officerPage = await officer.newPage();
    await signIn(officerPage, "case.officer@demo-county.test", DEMO_PASSWORD);
    const refused = await officerPage.request.get(`${baseUrl()}/api/exports/dashboard?dashboard=uptake&period=fy&year=2025-26&format=xlsx`);
    expect(refused.status()).toBe(403);
    await officer.close();
  });
});
