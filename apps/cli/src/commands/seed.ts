import { finishScaleSeed, seedDemo, seedScale, type ScaleName } from "@pb/db/seed";
import type { Database } from "@pb/db";
import { describeDatabase, openDatabaseFromEnv } from "../database-from-env";
import { parseFlags, usageError } from "../io";

// `tiny` is for tests and trying things out: two small councils in a second.
const SCALES = ["demo", "county", "national", "tiny"] as const;

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, { values: ["scale"] });
  const scale = flags.scale ?? "demo";
  if (!(SCALES as readonly string[]).includes(scale)) return usageError(`--scale: must be one of demo, county, national`);
  const database = await openDatabaseFromEnv();
  try {
    if (scale === "demo") return await seedDemoCouncil(database);
    return await seedAtScale(database, scale as ScaleName);
  } finally {
    await database.close();
  }
}

async function seedDemoCouncil(database: Database): Promise<number> {
  const started = performance.now();
  const summary = await seedDemo(database.db);
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    summary.created
      ? `pb: seeded Demo County Council into ${describeDatabase(database)}: ${summary.children} children, ${summary.requests} requests, ${summary.budgetLines} budget lines, ${summary.payments} payments, ${summary.accounts} direct payment accounts with ${summary.returns} returns in ${seconds.toFixed(1)} s\n`
      : `pb: Demo County Council is already in ${describeDatabase(database)}; nothing changed\n`,
  );
  return 0;
}

async function seedAtScale(database: Database, scale: ScaleName): Promise<number> {
  const summary = await seedScale(database, {
    scale,
    onCouncil: ({ slug, done, total, rows }) => {
      if (total > 1 && (done % 10 === 0 || done === total)) process.stderr.write(`pb: ${done}/${total} councils (${slug}), ${formatCount(rows)} rows\n`);
    },
  });
  const where = describeDatabase(database);
  if (!summary.created) {
    process.stderr.write(`pb: the ${scale} data set (${summary.councilsFound} councils) is already in ${where}; nothing changed\n`);
    return 0;
  }
  const finished = await finishScaleSeed(database, summary.councilIds);
  const perTable = Object.entries(summary.rows)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${table} ${formatCount(n)}`)
    .join(", ");
  process.stderr.write(
    `pb: seeded the ${scale} data set into ${where}: ${summary.councilsLoaded} councils${summary.councilsFound ? ` (${summary.councilsFound} were already there)` : ""}\n` +
      `pb: ${formatCount(summary.totalRows)} rows in ${summary.loadSeconds.toFixed(1)} s: ${formatCount(summary.rowsPerSecond)} rows a second by COPY` +
      `${summary.triggersSkipped ? " (triggers off while loading)" : ""}\n` +
      `pb: ${perTable}\n` +
      `pb: vacuum and statistics in ${finished.analyseSeconds.toFixed(1)} s, rollups rebuilt in ${finished.rollupSeconds.toFixed(1)} s\n`,
  );
  return 0;
}

function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}
