import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@pb/api/types";

// Types only: the browser bundle gets none of the server code behind them.
type Outputs = inferRouterOutputs<AppRouter>["policy"];
type Inputs = inferRouterInputs<AppRouter>["policy"];

export type VersionSummary = Outputs["versions"][number];
export type VersionDetail = Outputs["get"];
export type PolicyDocument = VersionDetail["document"];
export type Provenance = VersionDetail["provenance"];
export type TryResult = Outputs["tryRequest"];
export type TriedVersion = NonNullable<TryResult["inForce"]>;
export type CheckRequest = Inputs["tryRequest"]["request"];
export type Comparison = Outputs["diff"];
