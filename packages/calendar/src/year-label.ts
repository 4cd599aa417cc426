// Financial and academic years share the label form "2025-26" (the year they start, then the next
// year's last two digits), as council finance and DfE publications write them.

const YEAR_LABEL_PATTERN = /^(\d{4})-(\d{2})$/;

export function formatYearLabel(startYear: number): string {
  return `${String(startYear).padStart(4, "0")}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** The start year of a label such as "2025-26"; throws RangeError for "2025-27" or "25-26". */
export function parseYearLabel(label: string): number {
  const match = YEAR_LABEL_PATTERN.exec(label);
  const startYear = Number(match?.[1]);
  if (!match || startYear < 1 || startYear > 9998 || formatYearLabel(startYear) !== label) {
    throw new RangeError(`"${label}" is not a year label such as "2025-26"`);
  }
  return startYear;
}
