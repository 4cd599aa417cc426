import "server-only";
import { createNotifyApi, fetchDeliveryStatuses, sendDueMessages, type NotifyApi } from "@pb/services";
import { env } from "~/env";
import { getDatabase } from "./database";

// The console sends the outbox itself when it has a Notify key: due messages every minute, Notify's
// delivery statuses every five. One server process runs one loop (kept across hot reloads); several
// processes may run at once, since senders never take the same message (`sendDueMessages`).
const SEND_EVERY_MS = 60_000;
const STATUS_EVERY = 5;
const holder = globalThis as unknown as { pbNotifySender?: NodeJS.Timeout };

/** Whether messages are sent at all: the case page says "not sent (no Notify key)" otherwise. */
export function notifyConfigured(): boolean {
  return env.notify.apiKey !== null;
}

export function startNotifySender(): void {
  if (!env.notify.apiKey || holder.pbNotifySender) return;
  let client: NotifyApi;
  try {
    client = createNotifyApi({ apiKey: env.notify.apiKey, baseUrl: env.notify.baseUrl ?? undefined });
  } catch (error) {
    // Never the key itself in a log.
    console.error(`pb: messages will not be sent: ${error instanceof Error ? error.message : "the Notify key could not be used"}`);
    return;
  }
  let running = false;
  let round = 0;
  holder.pbNotifySender = setInterval(() => {
    if (running) return;
    running = true;
    void (async () => {
      const { db } = await getDatabase();
      const sent = await sendDueMessages(db, { client });
      if (sent.sent + sent.adopted + sent.retrying + sent.failed > 0) console.info(`pb notify: ${JSON.stringify(sent)}`);
      if (round++ % STATUS_EVERY === 0) await fetchDeliveryStatuses(db, client);
    })()
      // Counts and error classes only: a message's recipient or contents never reach a log.
      .catch((error: unknown) => console.error(`pb notify: a round failed (${error instanceof Error ? error.name : "error"})`))
      .finally(() => {
        running = false;
      });
  }, SEND_EVERY_MS);
  holder.pbNotifySender.unref();
}
