// The rule lives in packages/budgets (payability.ts); payment runs and markInstalmentPaid both use it.
export { judgePayability, type PayabilityFacts } from "@pb/budgets";
