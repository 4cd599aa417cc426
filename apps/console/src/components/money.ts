import { formatPence } from "@pb/calendar";

// Axis labels want whole pounds; everything else shows pence exactly with formatPence.
export function formatMoneyWhole(pence: number): string {
  return formatPence(Math.round(pence / 100) * 100).slice(0, -3);
}

export { formatPence as formatMoney };
