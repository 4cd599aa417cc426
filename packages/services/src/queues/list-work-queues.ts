import { addDays, parseIsoDate } from "@pb/calendar";
import { classifyDue, type DueStatus } from "@pb/reviews";
import type { QueueRow } from "./queue-words";
import type { ServiceContext } from "../shared/context";
import { QUEUE_DEFINITIONS } from "./queue-definitions";

export type WorkQueueItem = QueueRow & { status: DueStatus | "waiting" };
export type WorkQueue = { id: string; title: string; action: string; items: WorkQueueItem[]; overdue: number };

const plus = (date: string, days: number) => addDays(parseIsoDate(date), days);

/** The queues for the caller's roles, each item marked overdue, due today, due soon or waiting. */
export async function listWorkQueues(ctx: ServiceContext, roles: readonly string[]): Promise<WorkQueue[]> {
  const queues: WorkQueue[] = [];
  for (const definition of QUEUE_DEFINITIONS) {
    if (!definition.roles.some((r) => roles.includes(r))) continue;
    const rows = await definition.load(ctx.db, ctx.councilId, ctx.today);
    const items = rows.map((row) => ({
      ...row,
      status: row.dueOn && definition.windowDays > 0 ? classifyDue(row.dueOn, ctx.today, definition.windowDays, plus) : ("waiting" as const),
    }));
    queues.push({ id: definition.id, title: definition.title, action: definition.action, items, overdue: items.filter((i) => i.status === "overdue").length });
  }
  return queues;
}
