import { ARRANGEMENTS, STREAMS } from "@pb/eligibility";
import { STATUTORY_CLASSIFICATION } from "../returns/statutory-label";
import { STATUTORY_RETURN_TABLES } from "../returns/statutory-tables";
import { AGE_BANDS } from "./age-band";
import { EXTRACT_PRIVACY } from "./extract-privacy";

/** Every export the product makes, with its filters: what the exports page lists. */
export type ExportCatalogueEntry = {
  id: "spend" | "returns" | "sen2" | "payments" | "budget-lines" | "review-pack";
  kind: "aggregate" | "return" | "extract" | "pack";
  /** A statutory return: exact, OFFICIAL-SENSITIVE, offered only to the roles that submit returns. */
  statutory?: true;
  title: string;
  description: string;
  filters: string[];
  formats: string[];
  /** The tables of an aggregate export: one sheet each in the XLSX, one CSV each. */
  tables: { id: string; title: string }[];
};

/** What a row-level extract is narrowed by: the dashboards' filters, and how its rows leave the council. */
const EXTRACT_FILTERS = ["Period", "Funding stream", "Arrangement", "Service", "Age band", "Policy version", "Pseudonymised or coarsened rows"];

export const EXPORT_CATALOGUE: readonly ExportCatalogueEntry[] = [
  {
    id: "spend",
    kind: "aggregate",
    title: "Spend by funding stream",
    description: "The spend dashboard's figures: paid per month of the financial year, by funding stream, with totals.",
    filters: ["Financial year (April to March)"],
    formats: ["XLSX", "CSV"],
    tables: [{ id: "spend-by-month", title: "Paid per month by funding stream" }],
  },
  {
    id: "returns",
    kind: "return",
    statutory: true,
    title: `Statutory returns (${STATUTORY_CLASSIFICATION})`,
    description: "SEN2's personal budget items by child and in summary on the census date (the third Thursday of January in the period), the NHS's personal health budget return for each quarter, and direct payments by stream per financial year. Exact: nothing is suppressed.",
    filters: ["Period: financial year, academic year or dates (it must include a census date)"],
    formats: ["XLSX", "CSV"],
    tables: STATUTORY_RETURN_TABLES.map((t) => ({ ...t })),
  },
  {
    id: "sen2",
    kind: "return",
    statutory: true,
    title: `SEN2 person-level file (${STATUTORY_CLASSIFICATION})`,
    description: "The named plan module's personal budget items, one record per child, as the collection's XML and CSV, checked against the collection's rules before download; the XML is refused until every error is fixed.",
    filters: ["Period (its census date)", "The council's DfE local authority number"],
    formats: ["XML", "CSV"],
    tables: [],
  },
  {
    id: "payments",
    kind: "extract",
    title: "Row-level extract: payments",
    description: "Every payment due in the period, one row each, children pseudonymised (no names or dates of birth; ages in bands), with exact dates and amounts or with months and amount bands.",
    filters: EXTRACT_FILTERS,
    formats: ["CSV", "XLSX"],
    tables: [],
  },
  {
    id: "budget-lines",
    kind: "extract",
    title: "Row-level extract: budget lines",
    description: "Every budget line in force on any day of the period, with its budget's status and any cessation reason, children pseudonymised.",
    filters: EXTRACT_FILTERS,
    formats: ["CSV", "XLSX"],
    tables: [],
  },
  {
    id: "review-pack",
    kind: "pack",
    title: "Policy review pack",
    description: "One printable page and PDF for a committee: every dashboard chart and table, the changes between the policy versions in force, and when and from what it was made.",
    filters: ["Review period (dates)"],
    formats: ["Printable page", "PDF"],
    tables: [],
  },
];

/** The fixed choices the row-level extracts filter by, as stable codes (services and policy versions are the council's own). */
export const EXTRACT_FILTER_OPTIONS = { streams: STREAMS, arrangements: ARRANGEMENTS, ageBands: AGE_BANDS, privacy: EXTRACT_PRIVACY } as const;
