import { formatIsoDateEnGb } from "@pb/calendar";
import { buildAboutTable, type ExportAbout } from "../exports/about";
import type { ExportTable } from "../exports/export-table";

/**
 * A statutory return names children one by one (SEN2) or counts them exactly: it is marked with the
 * Government Security Classifications' handling caveat for personal data, in the file name, on the
 * About sheet and on the page, and in the XML as a comment.
 */
export const STATUTORY_CLASSIFICATION = "OFFICIAL-SENSITIVE";

export type StatutoryReturnKind = "sen2" | "returns";

/** "OFFICIAL-SENSITIVE_SEN2_census-2026-01-15.xml": the label and the census date, file-name safe. */
export function statutoryFileName(kind: StatutoryReturnKind, censusDate: string, extension: string, part?: string): string {
  const name = kind === "sen2" ? "SEN2" : "statutory-returns";
  return `${STATUTORY_CLASSIFICATION}_${name}${part ? `_${part}` : ""}_census-${censusDate}.${extension}`;
}

/**
 * The About sheet of a statutory return: the usual items, with the classification first, the census
 * date, and why nothing is suppressed (a return to the DfE or the NHS must be exact).
 */
export function buildStatutoryAboutTable(about: ExportAbout, statutory: { censusDate: string; extra?: { item: string; value: string }[] }): ExportTable {
  const base = buildAboutTable({ ...about, suppressionThreshold: null });
  const rows = base.rows.map((row) => (row.item === "Small numbers"
    ? { item: "Small numbers", value: "Not suppressed: a statutory return is a submission to the DfE or the NHS and must be exact. Handle it as OFFICIAL-SENSITIVE; do not publish it." }
    : row));
  return {
    ...base,
    rows: [
      { item: "Security classification", value: STATUTORY_CLASSIFICATION },
      { item: "Census date", value: `${formatIsoDateEnGb(statutory.censusDate)} (${statutory.censusDate})` },
      ...rows,
      ...(statutory.extra ?? []),
    ],
  };
}
