import { createHash } from "node:crypto";
import { addDays, parseIsoDate } from "@pb/calendar";
import { describeCondition, findLineConditions } from "@pb/budgets";
import type { CheckResult } from "@pb/eligibility";
import type { Insertable } from "kysely";
import type { DecisionConditionTable } from "../schema";
import type { DemoRows } from "./demo-rows";

// The conditions of the demo's approvals of conditional lines. Older ones were confirmed when the panel
// decided; those decided in the last weeks before the demo's today wait, so the queue has items, unless a
// payment of their line has gone (a line is never paid before its conditions are confirmed). No draws
// from the story's random stream: the rest of the demo stays exactly as it was.

const PENDING_DAYS = 60;
const CONFIRMED_BY: Record<string, string> = {
  SCHOOL_AGREEMENT_REQUIRED: "Head teacher",
  PROFESSIONAL_IDENTIFICATION_REQUIRED: "Occupational therapist",
  CAPACITY_NOT_CONFIRMED: "Social worker",
  COST_COMPARISON_REQUIRED: "Commissioning officer",
};

type Pending = { row: Insertable<DecisionConditionTable>; childId: string; decidedOn: string };
export type DemoConditions = { pending: Pending[]; caseOfficer: string };

/** A deterministic id for a seeded condition, from its decision and code. */
function conditionId(decisionId: string, code: string): string {
  const hex = createHash("sha256").update(`${decisionId}/${code}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function confirmation(code: string, decidedOn: string, caseOfficer: string) {
  return {
    status: "confirmed" as const, what: `Confirmed: ${describeCondition(code)}.`, confirmed_by: CONFIRMED_BY[code] ?? "Case officer", confirmed_on: decidedOn,
    evidence: "Letter on the case file.", confirmed_by_user_id: caseOfficer,
  };
}

export function writeDemoConditions(
  rows: DemoRows,
  conditions: DemoConditions,
  args: { councilId: string; today: string; childId: string; requestLineId: string; decisionId: string; decidedOn: string; check: CheckResult },
): void {
  const recent = args.decidedOn > addDays(parseIsoDate(args.today), -PENDING_DAYS);
  for (const c of findLineConditions(args.check.outcome, args.check.reasons)) {
    const row: Insertable<DecisionConditionTable> = {
      council_id: args.councilId, id: conditionId(args.decisionId, c.code), request_line_id: args.requestLineId, decision_id: args.decisionId, code: c.code, description: c.message,
      ...(recent ? { status: "pending" as const } : confirmation(c.code, args.decidedOn, conditions.caseOfficer)),
    };
    rows.push("decision_condition", row);
    if (recent) conditions.pending.push({ row, childId: args.childId, decidedOn: args.decidedOn });
  }
  rows.push("audit_log", {
    council_id: args.councilId, actor_user_id: conditions.caseOfficer, child_id: args.childId, action: "decision.conditions", entity: "decision", entity_id: args.decisionId,
    before: null, after: JSON.stringify({ seeded: true }), at: new Date(`${args.decidedOn}T10:00:00Z`),
  });
}

/** Confirms, on the day of the decision, the waiting conditions of any line a payment was made on. */
export function confirmPaidConditions(rows: DemoRows, conditions: DemoConditions): void {
  const lineDecision = new Map((rows.tables.budget_line ?? []).map((l) => [l.id, l.decision_id]));
  const paid = new Set((rows.tables.payment ?? []).filter((p) => p.status === "paid" || p.status === "failed").map((p) => lineDecision.get(p.budget_line_id)));
  for (const p of conditions.pending) {
    if (paid.has(p.row.decision_id)) Object.assign(p.row, confirmation(p.row.code, p.decidedOn, conditions.caseOfficer));
  }
}
