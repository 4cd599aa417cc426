import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

// The server's "today" is the real date in London; dates typed into forms must not be after it.
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const RECOVER = "1.23";

async function openRun(page: Page, from: string, to: string): Promise<void> {
  await page.goto(`${baseUrl()}/finance/runs`);
  await page.getByLabel("Instalments due from").fill(from);
  await page.getByLabel("to", { exact: true }).fill(to);
  await page.getByLabel("Pay on").fill(today);
  await page.getByRole("button", { name: "Open the run" }).click();
  await page.waitForURL(/\/finance\/runs\/[0-9a-f-]{36}$/);
  await page.getByRole("table", { name: "Totals by stream and arrangement" }).waitFor();
}

/** The first account flagged for underspend with a direct payment line that pays again in February to April 2027. */
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "30 April 2027", as the page shows a date, → "2027-04-30", to compare. */
function isoOf(text: string | undefined): string {
  const [day, month, year] = (text ?? "").trim().split(" ");
  const m = MONTHS.indexOf(month ?? "") + 1;
  return m > 0 ? `${year}-${String(m).padStart(2, "0")}-${(day ?? "").padStart(2, "0")}` : "";
}

async function chooseFlaggedAccount(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/finance/accounts?flagged=1`);
  const links = await page.getByRole("table", { name: "Accounts flagged for underspend" }).getByRole("link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) {
    await page.goto(href);
    const rows = await page.getByRole("table", { name: "Direct payment lines" }).locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? "")));
    const paysAgain = (cells: string[]) => (cells[2] === "quarterly" ? isoOf(cells[5]) >= "2027-04-30" : cells[2] !== "one off" && isoOf(cells[5]) >= "2027-03-01");
    if (rows.some(paysAgain)) return href;
  }
  throw new Error("no flagged account pays again between February and April 2027");
}

describe("finance, end to end", () => {
  it("runs a payment run, pays it from a remittance, records a return from a statement, decides a recovery, and the next run pays less by exactly that", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, "finance@demo-county.test", DEMO_PASSWORD);

    await page.goto(`${baseUrl()}/finance`);
    await page.getByRole("heading", { name: "Finance", level: 1 }).waitFor();
    await expectNoAxeViolations(page);

    // 1. A run for November to January: review, approve, download the file.
    await openRun(page, "2026-11-01", "2027-01-31");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Approve the run" }).click();
    const download = page.getByRole("link", { name: /Download the payment file: Bank transfers/ });
    await download.waitFor();
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    const csv = await readFile(await file.path(), "utf8");
    const lines = csv.trimEnd().split("\r\n").map((l) => l.split(","));
    const header = lines[0] ?? [];
    expect(header).toEqual(["Payment reference", "Payee", "Pay on", "Amount", "Cost centre", "Account code", "Stream"]);
    const body = lines.slice(1, -1);
    const control = lines.at(-1) ?? [];
    expect(body.length).toBeGreaterThan(0);
    expect(control[0]).toBe("CONTROL TOTAL");
    const sum = body.reduce((s, r) => s + Math.round(Number(r[3]) * 100), 0);
    expect(Math.round(Number(control[3]) * 100)).toBe(sum);

    // 2. The finance system's remittance marks them paid (the card file's payments too).
    const [cards] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download the payment file: Prepaid card loads/ }).click()]);
    const cardLines = (await readFile(await cards.path(), "utf8")).trimEnd().split("\r\n").map((l) => l.split(",")).slice(1, -1);
    const remittance = ["Payment reference,Status,Date,Amount", ...body.map((r) => `${r[0]},paid,${today},${r[3]}`), ...cardLines.map((r) => `${r[3]},paid,${today},${(Number(r[1]) / 100).toFixed(2)}`)].join("\r\n");
    await page.getByLabel("Remittance CSV").setInputFiles({ name: "remittance.csv", mimeType: "text/csv", buffer: Buffer.from(remittance) });
    await page.getByRole("button", { name: "Import the remittance" }).click();
    await expect(page.getByRole("status").filter({ hasText: "marked paid" }).textContent()).resolves.toContain(`${body.length + cardLines.length} payments marked paid`);
    await expectNoAxeViolations(page);

    // 3. An account flagged for underspend: a quarterly return from an imported statement.
    const accountUrl = await chooseFlaggedAccount(page);
    await expectNoAxeViolations(page);
    const firstPeriod = page.getByLabel("Period").locator("option").first();
    expect(await firstPeriod.textContent()).toMatch(/^[A-Z][a-z]+ to [A-Z][a-z]+ \d{4}$/);
    const start = (await firstPeriod.getAttribute("value")) ?? "";
    expect(start).toMatch(/^\d{4}-\d{2}-01$/);
    const statement = `Date,Description,Amount,Balance\r\n${start},Swimming lessons,-10.00,500.00\r\n${start},Craft materials,-2.50,497.50\r\n`;
    await page.getByLabel("Statement CSV").setInputFiles({ name: "statement.csv", mimeType: "text/csv", buffer: Buffer.from(statement) });
    await page.getByRole("button", { name: "Read the statement" }).click();
    await page.getByRole("status").filter({ hasText: "Read 2 transactions" }).waitFor();
    expect(await page.locator('input[id^="spent-"]').first().inputValue()).toBe("12.50");
    await page.getByRole("button", { name: "Record the return" }).click();
    // Recorded, or refused with the reason shown: a refusal fails here with its words rather than as a timeout.
    const recorded = page.getByRole("status").filter({ hasText: "The return is recorded." });
    const refused = page.locator(".error-summary");
    await recorded.or(refused).first().waitFor({ timeout: 90_000 });
    expect(await refused.allTextContents()).toEqual([]);
    await recorded.waitFor();
    await page.goto(accountUrl);
    await expect(page.getByRole("table", { name: "Returns by period" }).textContent()).resolves.toContain("£12.50");
    await expect(page.getByTestId("underspend-flag").textContent()).resolves.toContain("Flagged for underspend");

    // 4. A recovery decision with reasons; the letter tells the family, and says how to ask for a review.
    await page.getByLabel("To recover (£)").fill(RECOVER);
    await page.getByLabel(/Reasons for this family/).fill("Money has built up while the personal assistant was away; a contingency is kept for the holidays.");
    await page.getByRole("button", { name: "Record the decision" }).click();
    await page.waitForURL(/\/finance\/recoveries\/[0-9a-f-]{36}\/letter$/);
    await expect(page.getByTestId("letter-amount").textContent()).resolves.toBe(`£${RECOVER}`);
    await expect(page.getByRole("article").textContent()).resolves.toMatch(/ask us to review this decision/);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Record the letter as sent" }).click();
    await page.getByRole("status").filter({ hasText: "This letter was sent on" }).waitFor();

    // 5. The next run pays less by exactly that amount.
    await openRun(page, "2027-02-01", "2027-04-30");
    await expect(page.getByTestId("run-deduction").textContent()).resolves.toBe(`£${RECOVER}`);
    const netBefore = await page.getByTestId("run-net").textContent();
    await page.getByRole("button", { name: "Approve the run" }).click();
    await page.getByRole("link", { name: /Download the payment file: Bank transfers/ }).waitFor();
    await expect(page.getByTestId("run-deduction").textContent()).resolves.toBe(`£${RECOVER}`);
    await expect(page.getByTestId("run-net").textContent()).resolves.toBe(netBefore);
    const row = page.getByRole("table", { name: "Payments in this run" }).locator("tbody tr").filter({ hasText: `£${RECOVER}` });
    const cells = await row.first().locator("th, td").allTextContents();
    const pence = (text: string | undefined) => Math.round(Number((text ?? "").replace(/[£,]/g, "")) * 100);
    expect(pence(cells[4]) - pence(cells[5])).toBe(pence(cells[6]));
    expect(pence(cells[5])).toBe(123);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("shows the returns due, the reconciliation and the layouts, each passing axe", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "finance@demo-county.test", DEMO_PASSWORD);
    for (const path of ["/finance/returns", "/finance/reconciliation", "/finance/accounts", "/finance/runs"]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await expectNoAxeViolations(page);
    }
    await context.close();
    const admin = await browser.newContext();
    const adminPage = await admin.newPage();
    await signIn(adminPage, "admin@demo-county.test", DEMO_PASSWORD);
    await adminPage.goto(`${baseUrl()}/finance/layouts`);
    await adminPage.getByRole("heading", { name: "Payment file layouts" }).waitFor();
    await expectNoAxeViolations(adminPage);
    await admin.close();
  });
});
