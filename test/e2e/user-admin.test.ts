import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";

// Issue 21: an admin invites a user, changes their roles and deactivates them in the console; each
// change shows in the page's audited "Recent changes", and the page passes axe.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const NAME = `Casey Invitee ${randomUUID().slice(0, 6)}`;

async function announced(page: Page, text: RegExp): Promise<void> {
  await page.getByRole("status").filter({ hasText: text }).waitFor();
}

function userRow(page: Page) {
  return page.getByRole("table", { name: "The council's users" }).getByRole("row", { name: new RegExp(NAME) });
}

describe("user administration, end to end", () => {
  it("invites, changes roles and deactivates a user, each in the recent changes, with no axe violations", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "admin@demo-county.test", DEMO_PASSWORD);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
    await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    await page.getByRole("table", { name: "The council's users" }).waitFor();
    await expectNoAxeViolations(page);

    // A bad email is refused beside the form, naming the field.
    await page.getByLabel("Email address").fill("not an email");
    await page.getByLabel("Name", { exact: true }).fill(NAME);
    await page.getByRole("group", { name: "Roles", exact: true }).getByLabel("Case officer").check();
    await page.getByRole("button", { name: "Invite" }).click();
    await page.getByRole("alert").filter({ hasText: "Email address: must be an email address" }).waitFor();

    await page.getByLabel("Email address").fill(`casey.${randomUUID().slice(0, 8)}@demo-county.test`);
    await page.getByRole("button", { name: "Invite" }).click();
    await announced(page, /is invited/);
    await userRow(page).waitFor();
    // The row's cells after its name: email, roles, status…
    expect(await userRow(page).getByRole("cell").nth(1).textContent()).toBe("Case officer");
    expect(await userRow(page).getByRole("cell").nth(2).textContent()).toBe("Invited");

    await userRow(page).getByText(`Change roles`).click();
    const roles = page.getByRole("group", { name: `Roles of ${NAME}` });
    await roles.getByLabel("Manager").check();
    await page.getByRole("button", { name: `Save roles of ${NAME}` }).click();
    await announced(page, /roles are changed/);
    await expect.poll(async () => userRow(page).textContent()).toMatch(/Manager, Case officer/);

    await page.getByRole("button", { name: `Deactivate ${NAME}` }).click();
    await announced(page, /is deactivated/);
    await expect.poll(async () => userRow(page).getByRole("cell").nth(2).textContent()).toBe("Deactivated");
    await page.getByRole("button", { name: `Reactivate ${NAME}` }).waitFor();

    const changes = page.getByRole("table", { name: /Recent changes to users/ });
    await expect.poll(async () => changes.getByRole("row", { name: new RegExp(NAME) }).count()).toBe(3);
    const words = await changes.getByRole("row", { name: new RegExp(NAME) }).allTextContents();
    expect(words[0]).toMatch(/Deactivated.*account switched off/);
    expect(words[1]).toMatch(/Roles changed.*from Case officer.*to Manager, Case officer/);
    expect(words[2]).toMatch(/Invited/);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("refuses the users page to a role that may not manage users", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "manager@demo-county.test", DEMO_PASSWORD);
    const response = await page.goto(`${baseUrl()}/admin/users`);
    expect(response?.status()).toBe(403);
    await context.close();
  });

  it("says an unknown invitation link cannot be used, accessibly", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in/set-password?token=${"x".repeat(43)}`);
    await page.getByText("This link cannot be used").waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});
