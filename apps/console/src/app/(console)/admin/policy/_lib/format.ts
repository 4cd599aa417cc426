import { formatIsoDateEnGb } from "@pb/calendar";

/** "1 September 2025", or a dash when there is no date. */
export function formatDate(date: string | null | undefined): string {
  return date ? formatIsoDateEnGb(date) : "—";
}

/** "1 September 2025" from an ISO timestamp, in the UK's day. */
export function formatTimestamp(timestamp: string | null | undefined): string {
  if (!timestamp) return "—";
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(timestamp));
  return formatDate(day);
}

export function describeStatus(version: { status: string; id: string; effectiveFrom: string | null }, inForceId: string | null, today: string): string {
  if (version.status === "draft") return "Draft";
  if (version.id === inForceId) return "In force";
  if (version.effectiveFrom && version.effectiveFrom > today) return "Published, not yet in force";
  return "Replaced";
}
