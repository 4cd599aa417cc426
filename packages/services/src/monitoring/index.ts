export { listBudgetMonitoring, getBudgetMonitoring, type BudgetMonitoring, type MonitoringCheckStatus } from "./monitoring-status";
export { recordMonitoringCheck, type RecordMonitoringCheckInput } from "./record-monitoring-check";
export { listAccountMonitoring } from "./list-account-monitoring";
