import { BackupError, backupDatabase } from "@pb/db/backup";
import { databaseTargetFromEnv, describeTarget } from "../database-from-env";
import { usageError } from "../io";

export const BACKUP_USAGE = `usage: pb backup <file>
  Writes the whole database to <file>: PostgreSQL (DATABASE_URL) with pg_dump's custom format,
  which needs pg_dump on PATH; the embedded PGlite folder (PB_DATA_DIR) as a gzipped tarball, with
  the console stopped. The file holds personal data: store it as securely as the database.
  Keep PB_BANK_DETAILS_KEY and NEXTAUTH_SECRET beside it (see docs/backup-and-restore.md).`;

export async function run(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (file === "--help" || file === "-h") {
    process.stdout.write(`${BACKUP_USAGE}\n`);
    return 0;
  }
  if (!file || file.startsWith("--") || rest.length > 0) return usageError(BACKUP_USAGE);
  const target = databaseTargetFromEnv();
  try {
    const { bytes } = await backupDatabase(target, file);
    process.stderr.write(`pb: backed up ${describeTarget(target)} to ${file} (${bytes.toLocaleString("en-GB")} bytes)\n`);
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      process.stderr.write(`pb: backup: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
