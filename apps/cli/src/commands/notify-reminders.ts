import { enqueueDueReminders } from "@pb/services";
import { parseIsoDate, todayIso } from "@pb/calendar";
import { openDatabaseFromEnv } from "../database-from-env";
import { parseFlags, printJson, usageError } from "../io";

export const REMINDERS_USAGE = `usage: pb notify reminders [--today YYYY-MM-DD]
  Queues the reminders due today in every council, to be sent by GOV.UK Notify: a budget's review due
  within 4 weeks, and a direct payment return owed (until 4 weeks after it was due); by email, to
  families who gave an email address. Each is queued once per due date, so it is safe to run as often
  as you like (once a day from cron is plenty). Prints {"councils":…,"reviewReminders":…,"returnReminders":…},
  counting the messages newly queued. --today fixes the day (the demo's is 2026-10-31).`;

/** `pb notify reminders`, a subcommand of `pb notify`. */
export async function runReminders(args: string[]): Promise<number> {
  const flags = parseFlags(args, { values: ["today"], switches: ["help"] });
  if (flags.help) {
    process.stdout.write(`${REMINDERS_USAGE}\n`);
    return 0;
  }
  const today = flags.today ?? todayIso();
  try {
    parseIsoDate(today);
  } catch {
    return usageError(`--today: must be a date written YYYY-MM-DD\n${REMINDERS_USAGE}`);
  }
  const database = await openDatabaseFromEnv();
  try {
    printJson(await enqueueDueReminders(database.db, { today }));
    return 0;
  } finally {
    await database.close();
  }
}
