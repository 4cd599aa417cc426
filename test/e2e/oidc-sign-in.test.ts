import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO_PASSWORD } from "@pb/db/seed";
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from "./support/browser";
import { IDENTITY_ADMIN_EMAIL, IDENTITY_COUNCIL_NAME, IDENTITY_COUNCIL_SLUG, IDENTITY_OFFICER_EMAIL } from "./support/identity-council";
import { LOCAL_CLIENT, startLocalProvider, type LocalProvider } from "./support/local-openid-provider";

// Issue 21, end to end in Chromium against an OpenID provider this test starts and stops: an admin sets
// the council's provider and group roles up in /admin/identity; staff sign in with their council
// account and get the roles their groups give; a group taken away ends access on the next request;
// with local passwords switched off, a right password gives no way in.

let browser: Browser;
let provider: LocalProvider;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  provider = await startLocalProvider(`${baseUrl()}/api/auth/callback/oidc-${IDENTITY_COUNCIL_SLUG}`);
  provider.accounts.set("alice", { email: "alice@identity-e2e.test", name: "Alice Case", groups: ["grp-case-officers"] });
  provider.accounts.set("bob", { email: "bob@identity-e2e.test", name: "Bob Lead", groups: ["grp-panel", "grp-managers", "grp-unmapped"] });
  provider.accounts.set("carol", { email: "carol@identity-e2e.test", name: "Carol Other", groups: ["grp-unmapped"] });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await provider?.close();
});

/** A browser of its own for each person: the provider's session cookie must not carry one user into the next. */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** From the console's sign-in page, through the provider's login form, back to the console. */
async function signInWithCouncilAccount(page: Page, login: string): Promise<void> {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByRole("button", { name: `Sign in with your ${IDENTITY_COUNCIL_NAME} account` }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password: the local provider's login form takes any");
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.origin === new URL(baseUrl()).origin);
}

/** What an administrator does in the provider's directory: the groups an account is in. */
function setGroups(login: string, groups: string[]): void {
  const account = provider.accounts.get(login);
  if (!account) throw new Error(`no account ${login} at the local provider`);
  account.groups = groups;
}

/** The forms are filled once hydrated and loaded (their buttons are disabled until then), so nothing typed is overwritten. */
async function settingsLoaded(page: Page, button: string): Promise<void> {
  await expect.poll(() => page.getByRole("button", { name: button }).isEnabled(), { timeout: 30_000 }).toBe(true);
}

const who = (page: Page) => page.locator(".who span").textContent();

describe("sign-in through the council's OpenID Connect provider", () => {
  it("is set up by the council's admin in /admin/identity, every field labelled", async () => {
    const admin = await freshPage();
    await signIn(admin, IDENTITY_ADMIN_EMAIL, DEMO_PASSWORD);
    await admin.goto(`${baseUrl()}/admin/identity`);
    await settingsLoaded(admin, "Save identity provider");
    await admin.getByLabel("Issuer").fill("not an address");
    await admin.getByLabel("Client (application) id").fill(LOCAL_CLIENT.id);
    await admin.getByLabel("Client secret").fill(LOCAL_CLIENT.secret);
    await admin.getByRole("button", { name: "Save identity provider" }).click();
    await admin.getByRole("link", { name: /^Issuer: must be the provider's https address/ }).waitFor();
    await admin.getByLabel("Issuer").fill(provider.issuer);
    await admin.getByRole("button", { name: "Save identity provider" }).click();
    await admin.getByRole("status").filter({ hasText: "Identity provider saved." }).waitFor();

    for (const [group, role] of [["grp-case-officers", "Case officer"], ["grp-panel", "Panel member"], ["grp-managers", "Manager"]] as const) {
      await admin.getByLabel("Group id").fill(group);
      await admin.getByLabel("Role", { exact: true }).selectOption({ label: role });
      await admin.getByRole("button", { name: "Add group" }).click();
      await admin.getByRole("status").filter({ hasText: `Group ${group} now gives the role ${role}.` }).waitFor();
    }
    await expect.poll(() => admin.getByRole("table", { name: "Groups that give a role" }).locator("tbody tr").count()).toBe(3);
    await expectNoAxeViolations(admin);
  });

  it("gives each user the roles their groups are mapped to, and refuses one in no mapped group", async () => {
    const alice = await freshPage();
    await signInWithCouncilAccount(alice, "alice");
    await alice.locator(".who").waitFor();
    expect(await who(alice)).toBe(`Alice Case · ${IDENTITY_COUNCIL_NAME} · Case officer`);

    const bob = await freshPage();
    await signInWithCouncilAccount(bob, "bob");
    await bob.locator(".who").waitFor();
    const [name, council, roles] = (await who(bob))?.split(" · ") ?? [];
    expect({ name, council, roles: roles?.split(", ").sort() }).toEqual({ name: "Bob Lead", council: IDENTITY_COUNCIL_NAME, roles: ["Manager", "Panel member"] });

    const carol = await freshPage();
    await signInWithCouncilAccount(carol, "carol");
    await carol.waitForURL((url) => url.pathname === "/sign-in");
    await carol.getByRole("alert").filter({ hasText: "not in any group that gives a role here" }).waitFor();
    await expectNoAxeViolations(carol);
  });

  it("ends a user's access on the next request once their group is taken away at the provider", async () => {
    const alice = await freshPage();
    await signInWithCouncilAccount(alice, "alice");
    await alice.locator(".who").waitFor();
    await alice.goto(`${baseUrl()}/cases`);
    await alice.getByRole("heading", { level: 1 }).waitFor();

    setGroups("alice", []);
    await alice.goto(`${baseUrl()}/cases`);
    await alice.waitForURL((url) => url.pathname === "/sign-in");
    // The session is revoked, not merely refused once: giving the group back does not revive it.
    setGroups("alice", ["grp-case-officers"]);
    await alice.goto(`${baseUrl()}/cases`);
    await alice.waitForURL((url) => url.pathname === "/sign-in");
    const me = await alice.evaluate(async () => (await fetch("/api/trpc/session.me")).status);
    expect(me).toBe(401);
  });

  it("refuses a right password once the council switches local passwords off", async () => {
    const admin = await freshPage();
    await signIn(admin, IDENTITY_ADMIN_EMAIL, DEMO_PASSWORD);
    await admin.goto(`${baseUrl()}/admin/identity`);
    await settingsLoaded(admin, "Save sign-in settings");
    const passwords = admin.getByLabel("Staff may sign in with an email address and password");
    expect(await passwords.isChecked()).toBe(true);
    await passwords.uncheck();
    await admin.getByRole("button", { name: "Save sign-in settings" }).click();
    await admin.getByRole("status").filter({ hasText: "Sign-in settings saved." }).waitFor();

    const officer = await freshPage();
    await officer.goto(`${baseUrl()}/sign-in`);
    await officer.getByLabel("Email address").fill(IDENTITY_OFFICER_EMAIL);
    await officer.getByLabel("Password").fill(DEMO_PASSWORD);
    await officer.getByRole("button", { name: "Sign in", exact: true }).click();
    await officer.getByRole("alert").filter({ hasText: "Sign in with your council account" }).waitFor();
    expect(new URL(officer.url()).pathname).toBe("/sign-in");
    await expectNoAxeViolations(officer);

    // The admin's own password session now reaches no council either, on its next request.
    const refused = await admin.goto(`${baseUrl()}/admin/identity`);
    expect(refused?.status()).toBe(403);
    expect(await admin.getByRole("heading", { name: "Identity provider", exact: true }).count()).toBe(0);
  });
});
