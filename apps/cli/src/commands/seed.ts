import { seedDemo } from "@pb/db/seed";
import { describeDatabase, openDatabaseFromEnv } from "../database-from-env";
import { parseFlags, usageError } from "../io";

const SCALES = ["demo"] as const;

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args);
  const scale = flags.scale ?? "demo";
  if (!(SCALES as readonly string[]).includes(scale)) return usageError(`--scale: must be one of ${SCALES.join(", ")}`);
  const database = await openDatabaseFromEnv();
  try {
    const summary = await seedDemo(database.db);
    process.stderr.write(
      summary.created
        ? `pb: seeded Demo County Council into ${describeDatabase(database)}: ${summary.children} children, ${summary.requests} requests, ${summary.budgetLines} budget lines, ${summary.payments} payments\n`
        : `pb: Demo County Council is already in ${describeDatabase(database)}; nothing changed\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
