import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@pb/api/types";

// Types only: the browser bundle gets none of the server code behind them.
type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type ChildList = Outputs["children"]["list"];
export type ChildListRow = ChildList["rows"][number];
export type ListInput = Inputs["children"]["list"];
export type CaseView = Outputs["children"]["get"];
export type CasePlan = CaseView["plans"][number];
export type CaseChild = CaseView["child"];
export type CaseHistoryPage = CaseView["history"];
export type PlanInput = Inputs["plans"]["create"];
export type ChildInput = Inputs["children"]["update"];
export type PersonalAccess = ChildList["access"];
