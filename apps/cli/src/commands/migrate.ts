import { describeDatabase, openDatabaseFromEnv } from "../database-from-env";

export async function run(_args: string[]): Promise<number> {
  const database = await openDatabaseFromEnv();
  try {
    process.stderr.write(`pb: ${describeDatabase(database)} is at the latest schema\n`);
    return 0;
  } finally {
    await database.close();
  }
}
