// Rows as PostgreSQL COPY text: tab-separated, \N for null, backslash escapes. Each table's columns are
// listed here once, in the order its COPY names them, so a new defaulted column never breaks the load.
export const COPY_COLUMNS = {
  child: ["council_id", "id", "reference", "given_name", "family_name", "date_of_birth", "continuing_care_eligible", "short_breaks_level", "transport_entitled", "young_person_has_capacity", "created_at"],
  plan: ["council_id", "id", "child_id", "type", "status", "issued_on", "last_annual_review_on", "next_annual_review_on", "created_at"],
  plan_outcome: ["council_id", "id", "plan_id", "code", "description"],
  pb_request: ["council_id", "id", "child_id", "plan_id", "stage", "received_on", "status", "facts", "created_by", "created_at"],
  request_line: ["council_id", "id", "request_id", "line_no", "stream", "service", "arrangement", "recipient", "on_school_premises", "school_agreed", "need_identified_by_professional", "annual_cost_pence", "commissioned_cost_pence", "linked_outcomes", "check_outcome", "check_reasons", "policy_version_id", "checked_on"],
  decision: ["council_id", "id", "request_line_id", "outcome", "amount_pence", "arrangement", "reasons", "panel", "decided_on", "decided_by", "family_told_on", "letter_sent_on", "policy_version_id", "created_at"],
  budget: ["council_id", "id", "child_id", "plan_id", "budget_version", "status", "starts_on", "ends_on", "request_id", "supersedes_budget_id", "ceased_on", "created_at"],
  budget_line: ["council_id", "id", "budget_id", "stream", "service", "arrangement", "annual_amount_pence", "frequency", "starts_on", "ends_on", "decision_id", "linked_outcomes", "on_school_premises", "created_at"],
  agreement: ["council_id", "id", "budget_id", "recipient", "recipient_name", "signed_by", "signed_on", "school_agreement_on", "monitoring_terms", "created_by", "created_at"],
  payment: ["council_id", "id", "budget_line_id", "stream", "arrangement", "due_on", "paid_on", "amount_pence", "status", "created_at"],
  review: ["council_id", "id", "child_id", "budget_id", "kind", "due_on", "held_on", "outcome", "notes", "created_at"],
  cessation: ["council_id", "id", "budget_id", "reason_code", "reasons_text", "decided_on", "annual_review_meeting_on", "notice_due_on", "notice_sent_on", "last_payment_on", "created_by", "created_at"],
  disagreement: ["council_id", "id", "decision_id", "family_told_on", "request_deadline_on", "requested_on", "received_on", "decision_deadline_on", "grounds", "meeting_on", "outcome", "outcome_on", "outcome_notes", "created_at"],
} as const;

export type CopyTable = keyof typeof COPY_COLUMNS;
/** Parents before children, so every foreign key finds its row. */
export const LOAD_ORDER: readonly CopyTable[] = [
  "child", "plan", "plan_outcome", "pb_request", "request_line", "decision", "budget", "budget_line",
  "agreement", "payment", "review", "cessation", "disagreement",
];

export type CopyValue = string | number | boolean | null;

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export function escapeCopyText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : text;
}

export function formatValue(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "string") return escapeCopyText(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  return String(value);
}

const CHUNK_BYTES = 1 << 20;

/**
 * One table's COPY text, encoded into buffers as each row is added: a batch's rows never sit in an
 * array of strings to be joined and then encoded again on the way to the socket (which, with the
 * garbage it left, took more of the seed's time than making the rows).
 */
class CopyText {
  private readonly chunks: Buffer[] = [];
  private current = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  rows = 0;

  add(line: string): void {
    // At most three bytes of UTF-8 per UTF-16 unit, and the newline.
    const room = line.length * 3 + 1;
    if (this.used + room > this.current.length) this.startChunk(room);
    this.used += this.current.write(line, this.used, "utf8");
    this.current[this.used++] = 0x0a;
    this.rows++;
  }

  private startChunk(room: number): void {
    if (this.used) this.chunks.push(this.current.subarray(0, this.used));
    this.current = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, room));
    this.used = 0;
  }

  /** Every row so far, one line each ending in a newline; empty when there are none. */
  buffers(): Buffer[] {
    return this.used ? [...this.chunks, this.current.subarray(0, this.used)] : [...this.chunks];
  }
}

/** Rows of one batch, table by table, as COPY text; `add` takes values in COPY_COLUMNS order. */
export class CopyBatch {
  private readonly tables = Object.fromEntries(LOAD_ORDER.map((t) => [t, new CopyText()])) as Record<CopyTable, CopyText>;

  add(table: CopyTable, values: readonly CopyValue[]): void {
    if (values.length !== COPY_COLUMNS[table].length) throw new Error(`${table}: ${values.length} values for ${COPY_COLUMNS[table].length} columns`);
    this.tables[table].add(values.map(formatValue).join("\t"));
  }

  /** A row already formatted as COPY text, for the hottest tables; the caller escapes. */
  addLine(table: CopyTable, line: string): void {
    this.tables[table].add(line);
  }

  count(table: CopyTable): number {
    return this.tables[table].rows;
  }

  /** The COPY text of one table as UTF-8: one line per row, each ending in a newline. */
  buffers(table: CopyTable): Buffer[] {
    return this.tables[table].buffers();
  }
}
