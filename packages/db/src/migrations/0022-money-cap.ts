import { sql, type Kysely } from "kysely";
import { MAX_PENCE } from "@pb/budgets";

// Issue 19: one money cap, the same in the inputs (Pence in @pb/budgets) and here, on every amount a
// person enters or a schedule derives from one. Sums (rollups, balances, totals) are left free.
// The cap is read from its constant as it is today; changing it later takes a new migration.
export const MONEY_COLUMNS: readonly (readonly [table: string, column: string, signed?: "signed"])[] = [
  ["request_line", "annual_cost_pence"],
  ["request_line", "commissioned_cost_pence"],
  ["decision", "amount_pence"],
  ["budget_line", "annual_amount_pence"],
  ["payment", "amount_pence"],
  ["payment_run_item", "gross_pence"],
  ["payment_run_item", "deduction_pence"],
  ["payment_run_item", "net_pence"],
  ["account_entry", "amount_pence"],
  ["return_line", "spent_pence"],
  ["dp_return", "closing_balance_reported_pence", "signed"],
  ["recovery_decision", "contingency_pence"],
  ["recovery_decision", "planned_pence"],
  ["recovery_decision", "recover_pence"],
];

const constraintName = (table: string, column: string) => `${table}_${column}_cap`;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, column, signed] of MONEY_COLUMNS) {
    const low = signed ? -MAX_PENCE : 0;
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(constraintName(table, column))}
      check (${sql.ref(column)} between ${sql.lit(low)} and ${sql.lit(MAX_PENCE)})`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, column] of MONEY_COLUMNS) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.id(constraintName(table, column))}`.execute(db);
  }
}
