import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages are TypeScript source; Next compiles them.
  transpilePackages: ["@pb/api", "@pb/auth", "@pb/db", "@pb/budgets", "@pb/calendar", "@pb/eligibility", "@pb/reviews", "@pb/reports", "@pb/services"],
  // PGlite ships WebAssembly and data files that must load from node_modules, not a bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "pg-copy-streams", "bcryptjs"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default config;
