import type { ServiceContext } from "../../shared/context";
import { checkRequestLines } from "./check-request-lines";
import type { RequestCheck, RequestInput } from "./request-types";

/** The check a request would get if saved now: for the form, so nothing is written or audited. */
export async function previewRequest(ctx: ServiceContext, input: RequestInput): Promise<RequestCheck> {
  const { policyVersion, lines } = await checkRequestLines(ctx, input);
  return { policyVersion, lines };
}
