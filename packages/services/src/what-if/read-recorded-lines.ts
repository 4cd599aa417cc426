import { sql } from "kysely";
import type { CheckInput, Outcome } from "@pb/eligibility";
import type { RecordedLine } from "@pb/reports";
import type { ServiceContext } from "../shared/context";

type LineRow = {
  request_id: string;
  stage: CheckInput["request"]["stage"];
  facts: string;
  line_no: number;
  stream: CheckInput["request"]["stream"];
  service: string;
  arrangement: CheckInput["request"]["arrangement"];
  recipient: CheckInput["request"]["recipient"];
  on_school_premises: boolean;
  school_agreed: boolean | null;
  need_identified_by_professional: boolean | null;
  annual_cost_pence: number;
  commissioned_cost_pence: number | null;
  linked_outcomes: string[];
  check_outcome: Outcome;
  codes: string[];
  policy_version_id: string;
  checked_on: string;
  decision_outcome: string | null;
  amount_pence: number | null;
};

export type RecordedBatch = { lines: RecordedLine[]; versionIds: string[] };

/** Rows fetched per round trip: a few megabytes at most, whatever the period holds. */
export const WHAT_IF_BATCH_ROWS = 5_000;

/**
 * Streams the lines of the requests received in a period, with what their check recorded and the
 * amount their live decision approved, through a cursor in the council's transaction: memory stays
 * the same at national scale. The child's name never leaves the database; only the recorded facts do.
 */
/** Which lines to read: those recorded under a version, in a stream and service, for (or not for) a direct payment. */
export type LineGroupKey = { versionId: string; stream: string; service: string; directPayment: boolean };

/** The period's lines counted by the version they were recorded under, stream, service, arrangement and outcome. */
export async function countRecordedLines(ctx: ServiceContext, period: { from: string; to: string }) {
  const { rows } = await sql<{ version_id: string; stream: CheckInput["request"]["stream"]; service: string; direct_payment: boolean; outcome: Outcome; lines: number }>`
    select l.policy_version_id as version_id, l.stream, l.service, l.arrangement = 'direct_payment' as direct_payment, l.check_outcome as outcome, count(*)::int as lines
    from pb_request r
    join request_line l on l.council_id = r.council_id and l.request_id = r.id
    where r.council_id = ${ctx.councilId} and r.received_on between ${period.from} and ${period.to} and r.status <> 'withdrawn'
    group by 1, 2, 3, 4, 5`.execute(ctx.db);
  return rows;
}

const onlyGroups = (only: readonly LineGroupKey[] | undefined) =>
  only === undefined
    ? sql``
    : sql`and (l.policy_version_id, l.stream, l.service, l.arrangement = 'direct_payment') in (${sql.join(only.map((g) => sql`(${g.versionId}::uuid, ${g.stream}, ${g.service}, ${g.directPayment})`))})`;

export async function* readRecordedLines(ctx: ServiceContext, period: { from: string; to: string }, only?: readonly LineGroupKey[]): AsyncGenerator<RecordedBatch> {
  if (only !== undefined && only.length === 0) return;
  // Every row will be read: plan for the whole result, not for the first rows as cursors do by default.
  await sql`set local cursor_tuple_fraction = 1`.execute(ctx.db);
  await sql`declare what_if_lines no scroll cursor for
    select r.id as request_id, r.stage, r.facts::text as facts, l.line_no, l.stream, l.service, l.arrangement, l.recipient,
      l.on_school_premises, l.school_agreed, l.need_identified_by_professional, l.annual_cost_pence,
      l.commissioned_cost_pence, l.linked_outcomes, l.check_outcome, l.policy_version_id, l.checked_on,
      jsonb_path_query_array(l.check_reasons, '$[*].code') as codes,
      d.outcome as decision_outcome, d.amount_pence
    from pb_request r
    join request_line l on l.council_id = r.council_id and l.request_id = r.id
    left join decision d on d.council_id = l.council_id and d.request_line_id = l.id
      and not exists (select 1 from decision s where s.council_id = d.council_id and s.supersedes_decision_id = d.id)
    where r.council_id = ${ctx.councilId} and r.received_on between ${period.from} and ${period.to} and r.status <> 'withdrawn'
      ${onlyGroups(only)}
    order by r.id, l.line_no`.execute(ctx.db);
  // A request's lines come together; its facts are read once for all of them.
  let factsOf: { requestId: string; facts: CheckInput["child"] } | null = null;
  const readFacts = (row: LineRow): CheckInput["child"] => {
    if (factsOf?.requestId !== row.request_id) factsOf = { requestId: row.request_id, facts: JSON.parse(row.facts) as CheckInput["child"] };
    return factsOf.facts;
  };
  // The next batch is asked for before this one is checked, so the database and Node work side by side.
  const fetchNext = () => sql<LineRow>`fetch forward ${sql.lit(WHAT_IF_BATCH_ROWS)} from what_if_lines`.execute(ctx.db).then((r) => r.rows);
  let next: Promise<LineRow[]> | null = fetchNext();
  let failed = false;
  try {
    for (;;) {
      const rows: LineRow[] = await next;
      if (!rows.length) return;
      next = fetchNext();
      yield { lines: rows.map((row) => toRecordedLine(row, readFacts(row))), versionIds: rows.map((r) => r.policy_version_id) };
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await next?.catch(() => undefined);
    next = null;
    // After a failure the transaction is rolling back, and the cursor with it.
    if (!failed) await sql`close what_if_lines`.execute(ctx.db);
  }
}

function toRecordedLine(row: LineRow, facts: CheckInput["child"]): RecordedLine {
  const approved = row.decision_outcome === "approved" || row.decision_outcome === "approved_changed";
  return {
    requestId: row.request_id,
    lineNo: row.line_no,
    input: {
      asOf: row.checked_on,
      child: facts,
      request: {
        stream: row.stream,
        service: row.service,
        arrangement: row.arrangement,
        stage: row.stage,
        recipient: row.recipient,
        onSchoolPremises: row.on_school_premises,
        schoolAgreed: row.school_agreed,
        needIdentifiedByProfessional: row.need_identified_by_professional,
        annualCostPence: row.annual_cost_pence,
        commissionedCostPence: row.commissioned_cost_pence,
        linkedOutcomes: row.linked_outcomes,
      },
    } as CheckInput,
    recordedOutcome: row.check_outcome,
    recordedCodes: row.codes,
    approvedPence: approved ? row.amount_pence : null,
  };
}
