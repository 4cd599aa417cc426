import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** ISO date "YYYY-MM-DD": both drivers are set to return SQL `date` as this string. */
export type IsoDateColumn = string;
/** Integer pence in a SQL bigint: both drivers parse int8 to a safe integer number. */
export type Pence = ColumnType<number, number, number>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** jsonb: read as parsed JSON; written as a JSON string (pg and PGlite both accept it). */
export type Json<T> = ColumnType<T, string | undefined, string>;

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
  /** Null until an invited user sets a password (0024): sign-in then never matches. */
  password_hash: string | null;
  created_at: CreatedAt;
  /** Carried in each session token; one more on sign-out or deactivation revokes every earlier token (0020). */
  session_version: Generated<number>;
  deactivated_at: Generated<Date | null>;
  /** Set by recordSignIn (0024); failed_sign_ins counts wrong passwords since the last sign-in. */
  last_signed_in_at: Generated<Date | null>;
  failed_sign_ins: Generated<number>;
  last_failed_sign_in_at: Generated<Date | null>;
  /** A second factor's secret, sealed with PB_SIGN_IN_SECRETS_KEY (0025); confirmed once a code from it was right. */
  totp_secret_sealed: Generated<Uint8Array | null>;
  totp_confirmed_at: Generated<Date | null>;
}

/** A user an admin deactivated in a council, with the roles they had there (0024). */
export interface MemberDeactivationTable {
  council_id: string;
  user_id: string;
  roles: ColumnType<Role[], Role[], never>;
  deactivated_at: CreatedAt;
  deactivated_by: string | null;
}

/** A one-time link to set a password (0024): the token's SHA-256 only, 7 days, single use. */
export interface UserInvitationTable {
  council_id: string;
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: CreatedAt;
  created_by: string | null;
  expires_at: Date;
  accepted_at: ColumnType<Date | null, never, never>;
  withdrawn_at: ColumnType<Date | null, never, Date>;
}

/** A council's OpenID Connect provider (0025); the client secret is sealed with PB_SIGN_IN_SECRETS_KEY. */
export interface CouncilIdentityProviderTable {
  council_id: string;
  issuer: string;
  client_id: string;
  client_secret_sealed: Uint8Array;
  groups_claim: Generated<string>;
  updated_by: string | null;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

/** Which of the provider's groups gives which role in the council (0025). */
export interface CouncilGroupRoleTable {
  council_id: string;
  group_id: string;
  role: Role;
  created_at: CreatedAt;
}

/** Local passwords on or off, and whether a second factor is required (0025); no row: the defaults. */
export interface CouncilSignInSettingTable {
  council_id: string;
  local_passwords: Generated<boolean>;
  totp_required: Generated<boolean>;
  updated_by: string | null;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

/** The refresh token of a user's sign-in to a council through its provider (sealed), to ask again for their groups. */
export interface OidcGrantTable {
  council_id: string;
  user_id: string;
  refresh_token_sealed: Uint8Array | null;
  updated_at: Generated<Date>;
}

/** Sign-in failures counted per account (by email hash) and per client address (0020): no council yet. */
export interface SignInThrottleTable {
  scope: "account" | "address" | "totp";
  key: string;
  failures: number;
  first_failure_at: Date;
  last_failure_at: Date;
  locked_until: Date | null;
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
  continuing_care_eligible: Generated<boolean>;
  short_breaks_level: number | null;
  transport_entitled: Generated<boolean>;
  young_person_has_capacity: boolean | null;
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
  request_id: string | null;
  supersedes_budget_id: string | null;
  ceased_on: IsoDateColumn | null;
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
  decision_id: string | null;
  linked_outcomes: Json<string[]>;
  on_school_premises: Generated<boolean>;
  suspended: Generated<boolean>;
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
  payment_run_id: string | null;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  council_id: string;
  id: Generated<string>;
  actor_user_id: string | null;
  child_id: Generated<string | null>;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  at: CreatedAt;
  /** The row's place in its council's hash chain (1, 2, 3, …), set by the database's trigger. */
  seq: Generated<number>;
  /** sha256 of the previous row's hash and this row's fields, set by the trigger (migration 0021). */
  hash: Generated<Uint8Array>;
}

export interface PolicyVersionTable {
  council_id: string;
  id: Generated<string>;
  version_number: number;
  status: "draft" | "published";
  preset_id: string | null;
  based_on_version_id: string | null;
  document: Json<unknown>;
  change_note: Generated<string>;
  effective_from: IsoDateColumn | null;
  published_at: Date | null;
  published_by: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface PlanOutcomeTable {
  council_id: string;
  id: Generated<string>;
  plan_id: string;
  code: string;
  description: string;
}

export interface PbRequestTable {
  council_id: string;
  id: Generated<string>;
  child_id: string;
  plan_id: string | null;
  stage: string;
  received_on: IsoDateColumn;
  status: Generated<"open" | "decided" | "withdrawn">;
  facts: Json<unknown>;
  created_by: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface RequestLineTable {
  council_id: string;
  id: Generated<string>;
  request_id: string;
  line_no: number;
  stream: string;
  service: string;
  arrangement: string;
  recipient: string | null;
  on_school_premises: boolean;
  school_agreed: boolean | null;
  need_identified_by_professional: boolean | null;
  annual_cost_pence: Pence;
  commissioned_cost_pence: number | null;
  linked_outcomes: Json<string[]>;
  check_outcome: "eligible" | "conditional" | "ineligible";
  check_reasons: Json<{ code: string; message: string; source: string }[]>;
  policy_version_id: string;
  checked_on: IsoDateColumn;
}

export type DecisionOutcome = "approved" | "approved_changed" | "refused";

export interface DecisionTable {
  council_id: string;
  id: Generated<string>;
  request_line_id: string;
  outcome: DecisionOutcome;
  amount_pence: number | null;
  arrangement: string | null;
  reasons: Json<{ code?: string; text: string }[]>;
  panel: string;
  decided_on: IsoDateColumn;
  decided_by: string | null;
  family_told_on: IsoDateColumn | null;
  letter_sent_on: IsoDateColumn | null;
  policy_version_id: string;
  supersedes_decision_id: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
  /** The panel's answers to the policy's judgement questions (0012): { topic, answer, note }. */
  judgements: Json<{ topic: string; answer: "yes" | "no"; note: string | null }[]>;
}

/** A rule of the council's own policy that an approval set aside, with the panel's reasons (0012). */
export interface DecisionExceptionTable {
  council_id: string;
  id: Generated<string>;
  decision_id: string;
  request_line_id: string;
  reason_code: string;
  rule: string;
  source: string;
  reasons: string;
  decided_on: IsoDateColumn;
  policy_version_id: string;
  created_at: CreatedAt;
}

/** A condition of a panel approval (0013): pending, confirmed (what, who, when, evidence) or found not met. */
export interface DecisionConditionTable {
  council_id: string;
  id: Generated<string>;
  request_line_id: string;
  /** The decision that first recorded it. */
  decision_id: string;
  code: string;
  description: string;
  status: Generated<"pending" | "confirmed" | "not_met">;
  what: string | null;
  confirmed_by: string | null;
  confirmed_on: IsoDateColumn | null;
  evidence: string | null;
  confirmed_by_user_id: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface AgreementTable {
  council_id: string;
  id: Generated<string>;
  budget_id: string;
  recipient: string;
  recipient_name: string;
  signed_by: string;
  signed_on: IsoDateColumn;
  school_agreement_on: IsoDateColumn | null;
  monitoring_terms: Generated<string>;
  /** Term code (AGREEMENT_TERMS in @pb/eligibility) → what the agreement says about it (migration 0014). */
  terms: Json<Record<string, string>>;
  /** The recipient the request line named; when the agreement pays another, the reason is recorded. */
  requested_recipient: string | null;
  recipient_change_reason: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ReviewTable {
  council_id: string;
  id: Generated<string>;
  child_id: string;
  budget_id: string;
  kind: "first_dp_review" | "annual_review" | "early_review";
  due_on: IsoDateColumn;
  held_on: IsoDateColumn | null;
  outcome: "continue" | "change" | "cease" | null;
  notes: Generated<string>;
  new_budget_id: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface MonitoringCheckTable {
  council_id: string;
  id: Generated<string>;
  budget_id: string;
  child_id: string;
  kind: "monitoring" | "finance_check";
  checked_on: IsoDateColumn;
  outcome: "satisfactory" | "concerns";
  notes: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export type MessageKindCode =
  | "decision_letter"
  | "cessation_notice"
  | "disagreement_outcome"
  | "review_reminder"
  | "return_reminder"
  | "recovery_decision"
  | "user_invitation";
export type MessageChannel = "email" | "letter";
/** pending: waiting for its next attempt; sending: claimed, outcome not yet recorded; sent: Notify took it; failed: given up. */
/** The same list as @pb/reports' OUTBOX_STATUSES (a test holds them equal); db does not import reports. */
export type OutboxStatus = "pending" | "sending" | "sent" | "failed";

/** A message to send through GOV.UK Notify (0026); its id is Notify's reference. */
export interface NotificationOutboxTable {
  council_id: string;
  id: Generated<string>;
  kind: MessageKindCode;
  channel: MessageChannel | null;
  child_id: string | null;
  subject_type: string;
  subject_id: string;
  recipient_email: string | null;
  personalisation: Json<Record<string, string>>;
  idempotency_key: string;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  notify_id: string | null;
  notify_status: string | null;
  status_checked_at: Date | null;
  last_error: string | null;
  sent_at: Date | null;
  created_at: CreatedAt;
}

/** A council's Notify email template for one kind of message (0026). */
export interface NotifyTemplateTable {
  council_id: string;
  kind: MessageKindCode;
  email_template_id: string;
  version: Generated<number>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** How a child's family is reached (0026): personal data, for the roles that need it. */
export interface FamilyContactTable {
  council_id: string;
  child_id: string;
  addressee: string | null;
  email: string | null;
  address_lines: ColumnType<string[], string[] | undefined, string[]>;
  postcode: string | null;
  version: Generated<number>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface CessationTable {
  council_id: string;
  id: Generated<string>;
  budget_id: string;
  reason_code: string;
  reasons_text: string;
  decided_on: IsoDateColumn;
  annual_review_meeting_on: IsoDateColumn | null;
  notice_due_on: IsoDateColumn | null;
  notice_sent_on: IsoDateColumn | null;
  last_payment_on: IsoDateColumn;
  created_by: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface DisagreementTable {
  council_id: string;
  id: Generated<string>;
  decision_id: string;
  /** Null only where no time limit runs from it (the policy sets none for asking). */
  family_told_on: IsoDateColumn | null;
  /** Null when the policy sets no time limit for asking (T7): never flagged late. */
  request_deadline_on: IsoDateColumn | null;
  requested_on: IsoDateColumn;
  received_on: IsoDateColumn;
  /** Null when the policy sets no time limit for the council's decision. */
  decision_deadline_on: IsoDateColumn | null;
  grounds: string;
  meeting_on: IsoDateColumn | null;
  outcome: "upheld" | "changed" | "withdrawn" | null;
  outcome_on: IsoDateColumn | null;
  outcome_notes: Generated<string>;
  outcome_letter_sent_on: IsoDateColumn | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface DB {
  council: CouncilTable;
  app_user: AppUserTable;
  sign_in_throttle: SignInThrottleTable;
  council_membership: CouncilMembershipTable;
  member_deactivation: MemberDeactivationTable;
  user_invitation: UserInvitationTable;
  council_identity_provider: CouncilIdentityProviderTable;
  council_group_role: CouncilGroupRoleTable;
  council_sign_in_setting: CouncilSignInSettingTable;
  oidc_grant: OidcGrantTable;
  child: ChildTable;
  plan: PlanTable;
  budget: BudgetTable;
  budget_line: BudgetLineTable;
  payment: PaymentTable;
  audit_log: AuditLogTable;
  policy_version: PolicyVersionTable;
  plan_outcome: PlanOutcomeTable;
  pb_request: PbRequestTable;
  request_line: RequestLineTable;
  decision: DecisionTable;
  decision_condition: DecisionConditionTable;
  decision_exception: DecisionExceptionTable;
  agreement: AgreementTable;
  review: ReviewTable;
  cessation: CessationTable;
  monitoring_check: MonitoringCheckTable;
  notification_outbox: NotificationOutboxTable;
  notify_template: NotifyTemplateTable;
  family_contact: FamilyContactTable;
  disagreement: DisagreementTable;
  council_export_setting: CouncilExportSettingTable;
  council_secret: CouncilSecretTable;
  payment_file_layout: PaymentFileLayoutTable;
  payment_run: PaymentRunTable;
  payment_run_item: PaymentRunItemTable;
  dp_account: DpAccountTable;
  account_entry: AccountEntryTable;
  dp_return: DpReturnTable;
  return_line: ReturnLineTable;
  return_reminder: ReturnReminderTable;
  evidence_file: EvidenceFileTable;
  recovery_decision: RecoveryDecisionTable;
  analytics_spend_month: AnalyticsSpendMonthTable;
  analytics_commitment_month: AnalyticsCommitmentMonthTable;
  analytics_spend_stream_month: Omit<AnalyticsSpendMonthTable, "service" | "age_band">;
  analytics_commitment_stream_month: Omit<AnalyticsCommitmentMonthTable, "service" | "age_band">;
  analytics_budget_month: AnalyticsBudgetMonthTable;
  analytics_budget_total_month: AnalyticsBudgetTotalMonthTable;
  analytics_ehcp_month: AnalyticsEhcpMonthTable;
  analytics_ehcp_issued_month: AnalyticsEhcpIssuedMonthTable;
  analytics_request_month: AnalyticsRequestMonthTable;
  analytics_cessation_month: AnalyticsCessationMonthTable;
  analytics_disagreement_month: AnalyticsDisagreementMonthTable;
  analytics_cessation_reason_month: Omit<AnalyticsCessationMonthTable, "signature" | "age_band">;
  analytics_cessation_stream_month: Omit<AnalyticsCessationMonthTable, "signature" | "age_band" | "reason_code"> & { stream: string };
  analytics_disagreement_stream_month: Omit<AnalyticsDisagreementMonthTable, "arrangement" | "service" | "age_band">;
  analytics_review_month: AnalyticsReviewMonthTable;
  analytics_exception_month: AnalyticsExceptionMonthTable;
}

export type Council = Selectable<CouncilTable>;
export type AppUser = Selectable<AppUserTable>;
export type NewChild = Insertable<ChildTable>;
export type ChildUpdate = Updateable<ChildTable>;

// Finance (0004): payment runs and files, direct payment accounts, returns, recovery decisions.
export interface PaymentFileLayoutTable {
  council_id: string;
  id: Generated<string>;
  name: string;
  definition: Json<unknown>;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface PaymentRunTable {
  council_id: string;
  id: Generated<string>;
  run_number: number;
  idempotency_key: string;
  from_on: IsoDateColumn;
  to_on: IsoDateColumn;
  pay_on: IsoDateColumn;
  status: Generated<"draft" | "approved">;
  created_by: string | null;
  created_at: CreatedAt;
  approved_by: string | null;
  approved_at: Date | null;
  version: Generated<number>;
}

export interface PaymentRunItemTable {
  council_id: string;
  id: Generated<string>;
  run_id: string;
  payment_id: string;
  reference: string;
  account_id: string | null;
  gross_pence: Pence;
  deduction_pence: Pence;
  net_pence: Pence;
  recovery_decision_id: string | null;
  outcome: Generated<"pending" | "paid" | "failed">;
  outcome_on: IsoDateColumn | null;
  failure_reason: string | null;
  created_at: CreatedAt;
}

export interface DpAccountTable {
  council_id: string;
  id: Generated<string>;
  child_id: string;
  payment_method: Generated<"bank_transfer" | "prepaid_card">;
  payee_reference: string | null;
  card_reference: string | null;
  /** AES-256-GCM sealed bank details; only the finance verbs open it. */
  bank_details_sealed: Uint8Array | null;
  bank_details_last4: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export type AccountEntryKind = "payment_in" | "spending" | "recovery" | "reversal";

export interface AccountEntryTable {
  council_id: string;
  id: Generated<string>;
  account_id: string;
  kind: AccountEntryKind;
  amount_pence: Pence;
  stream: string;
  budget_line_id: string | null;
  occurred_on: IsoDateColumn;
  payment_id: string | null;
  run_item_id: string | null;
  return_id: string | null;
  recovery_decision_id: string | null;
  reverses_entry_id: string | null;
  note: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface DpReturnTable {
  council_id: string;
  id: Generated<string>;
  account_id: string;
  period_start: IsoDateColumn;
  period_end: IsoDateColumn;
  due_on: IsoDateColumn;
  received_on: IsoDateColumn;
  closing_balance_reported_pence: number | null;
  notes: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ReturnLineTable {
  council_id: string;
  id: Generated<string>;
  return_id: string;
  budget_line_id: string;
  spent_pence: Pence;
}

export interface ReturnReminderTable {
  council_id: string;
  id: Generated<string>;
  account_id: string;
  period_start: IsoDateColumn;
  sent_on: IsoDateColumn;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface EvidenceFileTable {
  council_id: string;
  id: Generated<string>;
  return_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string | null;
  created_at: CreatedAt;
}

export interface RecoveryDecisionTable {
  council_id: string;
  id: Generated<string>;
  account_id: string;
  budget_line_id: string;
  kind: "underspend" | "year_end";
  financial_year: string | null;
  decided_on: IsoDateColumn;
  balance_pence: Pence;
  threshold_pence: Pence;
  contingency_pence: Pence;
  planned_pence: Pence;
  recover_pence: Pence;
  method: "offset" | "invoice" | "none";
  reasons: string;
  letter_sent_on: IsoDateColumn | null;
  decided_by: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

// Exports (0006): the small-number threshold, and the per-council key of pseudonyms (never read out).
export interface CouncilExportSettingTable {
  council_id: string;
  small_count_threshold: Generated<number>;
  /** How published figures are protected: "suppress" or "round" (DISCLOSURE_METHODS in @pb/reports). */
  disclosure_method: Generated<"suppress" | "round">;
  updated_by: string | null;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface CouncilSecretTable {
  council_id: string;
  purpose: "pseudonym";
  secret_hex: string;
  created_at: CreatedAt;
}

// Analytics (0005): rollups kept by triggers in the writing transaction. Months are their first day;
// policy_version_id is the version in force on the day counted (all zeros: before the first one);
// signature lists a budget's or request's lines as sorted "stream|arrangement|service".
type RollupCell = { council_id: string; age_band: string; policy_version_id: string };
type MoneyCell = RollupCell & { month: IsoDateColumn; stream: string; arrangement: string; service: string };

export interface AnalyticsSpendMonthTable extends MoneyCell {
  scheduled_pence: Pence;
  scheduled_count: number;
  paid_pence: Pence;
  paid_count: number;
}

export interface AnalyticsCommitmentMonthTable extends MoneyCell {
  committed_pence: Pence;
  in_force_annual_pence: Pence;
  in_force_lines: number;
}

export interface AnalyticsBudgetMonthTable extends RollupCell {
  month: IsoDateColumn;
  has_ehcp: boolean;
  signature: string[];
  recipient: string;
  budgets: number;
}

/** analytics_budget_month without the signature of lines (0007). */
export interface AnalyticsBudgetTotalMonthTable extends RollupCell {
  month: IsoDateColumn;
  has_ehcp: boolean;
  recipient: string;
  budgets: number;
}

export interface AnalyticsEhcpMonthTable {
  council_id: string;
  issued_month: IsoDateColumn;
  birth_month: IsoDateColumn;
  leap_day_birth: boolean;
  children: number;
}

/** analytics_ehcp_month by month issued alone (0007). */
export interface AnalyticsEhcpIssuedMonthTable {
  council_id: string;
  issued_month: IsoDateColumn;
  children: number;
}

export interface AnalyticsRequestMonthTable extends RollupCell {
  month: IsoDateColumn;
  signature: string[];
  outcome: "pending" | "withdrawn" | "approved" | "partly_approved" | "refused";
  days_to_decision: number;
  requests: number;
}

export interface AnalyticsCessationMonthTable extends RollupCell {
  month: IsoDateColumn;
  reason_code: string;
  signature: string[];
  cessations: number;
}

export interface AnalyticsDisagreementMonthTable extends RollupCell {
  month: IsoDateColumn;
  stream: string;
  arrangement: string;
  service: string;
  outcome: "pending" | "upheld" | "changed" | "withdrawn";
  disagreements: number;
  within_deadline: number;
}

/** Rules the panel set aside (0012), by the policy version whose rule it was. */
export interface AnalyticsExceptionMonthTable extends RollupCell {
  month: IsoDateColumn;
  reason_code: string;
  stream: string;
  arrangement: string;
  service: string;
  exceptions: number;
}

export interface AnalyticsReviewMonthTable extends RollupCell {
  month: IsoDateColumn;
  kind: string;
  outcome: "not_held" | "continue" | "change" | "cease";
  signature: string[];
  reviews: number;
  held_on_time: number;
}
