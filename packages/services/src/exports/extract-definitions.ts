import { sql, type RawBuilder } from "kysely";
import { NO_POLICY_VERSION } from "@pb/db";
import {
  AGE_BAND_LABELS,
  ARRANGEMENT_LABELS,
  BUDGET_STATUS_LABELS,
  CESSATION_REASON_LABELS,
  describeCode,
  FREQUENCY_LABELS,
  labelOf,
  PAYMENT_STATUS_LABELS,
  STREAM_LABELS,
  type ExportCell,
  type ExtractColumn,
} from "@pb/reports";
import type { FilterParts } from "../dashboards/dashboard-filter";
import { sqlPseudonym, type PseudonymPads } from "./pseudonym";

export const EXTRACT_KINDS = ["payments", "budget-lines"] as const;
export type ExtractKind = (typeof EXTRACT_KINDS)[number];

/** The period's dates and the dashboards' own filters (stream, arrangement, service, age band, policy version). */
export type ExtractFilter = { councilId: string; from: string; to: string } & FilterParts;

/** A row as the database gives it: pseudonyms and an age band, never a name, a date of birth or a child's id. */
export type ExtractSourceRow = { key: string; child: string; budget: string; line: string; age_band: string } & Record<string, unknown>;

/** A defined column and the field of the source row it is read from. */
export type SourcedColumn = ExtractColumn & { from: string };

type ExtractDefinition = {
  title: string;
  /** The columns as defined once; the file's columns follow from them and the privacy choice (listExtractColumns). */
  columns: SourcedColumn[];
  /**
   * The rows the filter asks for, with the columns' fields under their `from` names, the child's id as
   * `child_id` (to count children, never written) and no pseudonyms: what a coarsened extract groups.
   */
  coarseSource: (filter: ExtractFilter) => RawBuilder<unknown>;
  /** The rows in key order; `after` continues after a key (paged reading), null starts at the beginning. */
  select: (filter: ExtractFilter, pads: PseudonymPads, after: string | null, limit: number | null) => RawBuilder<ExtractSourceRow>;
  count: (filter: ExtractFilter) => RawBuilder<{ n: number }>;
  /**
   * One cell per defined column, read from its `from` field: codes and exact values. Written out by
   * hand, not looped over `from`, because it runs once per row of a million-row extract and named
   * fields are several times faster to read (extract-definitions.test.ts holds the two together).
   */
  toCells: (row: ExtractSourceRow) => ExportCell[];
};

// Each code column gets its words beside it, from the labels the dashboards and case pages use.
const words = (labels: Readonly<Record<string, string>>) => (code: string) => labelOf(labels, code);
// The stream and the statuses are never generalised (GENERALISATION_LADDER): what kind of row it is stays said.
const codeColumns = {
  ageBand: { key: "ageBand", label: "Age band", kind: "text", words: words(AGE_BAND_LABELS), from: "age_band", generalise: { by: "ageBand" } },
  stream: { key: "stream", label: "Funding stream", kind: "text", words: words(STREAM_LABELS), from: "stream" },
  service: { key: "service", label: "Service", kind: "text", words: describeCode, from: "service", generalise: { by: "service" } },
  arrangement: { key: "arrangement", label: "Arrangement", kind: "text", words: words(ARRANGEMENT_LABELS), from: "arrangement", generalise: { by: "arrangement" } },
} satisfies Record<string, SourcedColumn>;

const common: SourcedColumn[] = [
  { key: "child", label: "Child (pseudonym)", kind: "text", from: "child", pseudonym: true },
  codeColumns.ageBand,
  { key: "budget", label: "Budget (pseudonym)", kind: "text", from: "budget", pseudonym: true },
  { key: "line", label: "Budget line (pseudonym)", kind: "text", from: "line", pseudonym: true },
];

const date = (key: string, from: string, label: string, periodLabel: string): SourcedColumn => ({ key, label, kind: "date", from, generalise: { by: "period", key: `${key.replace(/On$/, "")}Period`, label: periodLabel } });
const money = (key: string, from: string, label: string, bandLabel: string): SourcedColumn => ({ key, label, kind: "pence", from, generalise: { by: "amount", key: `${key}Band`, label: bandLabel } });

const optional = (column: RawBuilder<unknown>, value: string | undefined) => (value ? sql`and ${column} = ${value}` : sql``);
const keyAfter = (column: RawBuilder<unknown>, after: string | null) => (after ? sql`and ${column} > ${after}::uuid` : sql``);
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
const limitOf = (limit: number | null) => (limit ? sql`limit ${sql.lit(limit)}` : sql``);
const pseudonyms = (pads: PseudonymPads) => sql`
  ${sqlPseudonym(pads, "child", sql`b.child_id`)} as child, ${sqlPseudonym(pads, "budget", sql`b.id`)} as budget,
  ${sqlPseudonym(pads, "line", sql`l.id`)} as line`;

// The age band and the policy version are those on the row's own date, as the dashboards count them
// (analytics_age_band and analytics_policy_at, migration 0005): the date of birth never leaves the database.
const policyAt = (council: RawBuilder<unknown>, on: RawBuilder<unknown>, id: string | undefined) =>
  id ? sql`and coalesce(analytics_policy_at(${council}, ${on}), ${NO_POLICY_VERSION}::uuid) = ${id}::uuid` : sql``;

const LINE_JOINS = sql`join budget b on b.council_id = l.council_id and b.id = l.budget_id
    join child c on c.council_id = b.council_id and c.id = b.child_id`;

/**
 * The payments the filter asks for; service and age band reach the line and the child only when asked,
 * each by its keys for the one payment (a scalar subquery the planner cannot turn into a join over
 * every line of the council, which PGlite, with no statistics, otherwise does).
 */
function paymentConditions(f: ExtractFilter): RawBuilder<unknown> {
  const line = (column: RawBuilder<unknown>) => sql`(select ${column} from budget_line fl
    join budget fb on fb.council_id = fl.council_id and fb.id = fl.budget_id
    join child fc on fc.council_id = fb.council_id and fc.id = fb.child_id
    where fl.council_id = pay.council_id and fl.id = pay.budget_line_id)`;
  return sql`pay.council_id = ${f.councilId} and pay.due_on between ${f.from}::date and ${f.to}::date
    ${optional(sql`pay.stream`, f.stream)} ${optional(sql`pay.arrangement`, f.arrangement)}
    ${optional(line(sql`fl.service`), f.service)} ${optional(line(sql`analytics_age_band(fc.date_of_birth, pay.due_on)`), f.ageBand)}
    ${policyAt(sql`pay.council_id`, sql`pay.due_on`, f.policyVersionId)}`;
}

const payments: ExtractDefinition = {
  title: "Payments",
  columns: [
    ...common,
    codeColumns.stream,
    codeColumns.service,
    codeColumns.arrangement,
    date("dueOn", "due_on", "Due on", "Period due"),
    date("paidOn", "paid_on", "Paid on", "Period paid"),
    { key: "status", label: "Status", kind: "text", words: words(PAYMENT_STATUS_LABELS), from: "status" },
    money("amount", "amount_pence", "Amount", "Amount band"),
  ],
  select: (f, pads, after, limit) => {
    const filter = paymentConditions(f);
    // A cursor reads every row in whatever order is cheapest; a page reads the next rows by key, chosen
    // once (materialized) rather than again for each line it is matched against.
    const page = sql`page_rows as materialized (select * from payment pay where ${filter} ${keyAfter(sql`pay.id`, after)} order by pay.id ${limitOf(limit)}),`;
    const source = limit === null ? sql`(select * from payment pay where ${filter})` : sql`page_rows`;
    // Each budget line's pseudonyms are hashed once, not once per payment: hashing is the costly part of a row.
    return sql<ExtractSourceRow>`
      with ${limit === null ? sql`` : page} line_keys as materialized (
        select l.id, l.service, ${pseudonyms(pads)}, c.date_of_birth
        from budget_line l
        join budget b on b.council_id = l.council_id and b.id = l.budget_id
        join child c on c.council_id = b.council_id and c.id = b.child_id
        where l.council_id = ${f.councilId} and l.id in (select pay.budget_line_id from ${source} pay)
      )
      select pay.id::text as key, k.child, k.budget, k.line, analytics_age_band(k.date_of_birth, pay.due_on) as age_band,
        pay.stream, k.service, pay.arrangement, pay.due_on, pay.paid_on, pay.status, pay.amount_pence
      from ${source} pay
      join line_keys k on k.id = pay.budget_line_id
      ${limit === null ? sql`` : sql`order by pay.id`}`;
  },
  // The payments are chosen once (materialized), then matched to their line and child, as select does.
  coarseSource: (f) => sql`
    with chosen as materialized (select * from payment pay where ${paymentConditions(f)})
    select pay.id::text as key, c.id as child_id, analytics_age_band(c.date_of_birth, pay.due_on) as age_band,
      pay.stream, l.service, pay.arrangement, pay.due_on, pay.paid_on, pay.status, pay.amount_pence
    from chosen pay
    join budget_line l on l.council_id = pay.council_id and l.id = pay.budget_line_id
    ${LINE_JOINS}`,
  count: (f) => sql<{ n: number }>`select count(*)::int as n from payment pay where ${paymentConditions(f)}`,
  toCells: (r) => [
    r.child, r.age_band, r.budget, r.line,
    text(r.stream), text(r.service), text(r.arrangement), text(r.due_on), text(r.paid_on), text(r.status), Number(r.amount_pence),
  ],
};

/** The budget lines the filter asks for, aliased l (line), b (budget), c (child): age and policy on the line's start. */
function lineConditions(f: ExtractFilter): RawBuilder<unknown> {
  return sql`l.council_id = ${f.councilId} and l.starts_on <= ${f.to}::date and l.ends_on >= ${f.from}::date
    ${optional(sql`l.stream`, f.stream)} ${optional(sql`l.arrangement`, f.arrangement)} ${optional(sql`l.service`, f.service)}
    ${optional(sql`analytics_age_band(c.date_of_birth, l.starts_on)`, f.ageBand)}
    ${policyAt(sql`l.council_id`, sql`l.starts_on`, f.policyVersionId)}`;
}


const budgetLines: ExtractDefinition = {
  title: "Budget lines",
  columns: [
    ...common,
    { key: "budgetStatus", label: "Budget status", kind: "text", words: words(BUDGET_STATUS_LABELS), from: "budget_status" },
    codeColumns.stream,
    codeColumns.service,
    codeColumns.arrangement,
    { key: "frequency", label: "Frequency", kind: "text", words: words(FREQUENCY_LABELS), from: "frequency", generalise: { by: "detail" } },
    date("startsOn", "starts_on", "Starts on", "Period it starts"),
    date("endsOn", "ends_on", "Ends on", "Period it ends"),
    money("annualAmount", "annual_amount_pence", "Annual amount", "Annual amount band"),
    date("ceasedOn", "ceased_on", "Budget ceased on", "Period the budget ceased"),
    { key: "cessationReason", label: "Cessation reason", kind: "text", words: words(CESSATION_REASON_LABELS), from: "reason_code", generalise: { by: "detail" } },
  ],
  select: (f, pads, after, limit) => sql<ExtractSourceRow>`
    select l.id::text as key, ${pseudonyms(pads)}, analytics_age_band(c.date_of_birth, l.starts_on) as age_band,
      b.status as budget_status, l.stream, l.service, l.arrangement, l.frequency, l.starts_on, l.ends_on,
      l.annual_amount_pence, b.ceased_on, x.reason_code
    from budget_line l
    ${LINE_JOINS}
    left join cessation x on x.council_id = b.council_id and x.budget_id = b.id
    where ${lineConditions(f)} ${keyAfter(sql`l.id`, after)}
    order by l.id ${limitOf(limit)}`,
  coarseSource: (f) => sql`
    select l.id::text as key, c.id as child_id, analytics_age_band(c.date_of_birth, l.starts_on) as age_band,
      b.status as budget_status, l.stream, l.service, l.arrangement, l.frequency, l.starts_on, l.ends_on,
      l.annual_amount_pence, b.ceased_on, x.reason_code
    from budget_line l
    ${LINE_JOINS}
    left join cessation x on x.council_id = b.council_id and x.budget_id = b.id
    where ${lineConditions(f)}`,
  // Counting joins the child only when the age band needs it: the count comes before every download.
  count: (f) => sql<{ n: number }>`select count(*)::int as n from budget_line l ${f.ageBand ? LINE_JOINS : sql``} where ${lineConditions(f)}`,
  toCells: (r) => [
    r.child, r.age_band, r.budget, r.line,
    text(r.budget_status), text(r.stream), text(r.service), text(r.arrangement), text(r.frequency), text(r.starts_on), text(r.ends_on),
    Number(r.annual_amount_pence), text(r.ceased_on), text(r.reason_code),
  ],
};

export const EXTRACTS: Record<ExtractKind, ExtractDefinition> = { payments, "budget-lines": budgetLines };
