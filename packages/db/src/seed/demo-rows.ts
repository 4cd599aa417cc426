import type { Insertable } from "kysely";
import type { DB } from "../schema";

/** Rows collected in memory, then written table by table in dependency order. */
export class DemoRows {
  readonly tables: { [T in keyof DB]?: Insertable<DB[T]>[] } = {};

  push<T extends keyof DB>(table: T, row: Insertable<DB[T]>): void {
    const rows = (this.tables[table] ??= []) as Insertable<DB[T]>[];
    rows.push(row);
  }

  /** Takes back a row pushed earlier (the same object). */
  remove<T extends keyof DB>(table: T, row: Insertable<DB[T]>): void {
    const rows = this.tables[table] as Insertable<DB[T]>[] | undefined;
    const at = rows?.indexOf(row) ?? -1;
    if (at >= 0) rows?.splice(at, 1);
  }

  count(table: keyof DB): number {
    return this.tables[table]?.length ?? 0;
  }
}

export const INSERT_ORDER: (keyof DB)[] = [
  "child", "plan", "plan_outcome", "pb_request", "request_line", "decision", "decision_condition", "budget", "budget_line",
  "agreement", "payment", "review", "cessation", "disagreement", "audit_log",
];
