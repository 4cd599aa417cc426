import type { DurationUnit, Source } from "./time-limits";

const UNIT_NAMES: Readonly<Record<DurationUnit, [string, string]>> = {
  days: ["day", "days"],
  working_days: ["working day", "working days"],
  weeks: ["week", "weeks"],
  months: ["month", "months"],
  years: ["year", "years"],
};

/** { n: 15, unit: "working_days" } → "15 working days"; 1 → "1 month". */
export function describeDuration(period: { n: number; unit: DurationUnit }): string {
  const [one, many] = UNIT_NAMES[period.unit];
  return `${period.n} ${period.n === 1 ? one : many}`;
}

// Names of the five source documents (docs: /work/shared/domain.md) for citations.
const DOCUMENT_NAMES: Readonly<Record<string, string>> = {
  "000": "Hertfordshire personal budgets policy (000)",
  "001": "Portsmouth personal budgets information (001)",
  "002": "Surrey personal budgets policy (002)",
  "003": "Guide for families on personal budgets (003)",
  "004": "Plymouth SEND personal budget policy (004)",
  "code-of-practice": "SEND Code of Practice 0 to 25 years",
  council: "Council setting",
};

/** { document: "002", rule: "T7" } → "Surrey personal budgets policy (002), T7". */
export function describeSource(source: Source): string {
  const document = DOCUMENT_NAMES[source.document] ?? source.document;
  return source.rule ? `${document}, ${source.rule}` : document;
}
