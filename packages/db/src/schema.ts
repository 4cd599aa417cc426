import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** ISO date "YYYY-MM-DD": both drivers are set to return SQL `date` as this string. */
export type IsoDateColumn = string;
/** Integer pence in a SQL bigint: both drivers parse int8 to a safe integer number. */
export type Pence = ColumnType<number, number, number>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type Role = "admin" | "manager" | "commissioner" | "case_officer" | "panel_member" | "finance_officer";

export interface CouncilTable {
  id: Generated<string>;
  name: string;
  slug: string;
  created_at: CreatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string;
  created_at: CreatedAt;
}

export interface CouncilMembershipTable {
  council_id: string;
  user_id: string;
  role: Role;
}

export interface ChildTable {
  council_id: string;
  id: Generated<string>;
  reference: string;
  given_name: string;
  family_name: string;
  date_of_birth: IsoDateColumn;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface PlanTable {
  council_id: string;
  id: Generated<string>;
  child_id: string;
  type: string;
  status: string;
  issued_on: IsoDateColumn | null;
  last_annual_review_on: IsoDateColumn | null;
  next_annual_review_on: IsoDateColumn | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface BudgetTable {
  council_id: string;
  id: Generated<string>;
  child_id: string;
  plan_id: string | null;
  budget_version: Generated<number>;
  status: "active" | "superseded" | "ceased";
  starts_on: IsoDateColumn;
  ends_on: IsoDateColumn | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface BudgetLineTable {
  council_id: string;
  id: Generated<string>;
  budget_id: string;
  stream: string;
  service: string;
  arrangement: string;
  annual_amount_pence: Pence;
  frequency: "four_weekly" | "monthly" | "quarterly" | "one_off";
  starts_on: IsoDateColumn;
  ends_on: IsoDateColumn;
  created_at: CreatedAt;
}

export type PaymentStatus = "scheduled" | "paid" | "failed" | "cancelled";

export interface PaymentTable {
  council_id: string;
  id: Generated<string>;
  budget_line_id: string;
  /** Copied from the line so that spend can be summed without a join at national scale. */
  stream: string;
  arrangement: string;
  due_on: IsoDateColumn;
  paid_on: IsoDateColumn | null;
  amount_pence: Pence;
  status: PaymentStatus;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  council_id: string;
  id: Generated<string>;
  actor_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  at: CreatedAt;
}

export interface DB {
  council: CouncilTable;
  app_user: AppUserTable;
  council_membership: CouncilMembershipTable;
  child: ChildTable;
  plan: PlanTable;
  budget: BudgetTable;
  budget_line: BudgetLineTable;
  payment: PaymentTable;
  audit_log: AuditLogTable;
}

export type Council = Selectable<CouncilTable>;
export type AppUser = Selectable<AppUserTable>;
export type NewChild = Insertable<ChildTable>;
export type ChildUpdate = Updateable<ChildTable>;
