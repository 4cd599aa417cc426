import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@pb/api/types";

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type BudgetView = Outputs["budgets"]["get"];
export type BudgetSetupView = Outputs["budgets"]["setup"];
export type ReviewView = Outputs["reviews"]["get"];
export type CessationSetupView = Outputs["cessations"]["setup"];
export type CreateBudgetInput = Inputs["budgets"]["create"];
export type LifecyclePolicy = BudgetView["policy"];
