import type { ServiceContext } from "../shared/context";
import { settleRunItem, type Settlement } from "./settle-run-item";

/** Marks one payment of an approved run paid or failed, by hand. */
export async function recordPaymentOutcome(ctx: ServiceContext, input: { itemId: string } & Settlement): Promise<"settled" | "unchanged"> {
  return settleRunItem(ctx, input.itemId, { outcome: input.outcome, on: input.on, reason: input.reason });
}
