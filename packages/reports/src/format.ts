const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2025-04" → "April 2025". */
export function formatMonthLabel(month: string): string {
  const name = MONTHS[Number(month.slice(5, 7)) - 1];
  if (!name) throw new RangeError(`not a month: ${month}`);
  return `${name} ${month.slice(0, 4)}`;
}

/** "2025-04" → "Apr 2025", for chart axes. */
export function formatMonthShort(month: string): string {
  return `${formatMonthLabel(month).slice(0, 3)} ${month.slice(0, 4)}`;
}
