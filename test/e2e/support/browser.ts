import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect, inject } from "vitest";

// Flags from the machine notes: without the background-networking ones Chromium keeps trying
// hosts this closed network refuses.
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.PB_CHROMIUM_PATH || "/usr/bin/chromium", args: ARGS });
}

export const baseUrl = (): string => inject("baseUrl");

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  // Exact: beside it stand the "Sign in with your … account" buttons of councils with a provider.
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Fails on any WCAG 2.2 A or AA violation axe can find on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A refresh after a form action replaces the hoisted <title> in the head; let that settle first.
  // A page that has no title for good still reaches axe, and fails there.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")})`);
  expect(summary).toEqual([]);
}
