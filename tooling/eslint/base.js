import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { forbiddenFor, IMPORT_TABLE } from "./import-table.js";

// Domain packages are pure rules: no database, no web framework, no auth.
const DOMAIN_PARTS = ["packages/budgets", "packages/calendar", "packages/eligibility", "packages/reviews", "packages/reports"];
const DOMAIN_IO = {
  group: ["kysely", "pg", "@electric-sql/*", "next", "next/*", "next-auth", "next-auth/*", "react", "@trpc/*"],
  message: "Domain packages hold pure rules: no I/O, framework or database imports.",
};
// No reaching into another package's files: use its exports.
const OWN_FILES = { group: ["@pb/*/src/*"], message: "Import the package, not its files." };

const sourceFiles = (glob) => (glob.endsWith("/**") ? `${glob}/*.{ts,tsx}` : glob);

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
  // Everywhere (test/ included): a package's exports, not its files.
  { files: ["**/*.ts", "**/*.tsx"], rules: { "no-restricted-imports": ["error", { patterns: [OWN_FILES] }] } },
  // One no-restricted-imports per part of the import table (a later rule replaces an earlier one for a
  // file, so each carries every restriction that applies to its files).
  ...IMPORT_TABLE.map((row) => ({
    files: row.files.map(sourceFiles),
    ...(row.ignores ? { ignores: row.ignores.map(sourceFiles) } : {}),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...(forbiddenFor(row).length
              ? [{ group: forbiddenFor(row).flatMap((p) => [`@pb/${p}`, `@pb/${p}/*`]), message: `${row.part} may import only ${row.mayImport.map((p) => `@pb/${p}`).join(", ") || "no workspace package"} (docs/ARCHITECTURE.md).` }]
              : []),
            ...(DOMAIN_PARTS.includes(row.part) ? [DOMAIN_IO] : []),
            OWN_FILES,
          ],
        },
      ],
    },
  })),
);
