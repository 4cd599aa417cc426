import type { ServiceContext } from "../shared/context";
import { ensureAccounts } from "./accounts-shared";
import type { CandidateRow } from "./run-candidates";

/** Every payable direct payment gets its child's account, made now if it is the first. */
export async function accountsFor(ctx: ServiceContext, candidates: readonly CandidateRow[]): Promise<CandidateRow[]> {
  const needing = candidates.filter((c) => c.arrangement === "direct_payment" && c.payable).map((c) => c.childId);
  const accounts = await ensureAccounts(ctx, needing);
  return candidates.map((c) => (c.arrangement === "direct_payment" ? { ...c, accountId: accounts.get(c.childId) ?? c.accountId } : c));
}
