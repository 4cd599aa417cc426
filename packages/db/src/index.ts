export * from "./schema";
export { createDatabase, type Backend, type Database, type DatabaseOptions } from "./client";
export { migrateToLatest } from "./migrate";
export { withCouncil, type CouncilTransaction } from "./council-scope";
export { writeAudit, type AuditEntry } from "./audit";
export { getPaidSpendByMonthAndStream, type MonthlyStreamSpendRow } from "./queries/spend";
export * from "./queries/work-queues";
export { getFinanceReconciliationRows, type FinanceReconciliationRow } from "./queries/finance-reconciliation";
export * from "./queries/analytics";
