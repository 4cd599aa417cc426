import { BackupError, restoreDatabase } from "@pb/db/backup";
import { databaseTargetFromEnv, describeTarget } from "../database-from-env";
import { parseFlags, usageError } from "../io";

export const RESTORE_USAGE = `usage: pb restore <file> [--force]
  Restores a file written by pb backup into the database DATABASE_URL names (PostgreSQL, with
  pg_restore on PATH, in one transaction), or into the PGlite folder PB_DATA_DIR.
  A database that already holds tables, or an existing folder, is refused unless --force: then
  PostgreSQL's objects in the backup are dropped and re-created, and the old PGlite folder is moved
  aside. Afterwards, run pb audit verify.`;

export async function run(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (file === "--help" || file === "-h") {
    process.stdout.write(`${RESTORE_USAGE}\n`);
    return 0;
  }
  const flags = parseFlags(rest, { switches: ["force"] });
  if (!file || file.startsWith("--")) return usageError(RESTORE_USAGE);
  const target = databaseTargetFromEnv();
  try {
    const result = await restoreDatabase(target, file, { force: flags.force === "true" });
    process.stderr.write(
      `pb: restored ${file} into ${describeTarget(target)}${result.replaced ? ", replacing what was there" : ""}\n` +
        (result.keptAside ? `pb: the folder that was there is kept at ${result.keptAside}\n` : "") +
        "pb: now run pb audit verify\n",
    );
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      process.stderr.write(`pb: restore: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
