import { addDays, parseIsoDate } from "@pb/calendar";
import type { QueueDefinition } from "../queues/queue-definitions";
import { loadChecksDue, loadPolicyReviewDue } from "./monitoring-queues";

const asContext = (db: Parameters<QueueDefinition["load"]>[0], councilId: string, today: string) => ({ db, councilId, actorUserId: null, today });
const CHECK_WINDOW_DAYS = 28;

// The policy's own monitoring (T4) and its formal review (T8); listed in QUEUE_DEFINITIONS with the others.
export const MONITORING_QUEUE_DEFINITIONS: readonly QueueDefinition[] = [
  {
    id: "monitoring_checks_due",
    title: "Direct payment monitoring checks due",
    action: "Check how the direct payment is used, as often as the policy sets, and record the check on the budget (T4).",
    roles: ["case_officer", "admin"],
    windowDays: CHECK_WINDOW_DAYS,
    load: (db, councilId, today) => loadChecksDue(asContext(db, councilId, today), "monitoring", addDays(parseIsoDate(today), CHECK_WINDOW_DAYS)),
  },
  {
    id: "finance_checks_due",
    title: "Direct payment finance checks due",
    action: "Check the direct payment account, as often as the policy sets, and record the check on the budget (T4).",
    roles: ["finance_officer"],
    windowDays: CHECK_WINDOW_DAYS,
    load: (db, councilId, today) => loadChecksDue(asContext(db, councilId, today), "finance_check", addDays(parseIsoDate(today), CHECK_WINDOW_DAYS)),
  },
  {
    id: "policy_review_due",
    title: "Formal review of the policy",
    action: "Review the policy formally, as it says, and publish the reviewed version (T8). It shows here three months before it is due.",
    roles: ["admin", "manager"],
    // Three months: the whole time it is in the queue before its date counts as due soon.
    windowDays: 92,
    load: (db, councilId, today) => loadPolicyReviewDue(asContext(db, councilId, today)),
  },
];
