// The architecture's import table: which workspace packages each part may import. docs/ARCHITECTURE.md
// shows the same table, and a unit test (import-table.test.ts) fails when the two differ; base.js turns
// it into lint rules, so an import that breaks it fails `pnpm lint`.

export const WORKSPACE_PACKAGES = ["api", "auth", "budgets", "calendar", "db", "eligibility", "log", "reports", "reviews", "services"];

const DOMAIN = ["budgets", "calendar", "eligibility", "reports", "reviews"];

// The console's server side: the route handlers for files, the session and database wiring, the environment,
// the proxy in front of every request and its HTTP helpers.
const CONSOLE_SERVER = ["apps/console/src/server/**", "apps/console/src/app/api/**", "apps/console/src/app/**/route.ts", "apps/console/src/http/**", "apps/console/src/env.ts", "apps/console/src/instrumentation.ts", "apps/console/src/proxy.ts"];

/** @type {{ part: string; files: string[]; ignores?: string[]; mayImport: string[] }[]} */
export const IMPORT_TABLE = [
  { part: "apps/console (pages and components)", files: ["apps/console/src/**"], ignores: CONSOLE_SERVER, mayImport: ["api", "auth", ...DOMAIN] },
  { part: "apps/console (server side)", files: CONSOLE_SERVER, mayImport: ["api", "auth", "db", "log", "services", ...DOMAIN] },
  { part: "apps/cli", files: ["apps/cli/src/**"], mayImport: WORKSPACE_PACKAGES },
  { part: "packages/api", files: ["packages/api/src/**"], mayImport: ["auth", "db", "services", ...DOMAIN] },
  { part: "packages/services", files: ["packages/services/src/**"], mayImport: ["db", ...DOMAIN] },
  { part: "packages/auth", files: ["packages/auth/src/**"], mayImport: ["db", "log"] },
  { part: "packages/log", files: ["packages/log/src/**"], mayImport: [] },
  { part: "packages/db", files: ["packages/db/src/**"], mayImport: ["budgets", "calendar", "eligibility", "log", "reviews"] },
  { part: "packages/eligibility", files: ["packages/eligibility/src/**"], mayImport: ["budgets", "calendar"] },
  { part: "packages/budgets", files: ["packages/budgets/src/**"], mayImport: ["calendar"] },
  { part: "packages/reviews", files: ["packages/reviews/src/**"], mayImport: ["budgets", "calendar", "eligibility"] },
  { part: "packages/reports", files: ["packages/reports/src/**"], mayImport: ["calendar", "eligibility"] },
  { part: "packages/calendar", files: ["packages/calendar/src/**"], mayImport: [] },
];

/** The part's own package, which it never imports by name. */
export function ownPackage(part) {
  return part.match(/^packages\/([a-z]+)/)?.[1] ?? null;
}

/** The workspace packages a part may not import. */
export function forbiddenFor(row) {
  return WORKSPACE_PACKAGES.filter((p) => !row.mayImport.includes(p) && p !== ownPackage(row.part));
}
