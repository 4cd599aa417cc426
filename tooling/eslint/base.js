import js from "@eslint/js";
import tseslint from "typescript-eslint";

// House rules that the type checker cannot see: boundaries between packages and a few habits.
export default tseslint.config(
  // release/: the folder `pnpm pb release` writes (built output, like dist).
  { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "release/**", "**/next-env.d.ts", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
      "no-console": "off",
    },
  },
  {
    // Domain packages are pure rules: no database, no web framework, no auth.
    files: ["packages/{budgets,calendar,eligibility,reviews,reports}/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@pb/db", "@pb/db/*", "@pb/api", "@pb/api/*", "@pb/auth", "kysely", "pg", "@electric-sql/*", "next", "next/*", "next-auth", "next-auth/*", "react", "@trpc/*"], message: "Domain packages hold pure rules: no I/O, framework or database imports." },
          ],
        },
      ],
    },
  },
  {
    // No reaching into another package's files: use its exports.
    files: ["**/*.ts", "**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@pb/*/src/*"], message: "Import the package, not its files." }] }] },
    ignores: ["packages/{budgets,calendar,eligibility,reviews,reports}/src/**/*.ts"],
  },
);
