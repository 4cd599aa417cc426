export { createBudgetFromRequest, type CreateBudgetInput } from "./create-budget-from-request";
export { getBudgetSetup, type BudgetSetup } from "./load-approved-lines";
export { getBudget, type BudgetView } from "./get-budget";
export { markInstalmentPaid } from "./mark-instalment-paid";
