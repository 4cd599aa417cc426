import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { updateAtVersion } from "../shared/versioned-update";
import { loadAccountRow } from "./accounts-shared";

export type AccountDetailsInput = { accountId: string; version: number; paymentMethod: "bank_transfer" | "prepaid_card"; payeeReference: string | null; cardReference: string | null };

/** How the account is paid: the finance system's payee reference, or the prepaid card provider's account reference. */
export async function saveAccountDetails(ctx: ServiceContext, input: AccountDetailsInput): Promise<number> {
  const before = await loadAccountRow(ctx, input.accountId);
  // A card account reference is the provider's id for the card, never the long number on the card.
  if (input.cardReference && /^\d{13,19}$/.test(input.cardReference.replace(/[\s-]/g, ""))) {
    throw new ValidationError("cardReference", "looks like a card number; enter the card provider's account reference instead");
  }
  if (input.paymentMethod === "prepaid_card" && !input.cardReference) throw new ValidationError("cardReference", "is needed to load a prepaid card");
  const updated = await updateAtVersion(ctx, "dp_account", input.accountId, input.version, { payment_method: input.paymentMethod, payee_reference: input.payeeReference, card_reference: input.cardReference }, "That account");
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "dp_account.update", entity: "dp_account", entityId: input.accountId, childId: before.child_id,
    before: { paymentMethod: before.payment_method, payeeReference: before.payee_reference, cardReference: before.card_reference },
    after: { paymentMethod: input.paymentMethod, payeeReference: input.payeeReference, cardReference: input.cardReference },
  });
  return Number(updated.version);
}
