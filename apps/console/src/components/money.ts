// Display only: pence stay integers everywhere else; this adds the £ and thousands separators.
const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const poundsWhole = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

export function formatMoney(pence: number): string {
  return pounds.format(pence / 100);
}

export function formatMoneyWhole(pence: number): string {
  return poundsWhole.format(Math.round(pence / 100));
}
