import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { inject } from "vitest";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("spend by funding stream, end to end", () => {
  it("sends a signed-out visitor to sign in, and the sign-in page passes axe", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/dashboards/spend`);
    await page.waitForURL(/\/sign-in/);
    await expect(page.getByRole("heading", { name: "Sign in" }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("refuses a wrong password with a message", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel("Email address").fill("manager@demo-county.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    // Next has a route announcer with the alert role too; take the form's own error summary.
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.waitFor();
    expect(await summary.textContent()).toContain("not right");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("shows a manager the chart and the table, and the CSV equals the database to the penny", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, "manager@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/dashboards/spend?period=fy&year=2025-26`);

    const table = page.getByRole("table", { name: /^Paid per month by funding stream, financial year 2025-26/ });
    await table.waitFor();
    await page.locator("figure.chart svg.recharts-surface").first().waitFor();
    expect(await page.locator("figure.chart .recharts-bar-rectangle").count()).toBeGreaterThan(0);
    expect(await table.getByRole("row").count()).toBe(14); // header, twelve months, total
    expect(await table.getByRole("rowheader", { name: "April 2025" }).isVisible()).toBe(true);
    expect(await table.textContent()).toMatch(/£\d{1,3}(,\d{3})*\.\d{2}/);
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "paid by month stream" }).click()]);
    const path = await download.path();
    const { readFile } = await import("node:fs/promises");
    const csv = await readFile(path, "utf8");
    const lines = csv.trimEnd().split("\r\n").map((l) => l.split(","));
    expect(lines[0]).toEqual(["Month", "Education (GBP)", "Health (GBP)", "Social care (GBP)", "Transport (GBP)", "Total (GBP)"]);

    const expected = inject("paidSums2025");
    const streams = ["education", "health", "social_care", "transport"];
    const toPence = (text: string) => Math.round(Number(text) * 100);
    let grand = 0;
    // The file holds each month as its first day, ISO 8601, which a spreadsheet reads as a date.
    const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2025, 3 + i, 1)).toISOString().slice(0, 7));
    for (const [i, line] of lines.slice(1, 13).entries()) {
      const [label, ...amounts] = line;
      const month = months[i];
      expect(label).toBe(`${month}-01`);
      streams.forEach((stream, i) => {
        expect(toPence(amounts[i] ?? ""), `${month} ${stream}`).toBe(expected[`${month}|${stream}`] ?? 0);
      });
      const rowTotal = streams.reduce((s, stream) => s + (expected[`${month}|${stream}`] ?? 0), 0);
      expect(toPence(amounts[4] ?? "")).toBe(rowTotal);
      grand += rowTotal;
    }
    expect(lines[13]?.[0]).toBe("Total");
    expect(toPence(lines[13]?.[5] ?? "")).toBe(grand);
    expect(grand).toBeGreaterThan(0);
    await context.close();
  });

  it("changes year through the filter, and the URL holds it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "commissioner@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/dashboards/spend?period=fy&year=2025-26`);
    const filters = page.getByRole("form", { name: "Filters" });
    await filters.getByLabel("Year", { exact: true }).selectOption("2024-25");
    await filters.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/year=2024-25/);
    await page.getByRole("table", { name: /^Committed, scheduled and paid per month, financial year 2024-25/ }).waitFor();
    await context.close();
  });

  it("refuses the dashboard's data to a case officer", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "case.officer@demo-county.test", DEMO_PASSWORD);
    const csv = `${baseUrl()}/api/exports/dashboard?dashboard=spend&period=fy&year=2025-26&format=csv&table=paid-by-month-stream`;
    const response = await page.request.get(csv);
    expect(response.status()).toBe(403);
    const signedOut = await browser.newContext();
    const anonymous = await signedOut.request.get(csv);
    expect(anonymous.status()).toBe(401);
    await signedOut.close();
    await context.close();
  });
});
