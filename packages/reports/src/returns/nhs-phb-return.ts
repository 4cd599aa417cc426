import { formatIsoDateEnGb } from "@pb/calendar";
import { classifyPhbType, PHB_LABELS, PHB_TYPES, type BudgetMixCount, type PhbType } from "../exports/returns";
import type { ExportColumn, ExportRow, ExportTable } from "../exports/export-table";

type PhbMix = Pick<BudgetMixCount, "directPayment" | "organised" | "thirdParty" | "children">;

/** One quarter of the NHS's personal health budget collection: who had one at its end, and who had one in the year to date. */
export type PhbQuarter = { quarterEnd: string; inPlace: readonly PhbMix[]; yearToDate: readonly PhbMix[] };

function countByType(mixes: readonly PhbMix[]): Record<PhbType, number> {
  const counts = Object.fromEntries(PHB_TYPES.map((t) => [t, 0])) as Record<PhbType, number>;
  for (const mix of mixes) counts[classifyPhbType(mix)] += mix.children;
  return counts;
}

const sum = (counts: Record<PhbType, number>) => PHB_TYPES.reduce((total, t) => total + counts[t], 0);

/**
 * The NHS's quarterly personal health budget return, as the integrated care board submits it
 * (NHS England, Personal Health Budgets data collection, under NHS Digital's Data Provision
 * Notice, quarterly since April 2017): for each quarter, the people with a personal health budget
 * at the quarter's end and the people who received one in the financial year to date, each by how
 * it is delivered (direct payment, notional, third party; a budget held more than one way counted
 * once, as "more than one type"). Every child here is a child or young person eligible for
 * children's continuing care (R4: ages 0 to 17). Exact: a return is never suppressed.
 */
export function buildNhsPhbReturn(quarters: readonly PhbQuarter[]): ExportTable {
  const columns: ExportColumn[] = [
    { key: "quarterEnd", label: "Quarter ending", kind: "date" },
    ...PHB_TYPES.map((t) => ({ key: `inPlace_${t}`, label: `In place at quarter end: ${PHB_LABELS[t]}`, kind: "count" as const })),
    { key: "inPlace_total", label: "In place at quarter end: all", kind: "count" },
    ...PHB_TYPES.map((t) => ({ key: `yearToDate_${t}`, label: `Received in the year to date: ${PHB_LABELS[t]}`, kind: "count" as const })),
    { key: "yearToDate_total", label: "Received in the year to date: all", kind: "count" },
  ];
  const rows: ExportRow[] = quarters.map((q) => {
    const inPlace = countByType(q.inPlace);
    const yearToDate = countByType(q.yearToDate);
    const row: ExportRow = { quarterEnd: q.quarterEnd };
    for (const t of PHB_TYPES) {
      row[`inPlace_${t}`] = inPlace[t];
      row[`yearToDate_${t}`] = yearToDate[t];
    }
    row.inPlace_total = sum(inPlace);
    row.yearToDate_total = sum(yearToDate);
    return row;
  });
  const last = quarters.at(-1)?.quarterEnd;
  return {
    id: "nhs-phb-return",
    title: `Personal health budgets for children and young people (children's continuing care), by quarter${last ? ` to ${formatIsoDateEnGb(last)}` : ""} (NHS return)`,
    sheetName: "NHS personal health budgets",
    columns,
    rows,
    note: "One count per child with a health stream budget line running on the day (in place) or on any day from 1 April to the quarter end (year to date). Notional: the council or NHS holds the money (our organised arrangement); third party: a broker or provider holds it.",
  };
}
