import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("statutory returns, end to end", () => {
  it("lets a commissioner check SEN2 and download it as XML, labelled with the census date", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "commissioner@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/exports`);
    await page.getByRole("heading", { name: "Statutory returns (OFFICIAL-SENSITIVE)" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Check and download the SEN2 file" }).click();
    await page.waitForURL((url) => url.pathname === "/exports/sen2");
    const form = page.getByRole("form", { name: "SEN2 census and council" });
    await form.getByLabel("Kind of period").selectOption("financial_year");
    await form.getByLabel("Year", { exact: true }).selectOption("2025-26");
    await form.getByLabel("DfE local authority number (three digits)").fill("936");
    await form.getByRole("button", { name: "Check the SEN2 file" }).click();
    await page.getByRole("heading", { name: "Census date 15 January 2026" }).waitFor();
    await expectNoAxeViolations(page);
    const xmlLink = page.getByRole("link", { name: /Download SEN2 as XML \(OFFICIAL-SENSITIVE, census 2026-01-15\)/ });
    const href = await xmlLink.getAttribute("href");
    const xml = await page.request.get(`${baseUrl()}${href}`);
    expect(xml.status()).toBe(200);
    expect(xml.headers()["content-disposition"]).toContain("OFFICIAL-SENSITIVE_SEN2_census-2026-01-15.xml");
    expect(await xml.text()).toContain("<ReferenceDate>2026-01-15</ReferenceDate>");
    const xlsx = await page.request.get(`${baseUrl()}/api/exports/aggregate?kind=returns&period=financial_year&year=2025-26&format=xlsx`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-disposition"]).toContain("OFFICIAL-SENSITIVE_statutory-returns_census-2026-01-15.xlsx");
    await context.close();
  });

  it("does not offer the returns to a manager, and refuses the files", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "manager@demo-county.test", DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/exports`);
    await page.getByRole("heading", { name: "Exports", level: 1 }).waitFor();
    expect(await page.getByRole("heading", { name: /Statutory returns/ }).count()).toBe(0);
    const refused = await page.request.get(`${baseUrl()}/api/exports/sen2?period=financial_year&year=2025-26&la=936&format=xml`);
    expect(refused.status()).toBe(403);
    const returns = await page.request.get(`${baseUrl()}/api/exports/aggregate?kind=returns&period=financial_year&year=2025-26&format=xlsx`);
    expect(returns.status()).toBe(403);
    await context.close();
  });
});
