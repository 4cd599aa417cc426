import { formatIsoDateEnGb } from "@pb/calendar";
import { describeDisclosure, type DisclosureRule } from "../disclosure/rule";
import type { ExportTable } from "./export-table";

export type PolicyVersionInPeriod = { versionNumber: number; effectiveFrom: string; until: string | null; changeNote: string };

/** What an export must say about itself: what it shows, for which filters, under which policy, when and from what. */
export type ExportAbout = {
  title: string;
  councilName: string;
  periodLabel: string;
  from: string;
  to: string;
  filters: { label: string; value: string }[];
  policyVersions: PolicyVersionInPeriod[];
  /** ISO timestamp of when the figures were read. */
  madeAt: string;
  madeByRole: string;
  /** Where the figures come from, in a sentence. */
  source: string;
  /** The suppression threshold, when the file has counts of children (null: none); read as the "suppress" method. */
  suppressionThreshold: number | null;
  /** How the file gives money, where it is not exact pounds and pence (a coarsened extract's bands). */
  moneyNote?: string;
  /** The council's disclosure rule; when given it wins over `suppressionThreshold`. */
  disclosure?: DisclosureRule;
};

/** The About sheet's rows on small numbers ([item, words]): the rule's own words, or that the file has no counts. The pack's page and PDF say the same. */
export function describeSmallNumbers(about: ExportAbout): string[][] {
  const rule = about.disclosure ?? (about.suppressionThreshold === null ? null : { threshold: about.suppressionThreshold, method: "suppress" as const });
  if (!rule) return [["Small numbers", "Not suppressed: this file has no counts of children."]];
  return describeDisclosure(rule).map(({ item, value }) => [item, value]);
}

/** "2026-10-31T14:05:09.123Z" → "31 October 2026 at 14:05 (UTC)": a reader in a committee room needs no ISO. */
export function formatMadeAt(iso: string): string {
  return `${formatIsoDateEnGb(iso.slice(0, 10))} at ${iso.slice(11, 16)} (UTC)`;
}

export function describePolicyVersion(v: PolicyVersionInPeriod): string {
  const span = v.until ? `from ${v.effectiveFrom} to ${v.until}` : `from ${v.effectiveFrom}`;
  return `Version ${v.versionNumber}, in force ${span}${v.changeNote ? `: ${v.changeNote}` : ""}`;
}

/** The "About" sheet: one item per row, the same in the XLSX and beside the CSV. */
export function buildAboutTable(about: ExportAbout): ExportTable {
  const rows = [
    ["Export", about.title],
    ["Council", about.councilName],
    ["Period", `${about.periodLabel} (${about.from} to ${about.to})`],
    ...about.filters.map((f) => [`Filter: ${f.label}`, f.value]),
    ...(about.policyVersions.length
      ? about.policyVersions.map((v, i) => [i === 0 ? "Policy versions in force" : "", describePolicyVersion(v)])
      : [["Policy versions in force", "None published for this period"]]),
    ["Made", formatMadeAt(about.madeAt)],
    ["Made at (ISO 8601)", about.madeAt],
    ["Made by", about.madeByRole],
    ["Data", about.source],
    ["Money", about.moneyNote ?? "Pounds sterling; each amount is exact to the penny and every total is the sum of the pence it covers."],
    ...describeSmallNumbers(about),
  ];
  return {
    id: "about",
    title: "About this export",
    columns: [
      { key: "item", label: "Item", kind: "text" },
      { key: "value", label: "Value", kind: "text" },
    ],
    rows: rows.map(([item, value]) => ({ item: item ?? "", value: value ?? "" })),
  };
}
