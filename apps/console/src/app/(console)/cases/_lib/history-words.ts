import { ACTION_LABELS, FIELD_LABELS } from "./case-words";

// The case history's words: an audit row's values before and after, one line per field.

export type Change = { field: string; before: string; after: string };

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    return value.map((v) => (v && typeof v === "object" && "code" in v ? `${String((v as { code: unknown }).code)}: ${String((v as { description?: unknown }).description ?? "")}` : show(v))).join("; ");
  }
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "string") return value.replaceAll("_", " ");
  return String(value);
}

const label = (field: string) => FIELD_LABELS[field] ?? field.replace(/([A-Z])/g, " $1").toLowerCase().replace(/^./, (c) => c.toUpperCase());

/** One change per field in either value; a creation has only "after", so "before" shows as —. */
export function describeChanges(before: unknown, after: unknown): Change[] {
  const b = before && typeof before === "object" && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === "object" && !Array.isArray(after) ? (after as Record<string, unknown>) : {};
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].map((field) => ({ field: label(field), before: show(b[field]), after: show(a[field]) }));
}

export function describeAction(action: string): string {
  return ACTION_LABELS[action] ?? action.replace(".", ": ").replaceAll("_", " ");
}

const WHEN = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });

export function formatWhen(iso: string): string {
  return WHEN.format(new Date(iso));
}
