import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

// Imported by browser code: type-only, so no server module is pulled into the client bundle. Pages take
// the shapes they show from here (what a procedure returns), not from the packages behind the API.
export type { AppRouter };
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;
