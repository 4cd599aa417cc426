import { sql, type RawBuilder } from "kysely";
import { AGE_BAND_LABELS, findAgeBand, type ExportCell, type ExportColumn } from "@pb/reports";
import { sqlPseudonym, type PseudonymPads } from "./pseudonym";

export const EXTRACT_KINDS = ["payments", "budget-lines"] as const;
export type ExtractKind = (typeof EXTRACT_KINDS)[number];

export type ExtractFilter = { councilId: string; from: string; to: string; stream?: string; arrangement?: string };

/** A row as the database gives it: pseudonyms and an age, never a name, a date of birth or a child's id. */
export type ExtractSourceRow = { key: string; child: string; budget: string; line: string; age: number } & Record<string, unknown>;

type ExtractDefinition = {
  title: string;
  columns: ExportColumn[];
  /** The rows in key order; `after` continues after a key (paged reading), null starts at the beginning. */
  select: (filter: ExtractFilter, pads: PseudonymPads, after: string | null, limit: number | null) => RawBuilder<ExtractSourceRow>;
  count: (filter: ExtractFilter) => RawBuilder<{ n: number }>;
  toCells: (row: ExtractSourceRow) => ExportCell[];
};

const common: ExportColumn[] = [
  { key: "child", label: "Child (pseudonym)", kind: "text" },
  { key: "ageBand", label: "Age band", kind: "text" },
  { key: "budget", label: "Budget (pseudonym)", kind: "text" },
  { key: "line", label: "Budget line (pseudonym)", kind: "text" },
];

const ageBandOf = (age: number) => AGE_BAND_LABELS[findAgeBand(Math.max(0, Number(age)))];
const optional = (column: RawBuilder<unknown>, value: string | undefined) => (value ? sql`and ${column} = ${value}` : sql``);
const keyAfter = (column: RawBuilder<unknown>, after: string | null) => (after ? sql`and ${column} > ${after}::uuid` : sql``);
const limitOf = (limit: number | null) => (limit ? sql`limit ${sql.lit(limit)}` : sql``);
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
const pseudonyms = (pads: PseudonymPads) => sql`
  ${sqlPseudonym(pads, "child", sql`b.child_id`)} as child, ${sqlPseudonym(pads, "budget", sql`b.id`)} as budget,
  ${sqlPseudonym(pads, "line", sql`l.id`)} as line`;

// The age is taken on the row's own date (due date, or the line's start), in whole years, in SQL:
// the date of birth never leaves the database.
const payments: ExtractDefinition = {
  title: "Payments",
  columns: [
    ...common,
    { key: "stream", label: "Funding stream", kind: "text" },
    { key: "service", label: "Service", kind: "text" },
    { key: "arrangement", label: "Arrangement", kind: "text" },
    { key: "dueOn", label: "Due on", kind: "date" },
    { key: "paidOn", label: "Paid on", kind: "date" },
    { key: "status", label: "Status", kind: "text" },
    { key: "amount", label: "Amount", kind: "pence" },
  ],
  select: (f, pads, after, limit) => {
    const filter = sql`pay.council_id = ${f.councilId} and pay.due_on between ${f.from}::date and ${f.to}::date
      ${optional(sql`pay.stream`, f.stream)} ${optional(sql`pay.arrangement`, f.arrangement)}`;
    // A cursor reads every row in whatever order is cheapest; a page reads the next rows by key.
    const source = limit === null
      ? sql`(select * from payment pay where ${filter})`
      : sql`(select * from payment pay where ${filter} ${keyAfter(sql`pay.id`, after)} order by pay.id ${limitOf(limit)})`;
    // Each budget line's pseudonyms are hashed once, not once per payment: hashing is the costly part of a row.
    return sql<ExtractSourceRow>`
      with line_keys as materialized (
        select l.id, l.service, ${pseudonyms(pads)}, c.date_of_birth
        from budget_line l
        join budget b on b.council_id = l.council_id and b.id = l.budget_id
        join child c on c.council_id = b.council_id and c.id = b.child_id
        where l.council_id = ${f.councilId} and l.id in (select pay.budget_line_id from ${source} pay)
      )
      select pay.id::text as key, k.child, k.budget, k.line, date_part('year', age(pay.due_on, k.date_of_birth))::int as age,
        pay.stream, k.service, pay.arrangement, pay.due_on, pay.paid_on, pay.status, pay.amount_pence
      from ${source} pay
      join line_keys k on k.id = pay.budget_line_id
      ${limit === null ? sql`` : sql`order by pay.id`}`;
  },
  count: (f) => sql<{ n: number }>`
    select count(*)::int as n from payment pay
    where pay.council_id = ${f.councilId} and pay.due_on between ${f.from}::date and ${f.to}::date
      ${optional(sql`pay.stream`, f.stream)} ${optional(sql`pay.arrangement`, f.arrangement)}`,
  toCells: (r) => [
    r.child, ageBandOf(r.age), r.budget, r.line,
    text(r.stream), text(r.service), text(r.arrangement), text(r.due_on), text(r.paid_on), text(r.status), Number(r.amount_pence),
  ],
};

const budgetLines: ExtractDefinition = {
  title: "Budget lines",
  columns: [
    ...common,
    { key: "budgetStatus", label: "Budget status", kind: "text" },
    { key: "stream", label: "Funding stream", kind: "text" },
    { key: "service", label: "Service", kind: "text" },
    { key: "arrangement", label: "Arrangement", kind: "text" },
    { key: "frequency", label: "Frequency", kind: "text" },
    { key: "startsOn", label: "Starts on", kind: "date" },
    { key: "endsOn", label: "Ends on", kind: "date" },
    { key: "annualAmount", label: "Annual amount", kind: "pence" },
    { key: "ceasedOn", label: "Budget ceased on", kind: "date" },
    { key: "cessationReason", label: "Cessation reason", kind: "text" },
  ],
  select: (f, pads, after, limit) => sql<ExtractSourceRow>`
    select l.id::text as key, ${pseudonyms(pads)},
      date_part('year', age(l.starts_on, c.date_of_birth))::int as age,
      b.status as budget_status, l.stream, l.service, l.arrangement, l.frequency, l.starts_on, l.ends_on,
      l.annual_amount_pence, b.ceased_on, x.reason_code
    from budget_line l
    join budget b on b.council_id = l.council_id and b.id = l.budget_id
    join child c on c.council_id = b.council_id and c.id = b.child_id
    left join cessation x on x.council_id = b.council_id and x.budget_id = b.id
    where l.council_id = ${f.councilId} and l.starts_on <= ${f.to}::date and l.ends_on >= ${f.from}::date
      ${optional(sql`l.stream`, f.stream)} ${optional(sql`l.arrangement`, f.arrangement)} ${keyAfter(sql`l.id`, after)}
    order by l.id ${limitOf(limit)}`,
  count: (f) => sql<{ n: number }>`
    select count(*)::int as n from budget_line l
    where l.council_id = ${f.councilId} and l.starts_on <= ${f.to}::date and l.ends_on >= ${f.from}::date
      ${optional(sql`l.stream`, f.stream)} ${optional(sql`l.arrangement`, f.arrangement)}`,
  toCells: (r) => [
    r.child, ageBandOf(r.age), r.budget, r.line,
    text(r.budget_status), text(r.stream), text(r.service), text(r.arrangement), text(r.frequency), text(r.starts_on), text(r.ends_on),
    Number(r.annual_amount_pence), text(r.ceased_on), text(r.reason_code),
  ],
};

export const EXTRACTS: Record<ExtractKind, ExtractDefinition> = { payments, "budget-lines": budgetLines };
