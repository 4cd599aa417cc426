import { academicYearEnd, academicYearStart, type FinancialYear, financialYearEnd, financialYearStart, formatIsoDateEnGb, listFinancialYearsBetween, parseIsoDate } from "@pb/calendar";

/** The span an export covers: a financial year (April–March), an academic year (September–August) or dates. */
export type ExportPeriod =
  | { kind: "financial_year"; label: string }
  | { kind: "academic_year"; label: string }
  | { kind: "custom"; from: string; to: string };

export type ResolvedPeriod = { from: string; to: string; label: string };

export function resolvePeriod(period: ExportPeriod): ResolvedPeriod {
  switch (period.kind) {
    case "financial_year":
      return { from: financialYearStart(period.label), to: financialYearEnd(period.label), label: `Financial year ${period.label}` };
    case "academic_year":
      return { from: academicYearStart(period.label), to: academicYearEnd(period.label), label: `Academic year ${period.label}` };
    case "custom":
      if (period.to < period.from) throw new RangeError(`${period.to} is before ${period.from}`);
      return { from: period.from, to: period.to, label: `${formatIsoDateEnGb(period.from)} to ${formatIsoDateEnGb(period.to)}` };
  }
}

/** The financial years a period touches, each cut to the period. */
export function splitByFinancialYear(from: string, to: string): (FinancialYear & { from: string; to: string })[] {
  return listFinancialYearsBetween(parseIsoDate(from), parseIsoDate(to)).map((fy) => ({ ...fy, from: fy.start > from ? fy.start : from, to: fy.end < to ? fy.end : to }));
}

/** Quarter ends (30 June, 30 September, 31 December, 31 March) within [from, to], as the NHS counts budgets in place. */
export function listQuarterEnds(from: string, to: string): string[] {
  const ends: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const day of ["03-31", "06-30", "09-30", "12-31"]) {
      const date = `${year}-${day}`;
      if (date >= from && date <= to) ends.push(date);
    }
  }
  return ends;
}
