/** The financial year (April to March) that a day falls in, as "2025-26". */
export function currentFinancialYear(today: Date): string {
  const year = today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
}

export function recentFinancialYears(today: Date, count: number): string[] {
  const latest = Number(currentFinancialYear(today).slice(0, 4));
  return Array.from({ length: count }, (_, i) => {
    const year = latest - i;
    return `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
  });
}
