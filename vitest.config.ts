import { configDefaults, defineConfig } from "vitest/config";

// One runner, four projects: pure rules, the API against each database, and the browser.
// Integration suites run twice so that PGlite and PostgreSQL are held to the same behaviour, but for
// `*.postgres.test.ts`: what only a server has (connections to kill, a server to restart).
const integration = (name: string, backend: "pglite" | "postgres") => ({
  test: {
    name,
    include: ["packages/**/*.integration.test.ts", "test/integration/**/*.test.ts"],
    exclude: backend === "pglite" ? [...configDefaults.exclude, "**/*.postgres.test.ts"] : configDefaults.exclude,
    env: { PB_TEST_BACKEND: backend },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: backend === "postgres",
    globalSetup: backend === "postgres" ? ["test/integration/support/postgres-global-setup.ts"] : [],
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/**/*.test.ts", "apps/**/*.test.ts", "tooling/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/*.integration.test.ts"],
        },
      },
      integration("integration-pglite", "pglite"),
      integration("integration-postgres", "postgres"),
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          globalSetup: ["test/e2e/support/global-setup.ts"],
        },
      },
    ],
  },
});
