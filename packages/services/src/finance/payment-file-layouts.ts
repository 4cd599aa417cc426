import { DEFAULT_BANK_LAYOUT, DEFAULT_PREPAID_CARD_LAYOUT, PaymentFileLayout } from "@pb/budgets";
import type { ServiceContext } from "../shared/context";
import { NotFoundError } from "../shared/errors";

export type StoredLayout = { id: string; version: number; layout: PaymentFileLayout; builtIn: boolean };

/** The standard layouts every council can use before its administrator sets its own. */
export const BUILT_IN_LAYOUTS: readonly StoredLayout[] = [
  { id: "standard-bank", version: 0, layout: DEFAULT_BANK_LAYOUT, builtIn: true },
  { id: "standard-prepaid-card", version: 0, layout: DEFAULT_PREPAID_CARD_LAYOUT, builtIn: true },
];

export async function listPaymentFileLayouts(ctx: ServiceContext): Promise<StoredLayout[]> {
  const rows = await ctx.db.selectFrom("payment_file_layout").select(["id", "version", "definition"]).where("council_id", "=", ctx.councilId).orderBy("name").execute();
  const own = rows.flatMap((r) => {
    const parsed = PaymentFileLayout.safeParse(r.definition);
    return parsed.success ? [{ id: r.id, version: r.version, layout: parsed.data, builtIn: false }] : [];
  });
  return [...own, ...BUILT_IN_LAYOUTS];
}

export async function findPaymentFileLayout(ctx: ServiceContext, layoutId: string): Promise<StoredLayout> {
  const found = (await listPaymentFileLayouts(ctx)).find((l) => l.id === layoutId);
  if (!found) throw new NotFoundError("That payment file layout");
  return found;
}
