import type { OutboxStatus } from "@pb/db";

/** Notify's delivery statuses after which nothing changes (as migration 0026 lists them): no more asking. */
export const FINAL_DELIVERY_STATUSES = ["delivered", "permanent-failure", "temporary-failure", "technical-failure", "validation-failed", "cancelled", "returned-letter"] as const;

// Notify's statuses for emails and letters (its API documentation, "Get message status"), in words for staff.
const DELIVERY_WORDS: Record<string, string> = {
  created: "Queued by Notify",
  sending: "Being delivered",
  delivered: "Delivered",
  "permanent-failure": "Not delivered: the address was wrong or the inbox does not exist",
  "temporary-failure": "Not delivered: the inbox was full or unavailable",
  "technical-failure": "Not delivered: a problem at Notify",
  "pending-virus-check": "Being checked by Notify",
  "virus-scan-failed": "Not sent: the letter failed Notify's virus check",
  "validation-failed": "Not sent: Notify could not print the letter (check the address block)",
  accepted: "Being printed",
  received: "Posted",
  cancelled: "Cancelled",
  "returned-letter": "Returned to sender",
};

/** Notify's delivery status in words; null when not yet known. */
export function describeDeliveryStatus(status: string | null): string | null {
  if (!status) return null;
  return DELIVERY_WORDS[status] ?? `Notify says "${status}"`;
}

/** The outbox's own state in words, as the case page shows it. Without a Notify key nothing is sent and the row says so. */
export function describeOutboxStatus(row: { status: OutboxStatus; attempts: number; lastError: string | null }, notifyConfigured: boolean): string {
  switch (row.status) {
    case "sent":
      return "Sent to Notify";
    case "failed":
      return `Not sent: ${row.lastError ?? "Notify refused it"}`;
    case "sending":
      return "Sending";
    case "pending":
      if (!notifyConfigured) return "Not sent (no Notify key)";
      return row.attempts === 0 ? "Waiting to send" : `Not sent yet, will try again: ${row.lastError ?? "the last attempt failed"}`;
  }
}
