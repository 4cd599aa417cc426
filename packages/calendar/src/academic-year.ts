import { getDateParts, makeIsoDate, type IsoDate } from "./iso-date";
import { formatYearLabel, parseYearLabel } from "./year-label";

/** An academic year runs 1 September to 31 August; label "2025-26". */
export type AcademicYear = { label: string; start: IsoDate; end: IsoDate };

function buildAcademicYear(startYear: number): AcademicYear {
  return {
    label: formatYearLabel(startYear),
    start: makeIsoDate(startYear, 9, 1),
    end: makeIsoDate(startYear + 1, 8, 31),
  };
}

export function academicYearOf(date: IsoDate): AcademicYear {
  const { year, month } = getDateParts(date);
  return buildAcademicYear(month >= 9 ? year : year - 1);
}

/** The academic year named by a label such as "2025-26". */
export function getAcademicYear(label: string): AcademicYear {
  return buildAcademicYear(parseYearLabel(label));
}

/** "2025-26" → "2025-09-01". */
export function academicYearStart(label: string): IsoDate {
  return getAcademicYear(label).start;
}

/** "2025-26" → "2026-08-31". */
export function academicYearEnd(label: string): IsoDate {
  return getAcademicYear(label).end;
}
