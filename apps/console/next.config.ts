import { resolve } from "node:path";
import type { NextConfig } from "next";

const config: NextConfig = {
  // `pnpm pb release` ships this folder: the server and only the files it needs, traced from the
  // workspace root so the packages and their node_modules come along (docs/release.md).
  output: "standalone",
  outputFileTracingRoot: resolve(import.meta.dirname, "../.."),
  // Workspace packages are TypeScript source; Next compiles them.
  transpilePackages: ["@pb/api", "@pb/auth", "@pb/db", "@pb/log", "@pb/budgets", "@pb/calendar", "@pb/eligibility", "@pb/reviews", "@pb/reports", "@pb/services"],
  // PGlite ships WebAssembly and data files that must load from node_modules, not a bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "pg-copy-streams", "bcryptjs", "@node-rs/argon2", "notifications-node-client"],
  poweredByHeader: false,
  // Metadata is never streamed: every response, refreshes after a form action included, holds its
  // title before the page, so the title React hoists into the head is ready when the page is
  // (WCAG 2.4.2). Our titles are static metadata, so holding for them costs nothing.
  htmlLimitedBots: /.*/,
  typedRoutes: false,
  // forbidden() answers a refused role with 403 and app/forbidden.tsx, as notFound() answers 404:
  // pages say what the API says (issue 19).
  experimental: { authInterrupts: true },
};

export default config;
