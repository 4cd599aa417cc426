import type { QueueRow } from "../queues/queue-words";
import type { ServiceContext } from "../shared/context";
import { listDirectPaymentAccounts } from "./list-accounts";
import { listReturnsDue } from "./list-returns-due";

type Loader = (ctx: ServiceContext) => Promise<QueueRow[]>;

const STATE_WORDS = { due: "due", late: "late", overdue: "overdue, escalate it" } as const;

/** The reminders sent for a return, beside the number after which the policy escalates it. */
export function describeReminders(sent: number, beforeEscalation: number): string {
  if (sent === 0) return `no reminder sent yet (escalated after ${beforeEscalation})`;
  if (sent > beforeEscalation) return `${sent} reminders sent (escalated after ${beforeEscalation})`;
  return `${sent} of ${beforeEscalation} ${beforeEscalation === 1 ? "reminder" : "reminders"} sent`;
}

/** Returns owed: due, late, and overdue after the policy's number of reminders (which the detail states). */
export const loadReturnsQueue: Loader = async (ctx) => {
  const { rows, remindersBeforeEscalation } = await listReturnsDue(ctx);
  return rows.slice(0, 200).map((r) => ({
    id: `${r.accountId}:${r.periodStart}`, childId: r.childId, childReference: r.childReference, dueOn: r.dueOn,
    detail: `Return for ${r.label}: ${STATE_WORDS[r.state as keyof typeof STATE_WORDS] ?? r.state}; ${describeReminders(r.reminders, remindersBeforeEscalation)}`,
    href: `/finance/accounts/${r.accountId}`,
  }));
};

/** Accounts holding more than the policy's weeks of their budget, for a recovery decision. */
export const loadUnderspendQueue: Loader = async (ctx) => {
  const { accounts } = await listDirectPaymentAccounts(ctx, { flaggedOnly: true });
  return accounts.slice(0, 200).map((a) => ({
    id: a.id, childId: a.childId, childReference: a.childReference, dueOn: null,
    detail: a.underspend.status !== "flagged" ? "Underspend" : a.underspend.noBudgetInForce ? "A balance left with no direct payment in force" : `Underspend of more than ${a.underspend.weeks} weeks of the budget`,
    href: `/finance/accounts/${a.id}`,
  }));
};
