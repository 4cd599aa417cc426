export type DueStatus = "overdue" | "due_today" | "due_soon" | "later";

/**
 * How urgent a dated task is: overdue after its date, due soon within the window (inclusive).
 * Dates are ISO strings, so comparing them as text compares the days.
 */
export function classifyDue(dueOn: string, today: string, windowDays: number, addDays: (date: string, n: number) => string): DueStatus {
  if (dueOn < today) return "overdue";
  if (dueOn === today) return "due_today";
  return dueOn <= addDays(today, windowDays) ? "due_soon" : "later";
}

export const DUE_STATUS_WORDS: Record<DueStatus, string> = {
  overdue: "Overdue",
  due_today: "Due today",
  due_soon: "Due soon",
  later: "Not yet due",
};
