import { STREAM_LABELS, STREAMS } from "../spend-by-stream";
import type { ExportColumn, ExportRow, ExportTable } from "./export-table";

/** How many children share one combination of what their personal budget holds, on a date. */
export type BudgetMixCount = {
  education: boolean;
  socialCare: boolean;
  health: boolean;
  transport: boolean;
  directPayment: boolean;
  organised: boolean;
  thirdParty: boolean;
  children: number;
};

export const SEN2_ELEMENTS = ["education", "social_care", "health", "integrated"] as const;
export type Sen2Element = (typeof SEN2_ELEMENTS)[number];
/** The product's words for a personal budget's element (SEN2's XML has no item for it: the summary table uses them). */
export const SEN2_ELEMENT_LABELS: Record<Sen2Element, string> = { education: "Education", social_care: "Social care", health: "Health", integrated: "Integrated" };

/**
 * SEN2's element of a personal budget: one of education, social care or health, or "integrated"
 * when it combines more than one. A personal transport budget is the council's education duty
 * (home-to-school travel), so it counts as education.
 */
export function classifySen2Element(mix: Pick<BudgetMixCount, "education" | "socialCare" | "health" | "transport">): Sen2Element {
  const education = mix.education || mix.transport;
  const parts = [education, mix.socialCare, mix.health].filter(Boolean).length;
  if (parts > 1) return "integrated";
  return mix.health ? "health" : mix.socialCare ? "social_care" : "education";
}

export type Sen2Arrangement = "direct_payment_only" | "organised_only" | "both";
export const SEN2_ARRANGEMENT_LABELS: Record<Sen2Arrangement, string> = {
  direct_payment_only: "Direct payments only",
  organised_only: "Organised arrangements only",
  both: "Both organised arrangements and direct payments",
};
/** SEN2 has two kinds: direct payments and organised arrangements; a third-party (broker) budget is organised for the family. */
export function classifySen2Arrangement(mix: Pick<BudgetMixCount, "directPayment" | "organised" | "thirdParty">): Sen2Arrangement {
  const organised = mix.organised || mix.thirdParty;
  if (mix.directPayment && organised) return "both";
  return mix.directPayment ? "direct_payment_only" : "organised_only";
}

const SEN2_COLUMNS: ExportColumn[] = [
  { key: "element", label: "Element of the personal budget", kind: "text" },
  { key: "withBudget", label: "EHC plans with a personal budget", kind: "count" },
  { key: "directPaymentOnly", label: "Of which direct payments only", kind: "count" },
  { key: "organisedOnly", label: "Of which organised arrangements only", kind: "count" },
  { key: "both", label: "Of which both", kind: "count" },
];

/** EHC plans with a personal budget on the census date, by element and kind, in the shape SEN2 asks for. */
export function buildSen2PersonalBudgets(asAt: string, mixes: readonly BudgetMixCount[]): ExportTable {
  const zero = () => ({ withBudget: 0, directPaymentOnly: 0, organisedOnly: 0, both: 0 });
  const byElement = new Map(SEN2_ELEMENTS.map((e) => [e, zero()]));
  const total = zero();
  for (const mix of mixes) {
    const line = byElement.get(classifySen2Element(mix)) ?? zero();
    const kind = classifySen2Arrangement(mix);
    const key = kind === "direct_payment_only" ? "directPaymentOnly" : kind === "organised_only" ? "organisedOnly" : "both";
    for (const target of [line, total]) {
      target.withBudget += mix.children;
      target[key] += mix.children;
    }
  }
  return {
    id: "sen2-personal-budgets",
    title: `EHC plans with a personal budget on ${asAt}, by element and arrangement (SEN2)`,
    columns: SEN2_COLUMNS,
    rows: SEN2_ELEMENTS.map((e) => ({ element: SEN2_ELEMENT_LABELS[e], ...(byElement.get(e) ?? zero()) })),
    totalRow: { element: "All EHC plans with a personal budget", ...total },
    rowSum: { parts: ["directPaymentOnly", "organisedOnly", "both"], total: "withBudget" },
    note: "One count per child with an EHC plan and a personal budget in force on the date. Integrated: more than one of education, social care and health. Transport counts as education; a budget held by a third party counts as an organised arrangement.",
  };
}

/** EHC plans in force on the date and how many of them have a personal budget. */
export function buildEhcpCoverage(asAt: string, ehcps: number, withBudget: number): ExportTable {
  return {
    id: "ehcp-coverage",
    title: `EHC plans and personal budgets on ${asAt}`,
    columns: [
      { key: "measure", label: "Measure", kind: "text" },
      { key: "ehcps", label: "EHC plans", kind: "count" },
      { key: "withBudget", label: "With a personal budget", kind: "count" },
      // Shown so that the plans less those with a budget is not a small count left unprotected.
      { key: "withoutBudget", label: "Without a personal budget", kind: "count" },
      { key: "share", label: "Share with a personal budget", kind: "percent", suppressWith: "withBudget", derivedFrom: ["withBudget", "ehcps"] },
    ],
    rows: [{ measure: "EHC plans in force", ehcps, withBudget, withoutBudget: ehcps - withBudget, share: ehcps ? Math.round((withBudget / ehcps) * 1000) / 10 : null }],
    rowSum: { parts: ["withBudget", "withoutBudget"], total: "ehcps" },
  };
}

export const PHB_TYPES = ["notional", "third_party", "direct_payment", "combination"] as const;
export type PhbType = (typeof PHB_TYPES)[number];
export const PHB_LABELS: Record<PhbType, string> = {
  notional: "Notional budget",
  third_party: "Third party budget",
  direct_payment: "Direct payment",
  combination: "More than one type",
};

/** The NHS's kinds of personal health budget; our organised arrangement is the NHS's notional budget. */
export function classifyPhbType(mix: Pick<BudgetMixCount, "directPayment" | "organised" | "thirdParty">): PhbType {
  const kinds = [mix.organised, mix.thirdParty, mix.directPayment].filter(Boolean).length;
  if (kinds > 1) return "combination";
  return mix.directPayment ? "direct_payment" : mix.thirdParty ? "third_party" : "notional";
}

/** Personal health budgets in place at each quarter end, by type, as the NHS's quarterly collection counts them. */
export function buildPhbByType(quarters: readonly { quarterEnd: string; mixes: readonly BudgetMixCount[] }[]): ExportTable {
  const key = (quarterEnd: string) => `q${quarterEnd.replace(/-/g, "")}`;
  const rows: ExportRow[] = PHB_TYPES.map((t) => ({ type: PHB_LABELS[t] }));
  const totalRow: ExportRow = { type: "All personal health budgets" };
  for (const { quarterEnd, mixes } of quarters) {
    const counts = new Map(PHB_TYPES.map((t) => [t, 0]));
    for (const mix of mixes) counts.set(classifyPhbType(mix), (counts.get(classifyPhbType(mix)) ?? 0) + mix.children);
    PHB_TYPES.forEach((t, i) => ((rows[i] as ExportRow)[key(quarterEnd)] = counts.get(t) ?? 0));
    totalRow[key(quarterEnd)] = [...counts.values()].reduce((a, b) => a + b, 0);
  }
  return {
    id: "phb-by-type",
    title: "Personal health budgets in place at each quarter end, by type (NHS)",
    columns: [{ key: "type", label: "Type", kind: "text" }, ...quarters.map((q) => ({ key: key(q.quarterEnd), label: `In place on ${q.quarterEnd}`, kind: "count" as const }))],
    rows,
    totalRow,
    note: "One count per child with a health stream budget in force on the date. Notional: the council or NHS holds the money (our organised arrangement).",
  };
}

export type DirectPaymentSpendRow = { financialYear: string; stream: string; amountPence: number; children: number };

/** Direct payments paid in each financial year, by stream: children paid and the amount, to the penny. */
export function buildDirectPaymentSpend(financialYears: readonly string[], rows: readonly DirectPaymentSpendRow[]): ExportTable {
  const body: ExportRow[] = STREAMS.map((s) => ({ stream: STREAM_LABELS[s] }));
  const totalRow: ExportRow = { stream: "All streams" };
  const columns: ExportColumn[] = [{ key: "stream", label: "Funding stream", kind: "text" }];
  for (const fy of financialYears) {
    const children = `children${fy}`;
    const spend = `spend${fy}`;
    columns.push({ key: children, label: `${fy} children paid`, kind: "count" }, { key: spend, label: `${fy} paid`, kind: "pence", suppressWith: children });
    let totalChildren = 0;
    let totalPence = 0;
    STREAMS.forEach((s, i) => {
      const found = rows.find((r) => r.financialYear === fy && r.stream === s);
      const row = body[i] as ExportRow;
      row[children] = found?.children ?? 0;
      row[spend] = found?.amountPence ?? 0;
      totalChildren += found?.children ?? 0;
      totalPence += found?.amountPence ?? 0;
    });
    totalRow[children] = totalChildren;
    totalRow[spend] = totalPence;
  }
  return {
    id: "direct-payment-spend",
    title: "Spend on direct payments by funding stream and financial year",
    columns,
    rows: body,
    totalRow,
    note: "Direct payments paid (by the date paid) within the period. A child paid in two streams counts in each, so the children in the totals row may exceed the number of different children.",
  };
}
