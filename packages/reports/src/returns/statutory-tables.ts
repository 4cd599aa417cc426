import { formatIsoDateEnGb } from "@pb/calendar";
import { buildDirectPaymentSpend, buildSen2PersonalBudgets, SEN2_ARRANGEMENT_LABELS, SEN2_ELEMENT_LABELS, type BudgetMixCount, type DirectPaymentSpendRow } from "../exports/returns";
import type { ExportTable } from "../exports/export-table";
import { buildNhsPhbReturn, type PhbQuarter } from "./nhs-phb-return";
import type { Sen2Record } from "./sen2-records";
import { SEN2_PB_ITEM_LABELS, SEN2_REFERENCE_CARRIER, type Sen2PbItem } from "./sen2-spec";
import { STATUTORY_CLASSIFICATION } from "./statutory-label";

/** The tables of the statutory returns file, in order: one sheet each in the XLSX, one CSV each. */
export const STATUTORY_RETURN_TABLES = [
  { id: "sen2-person-level", title: "SEN2 personal budgets by child (census date)" },
  { id: "sen2-summary", title: "SEN2 personal budgets by what they cover and how they are held (census date)" },
  { id: "nhs-phb-return", title: "NHS personal health budgets by quarter: in place and in the year to date, by delivery" },
  { id: "direct-payments-return", title: "Direct payments by funding stream and financial year" },
] as const;

export type StatutoryReturnFacts = {
  censusDate: string;
  sen2Records: readonly Sen2Record[];
  phbQuarters: readonly PhbQuarter[];
  directPayments: { from: string; to: string; financialYears: readonly string[]; rows: readonly DirectPaymentSpendRow[] };
};

const censusSentence = (censusDate: string) => `${STATUTORY_CLASSIFICATION}. Census date: ${formatIsoDateEnGb(censusDate)} (${censusDate}).`;

// An indicator is a number in a spreadsheet (1 or 0, to add up or filter on), written as a whole number.
const indicatorColumn = (item: Sen2PbItem) => ({ key: item.toLowerCase(), label: `${item}: ${SEN2_PB_ITEM_LABELS[item]} (1 or 0)`, kind: "count" as const });
// The record's text as the file's number; a value a file read back holds that is not 1 or 0 stays as it is.
const indicatorValue = (value: string) => (value === "1" || value === "0" ? Number(value) : value);

/**
 * SEN2's named plan items, one row per child, with the product's words for how the budget is held
 * and what it covers beside them (the collection has no item for what it covers; the table keeps it).
 */
export function buildSen2PersonTable(censusDate: string, records: readonly Sen2Record[]): ExportTable {
  return {
    id: "sen2-person-level",
    title: `SEN2 personal budgets by child on the census date ${formatIsoDateEnGb(censusDate)}`,
    sheetName: "SEN2 by child",
    columns: [
      { key: "censusDate", label: "Census date", kind: "date" },
      { key: "reference", label: SEN2_REFERENCE_CARRIER.csvColumn, kind: "text" },
      { key: "startDate", label: "StartDate: EHC plan start date", kind: "date" },
      indicatorColumn("PB"),
      indicatorColumn("OA"),
      indicatorColumn("DP"),
      { key: "arrangement", label: "How the budget is held", kind: "text" },
      { key: "element", label: "What the budget covers (not a SEN2 item)", kind: "text" },
    ],
    rows: records.map((r) => ({
      censusDate,
      reference: r.reference,
      startDate: r.planStartDate,
      pb: indicatorValue(r.pb),
      oa: indicatorValue(r.oa),
      dp: indicatorValue(r.dp),
      arrangement: SEN2_ARRANGEMENT_LABELS[r.arrangement],
      element: SEN2_ELEMENT_LABELS[r.element],
    })),
    note: `${censusSentence(censusDate)} One row per child with an EHC plan and a personal budget in force on the census date.`,
  };
}

/** The SEN2 records counted by what the budget covers and how it is held: the same records, exactly. */
function summariseSen2(censusDate: string, records: readonly Sen2Record[]): ExportTable {
  const mixes: BudgetMixCount[] = records.map((r) => ({
    education: r.element === "education" || r.element === "integrated",
    socialCare: r.element === "social_care" || r.element === "integrated",
    health: r.element === "health" || r.element === "integrated",
    transport: false,
    directPayment: r.arrangement !== "organised_only",
    organised: r.arrangement !== "direct_payment_only",
    thirdParty: false,
    children: 1,
  }));
  const table = buildSen2PersonalBudgets(censusDate, mixes);
  return { ...table, id: "sen2-summary", sheetName: "SEN2 summary", note: `${censusSentence(censusDate)} ${table.note ?? ""}` };
}

/**
 * Every statutory return of one census, exact (no cell is ever suppressed): SEN2 by child and in
 * summary, the NHS's personal health budget return, and direct payments by stream and year.
 */
export function buildStatutoryReturnTables(facts: StatutoryReturnFacts): ExportTable[] {
  const nhs = buildNhsPhbReturn(facts.phbQuarters);
  const dp = buildDirectPaymentSpend(facts.directPayments.financialYears, facts.directPayments.rows);
  return [
    buildSen2PersonTable(facts.censusDate, facts.sen2Records),
    summariseSen2(facts.censusDate, facts.sen2Records),
    { ...nhs, note: `${STATUTORY_CLASSIFICATION}. Census dates: each quarter end. ${nhs.note ?? ""}` },
    { ...dp, id: "direct-payments-return", sheetName: "Direct payments", note: `${STATUTORY_CLASSIFICATION}. Paid from ${formatIsoDateEnGb(facts.directPayments.from)} to ${formatIsoDateEnGb(facts.directPayments.to)}; SEN2 census date ${formatIsoDateEnGb(facts.censusDate)}. ${dp.note ?? ""}` },
  ];
}
