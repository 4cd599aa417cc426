import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@pb/api/types";

// Types only: the browser bundle gets none of the server code behind them.
type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type RequestOptions = Outputs["requests"]["options"];
export type RequestView = Outputs["requests"]["get"];
export type RequestLineView = RequestView["lines"][number];
export type RequestDecisionView = RequestLineView["decisions"][number];
export type RequestCheck = Outputs["requests"]["preview"];
export type RequestInput = Inputs["requests"]["create"];
export type PanelDecisionInput = NonNullable<Inputs["disagreements"]["recordOutcome"]["newDecision"]>;
export type DecisionLetterView = Outputs["decisions"]["letter"];
export type DisagreementView = Outputs["disagreements"]["get"];
