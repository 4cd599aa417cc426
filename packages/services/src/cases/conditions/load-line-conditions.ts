import { describeCondition, findLineConditions, type CheckOutcome, type ConditionStatus } from "@pb/budgets";
import type { ServiceContext } from "../../shared/context";
import { readCheckReasons } from "../decisions/stored-reasons";

/** A condition of a line as a page shows it: recorded (with its id and version) or, before any approval, still to record. */
export type ConditionView = {
  id: string | null;
  requestLineId: string;
  code: string;
  /** What is to confirm, in words ("the school or college's agreement"). */
  label: string;
  /** The check's own words about it. */
  description: string;
  status: ConditionStatus;
  what: string | null;
  confirmedBy: string | null;
  confirmedOn: string | null;
  evidence: string | null;
  /** The user who recorded the confirmation. */
  recordedBy: string | null;
  version: number | null;
};

/**
 * Each line's conditions: the recorded ones, else (no approval recorded them yet) what its check left
 * to confirm, as pending with no id.
 */
export async function loadLineConditions(
  ctx: ServiceContext,
  lines: readonly { id: string; checkOutcome: CheckOutcome; checkReasons: unknown }[],
): Promise<Map<string, ConditionView[]>> {
  const rows = lines.length
    ? await ctx.db
        .selectFrom("decision_condition as k")
        .leftJoin("app_user as u", "u.id", "k.confirmed_by_user_id")
        .select(["k.id", "k.request_line_id", "k.code", "k.description", "k.status", "k.what", "k.confirmed_by", "k.confirmed_on", "k.evidence", "k.version", "u.display_name"])
        .where("k.council_id", "=", ctx.councilId)
        .where("k.request_line_id", "in", lines.map((l) => l.id))
        .orderBy("k.created_at")
        .orderBy("k.code")
        .execute()
    : [];
  const byLine = new Map<string, ConditionView[]>();
  for (const line of lines) {
    const recorded = rows.filter((r) => r.request_line_id === line.id);
    const views: ConditionView[] = recorded.length
      ? recorded.map((r) => ({
          id: r.id, requestLineId: line.id, code: r.code, label: describeCondition(r.code), description: r.description, status: r.status, what: r.what,
          confirmedBy: r.confirmed_by, confirmedOn: r.confirmed_on, evidence: r.evidence, recordedBy: r.display_name, version: r.version,
        }))
      : findLineConditions(line.checkOutcome, readCheckReasons(line.checkReasons)).map((c) => ({
          id: null, requestLineId: line.id, code: c.code, label: describeCondition(c.code), description: c.message, status: "pending" as const,
          what: null, confirmedBy: null, confirmedOn: null, evidence: null, recordedBy: null, version: null,
        }));
    byLine.set(line.id, views);
  }
  return byLine;
}
