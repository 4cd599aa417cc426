import { createNotifyApi, fetchDeliveryStatuses, sendDueMessages } from "@pb/services";
import { openDatabaseFromEnv } from "../database-from-env";
import { usageError } from "../io";

export const NOTIFY_USAGE = `usage: pb notify send | pb notify status
  send    sends every message in the outbox that is due, through GOV.UK Notify, each once
  status  fetches Notify's delivery status of the messages sent and not yet final
  Needs NOTIFY_API_KEY (NOTIFY_BASE_URL only for a test server). Prints counts, never a recipient.`;

export async function run(args: string[]): Promise<number> {
  const [sub] = args;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    process.stdout.write(`${NOTIFY_USAGE}\n`);
    return 0;
  }
  if (sub !== "send" && sub !== "status") return usageError(sub ? `notify: unknown subcommand "${sub}"\n${NOTIFY_USAGE}` : NOTIFY_USAGE);
  const apiKey = process.env.NOTIFY_API_KEY?.trim();
  if (!apiKey) return usageError("notify: NOTIFY_API_KEY is not set, so nothing can be sent (README, GOV.UK Notify)");
  let client;
  try {
    client = createNotifyApi({ apiKey, baseUrl: process.env.NOTIFY_BASE_URL?.trim() || undefined });
  } catch (error) {
    return usageError(`notify: ${error instanceof Error ? error.message : "the key could not be used"}`);
  }
  const database = await openDatabaseFromEnv();
  try {
    if (sub === "send") {
      const s = await sendDueMessages(database.db, { client });
      process.stdout.write(`sent ${s.sent}, adopted ${s.adopted} (already at Notify), to retry ${s.retrying}, given up ${s.failed}\n`);
    } else {
      const s = await fetchDeliveryStatuses(database.db, client);
      process.stdout.write(`checked ${s.checked}, changed ${s.changed}${s.unreachable ? `, Notify unreachable for ${s.unreachable} council(s)` : ""}\n`);
    }
    return 0;
  } finally {
    await database.close();
  }
}
