import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Chooses a method on the admin's export settings page by keyboard and saves it. */
async function chooseMethod(page: Page, label: RegExp): Promise<void> {
  await page.goto(`${baseUrl()}/admin/exports`);
  const group = page.getByRole("group", { name: "How small counts are protected" });
  await group.waitFor();
  await group.getByRole("radio").first().focus();
  const target = group.getByRole("radio", { name: label });
  for (let i = 0; i < 3 && !(await target.isChecked()); i++) await page.keyboard.press("ArrowDown");
  expect(await target.isChecked()).toBe(true);
  await page.getByRole("button", { name: "Save the settings" }).click();
  await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
}

describe("the council's disclosure method, end to end", () => {
  it("lets an admin choose rounding by keyboard from a labelled radio group, and the exports page then says so", async () => {
    const context = await browser.newContext();
    const admin = await context.newPage();
    await signIn(admin, "admin@demo-county.test", DEMO_PASSWORD);
    try {
      await chooseMethod(admin, /Round counts to the nearest 5/);
      await expectNoAxeViolations(admin);
      await admin.goto(`${baseUrl()}/exports`);
      expect(await admin.locator("p.lede").first().textContent()).toMatch(/rounded to the nearest 5/);
    } finally {
      await chooseMethod(admin, /Suppress small counts/);
    }
    await admin.goto(`${baseUrl()}/exports`);
    expect(await admin.locator("p.lede").first().textContent()).toMatch(/shown as "c"/);
    await context.close();
  });
});
