import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { updateAtVersion } from "../shared/versioned-update";
import { loadAccountRow } from "./accounts-shared";
import { openBankDetails, sealBankDetails } from "./bank-details-key";

export type BankDetails = { accountName: string; sortCode: string; accountNumber: string };

const bound = (ctx: ServiceContext, accountId: string) => `${ctx.councilId}:${accountId}`;

/** Seals the recipient's bank details (AES-256-GCM); only the last four digits are kept in the clear, for the mask. */
export async function saveBankDetails(ctx: ServiceContext, input: { accountId: string; version: number } & BankDetails): Promise<number> {
  const account = await loadAccountRow(ctx, input.accountId);
  const sortCode = input.sortCode.replace(/[\s-]/g, "");
  const accountNumber = input.accountNumber.replace(/\s/g, "");
  if (!/^\d{6}$/.test(sortCode)) throw new ValidationError("sortCode", "must be 6 digits, such as 12-34-56");
  if (!/^\d{8}$/.test(accountNumber)) throw new ValidationError("accountNumber", "must be 8 digits");
  const accountName = input.accountName.trim();
  if (!accountName) throw new ValidationError("accountName", "must not be empty");
  const sealed = sealBankDetails(JSON.stringify({ accountName, sortCode, accountNumber }), bound(ctx, input.accountId));
  const updated = await updateAtVersion(ctx, "dp_account", input.accountId, input.version, { bank_details_sealed: sealed, bank_details_last4: accountNumber.slice(-4) }, "That account");
  // The audit says that they changed and who changed them; never what they are.
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "bank_details.save", entity: "dp_account", entityId: input.accountId, childId: account.child_id, after: { masked: `•••• ${accountNumber.slice(-4)}` } });
  return Number(updated.version);
}

/** Opens the bank details for the finance officer who asked; every reveal is audited. */
export async function revealBankDetails(ctx: ServiceContext, input: { accountId: string }): Promise<BankDetails> {
  const account = await loadAccountRow(ctx, input.accountId);
  const row = await ctx.db.selectFrom("dp_account").select("bank_details_sealed").where("council_id", "=", ctx.councilId).where("id", "=", input.accountId).executeTakeFirst();
  if (!row?.bank_details_sealed) throw new ValidationError("accountId", "has no bank details recorded");
  const details = JSON.parse(openBankDetails(row.bank_details_sealed, bound(ctx, input.accountId))) as BankDetails;
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "bank_details.reveal", entity: "dp_account", entityId: input.accountId, childId: account.child_id });
  return details;
}
