import type { QueueDefinition } from "../queues/queue-definitions";
import { loadReturnsQueue, loadUnderspendQueue } from "./finance-queues";

const asContext = (db: Parameters<QueueDefinition["load"]>[0], councilId: string, today: string) => ({ db, councilId, actorUserId: null, today });

// The finance officers' queues; listed in QUEUE_DEFINITIONS with the others.
export const FINANCE_QUEUE_DEFINITIONS: readonly QueueDefinition[] = [
  {
    id: "returns_due",
    title: "Direct payment returns due, late and overdue",
    action: "Chase the return; after the policy's number of reminders, escalate it to the case officer (T4).",
    roles: ["finance_officer"],
    windowDays: 14,
    load: (db, councilId, today) => loadReturnsQueue(asContext(db, councilId, today)),
  },
  {
    id: "underspend_flags",
    title: "Accounts flagged for underspend",
    action: "Look at the family's circumstances and record a recovery decision with reasons (T4).",
    roles: ["finance_officer"],
    windowDays: 0,
    load: (db, councilId, today) => loadUnderspendQueue(asContext(db, councilId, today)),
  },
];
