#!/usr/bin/env node
// Regenerates data/bank-holidays-england-and-wales.json from src/bank-holiday-rules.ts.
// Usage: node packages/calendar/scripts/generate-bank-holidays.mjs [firstYear lastYear]
// Check new one-off holidays against https://www.gov.uk/bank-holidays before committing.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const FIRST_YEAR = Number(process.argv[2] ?? 2010);
const LAST_YEAR = Number(process.argv[3] ?? 2035);
const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

// Node 20 cannot import TypeScript, so bundle the rules in memory and import the result.
const result = await build({
  entryPoints: [join(packageDir, "src", "bank-holiday-rules.ts")],
  bundle: true,
  format: "esm",
  platform: "node",
  write: false,
  logLevel: "error",
});
const code = result.outputFiles[0].text;
const rules = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);

const holidays = rules.generateBankHolidays(FIRST_YEAR, LAST_YEAR);
const outfile = join(packageDir, "data", "bank-holidays-england-and-wales.json");
writeFileSync(outfile, `${JSON.stringify(holidays, null, 2)}\n`);
process.stdout.write(`wrote ${Object.keys(holidays).length} bank holidays for ${FIRST_YEAR}-${LAST_YEAR} to ${outfile}\n`);
