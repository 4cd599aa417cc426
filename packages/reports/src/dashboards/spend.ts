import { formatMonthEnGb, formatMonthSpanEnGb } from "@pb/calendar";
import { STREAM_LABELS, STREAMS } from "../spend-by-stream";
import type { CellSum } from "../exports/export-table";
import { cellOf, sameFigure } from "../exports/output-sums";
import { addTo, changeFrom, sumOf, type DashboardSection, type DashboardView, type DrillTarget, type ExportRow } from "./dashboard-view";
import { ARRANGEMENT_LABELS, ARRANGEMENTS, labelOf } from "./labels";
import type { ResolvedDashboardPeriod } from "./period";

/** Payments summed by month ("YYYY-MM"), stream and arrangement: scheduled by month due, paid by month paid. */
export type SpendFigures = { month: string; stream: string; arrangement: string; scheduledPence: number; paidPence: number };
/** Budget lines' annual amounts shared over the days they are in force, by month, stream and arrangement. */
export type CommitmentFigures = { month: string; stream: string; arrangement: string; committedPence: number };

export type SpendDashboardInput = {
  period: ResolvedDashboardPeriod;
  prior: ResolvedDashboardPeriod;
  spend: readonly SpendFigures[];
  commitment: readonly CommitmentFigures[];
  priorSpend: readonly SpendFigures[];
  priorCommitment: readonly CommitmentFigures[];
};

type Totals = { committed: Map<string, number>; scheduled: Map<string, number>; paid: Map<string, number> };

/** Sums by a key of the row (month, stream or arrangement). */
function totalsBy(spend: readonly SpendFigures[], commitment: readonly CommitmentFigures[], key: (r: { month: string; stream: string; arrangement: string }) => string): Totals {
  const out: Totals = { committed: new Map(), scheduled: new Map(), paid: new Map() };
  for (const r of spend) {
    addTo(out.scheduled, key(r), r.scheduledPence);
    addTo(out.paid, key(r), r.paidPence);
  }
  for (const r of commitment) addTo(out.committed, key(r), r.committedPence);
  return out;
}

const get = (m: Map<string, number>, k: string) => m.get(k) ?? 0;

const MONEY_COLUMNS = [
  { key: "committedPence", label: "Committed", kind: "pence" as const },
  { key: "scheduledPence", label: "Scheduled", kind: "pence" as const },
  { key: "paidPence", label: "Paid", kind: "pence" as const },
  { key: "priorPaidPence", label: "Paid a year earlier", kind: "pence" as const },
  { key: "changePence", label: "Change in paid", kind: "pence" as const, derivedFrom: ["paidPence", "priorPaidPence"] },
  // A percentage names its part, then its base: the change as a share of the year before.
  { key: "changePercent", label: "Change in paid, per cent", kind: "percent" as const, derivedFrom: ["changePence", "priorPaidPence"] },
];

/** One row of money; `compared` is false for a month not reached yet, which has nothing a year earlier to set against. */
function moneyRow(label: string, key: string, now: Totals, before: Totals, labelKey: string, compared = true): ExportRow {
  const paid = get(now.paid, key);
  const money = { [labelKey]: label, committedPence: get(now.committed, key), scheduledPence: get(now.scheduled, key), paidPence: paid };
  if (!compared) return { ...money, priorPaidPence: null, changePence: null, changePercent: null };
  const prior = get(before.paid, key);
  const { change, changePercent } = changeFrom(paid, prior);
  return { ...money, priorPaidPence: prior, changePence: change, changePercent };
}

/**
 * The totals row. Its change is the sum of the rows' changes (a month not reached yet has none), so
 * that it is the column's total as a reader adds it up; with nothing paid after today, it is paid less
 * paid a year earlier.
 */
function moneyTotalRow(labelKey: string, now: Totals, before: Totals, rows: readonly ExportRow[]): ExportRow {
  const prior = sumOf(before.paid.values());
  const change = sumOf(rows.map((r) => (typeof r.changePence === "number" ? r.changePence : 0)));
  return {
    [labelKey]: "Total", committedPence: sumOf(now.committed.values()), scheduledPence: sumOf(now.scheduled.values()),
    paidPence: sumOf(now.paid.values()), priorPaidPence: prior, changePence: change, changePercent: changeFrom(prior + change, prior).changePercent,
  };
}

/** The three measures' drill-downs for one cell of the dashboard. */
function moneyDrills(cell: Omit<DrillTarget, "measure">): Partial<Record<string, DrillTarget>> {
  return { committedPence: { measure: "committed", ...cell }, scheduledPence: { measure: "scheduled", ...cell }, paidPence: { measure: "paid", ...cell } };
}

const MONEY_SERIES = [
  { key: "committedPence", label: "Committed" },
  { key: "scheduledPence", label: "Scheduled" },
  { key: "paidPence", label: "Paid" },
];

const knownCodes = (part: "stream" | "arrangement"): readonly string[] => (part === "stream" ? STREAMS : ARRANGEMENTS);

/** The columns of a paid-per-month table: every known code, then any other the payments hold. */
function paidCodes(input: SpendDashboardInput, part: "stream" | "arrangement"): string[] {
  const codes = knownCodes(part);
  return [...codes, ...[...new Set(input.spend.map((r) => r[part]))].filter((c) => !codes.includes(c)).sort()];
}

/** The rows of a table by stream or arrangement: every known code, then any other this year's figures or last year's payments hold. */
function partCodes(input: SpendDashboardInput, part: "stream" | "arrangement"): string[] {
  const codes = knownCodes(part);
  const seen = new Set([...input.spend, ...input.commitment, ...input.priorSpend].map((r) => r[part]));
  return [...codes, ...[...seen].filter((c) => !codes.includes(c)).sort()];
}

/** Paid per month, one column per category (stream or arrangement), stacked in the chart. */
function paidByMonthAnd(input: SpendDashboardInput, part: "stream" | "arrangement"): DashboardSection {
  const labels: Record<string, string> = part === "stream" ? STREAM_LABELS : ARRANGEMENT_LABELS;
  const paid = new Map<string, number>();
  for (const r of input.spend) addTo(paid, `${r.month}|${r[part]}`, r.paidPence);
  const all = paidCodes(input, part);
  const rows = input.period.months.map((month) => {
    const row: ExportRow = { month };
    for (const c of all) row[c] = get(paid, `${month}|${c}`);
    row.totalPence = sumOf(all.map((c) => get(paid, `${month}|${c}`)));
    return row;
  });
  const totalRow: ExportRow = { month: "Total" };
  for (const c of all) totalRow[c] = sumOf(input.period.months.map((m) => get(paid, `${m}|${c}`)));
  totalRow.totalPence = sumOf(rows.map((r) => r.totalPence as number));
  const columns = [
    { key: "month", label: "Month", kind: "month" as const },
    ...all.map((c) => ({ key: c, label: labelOf(labels, c), kind: "pence" as const })),
    { key: "totalPence", label: "Total", kind: "pence" as const },
  ];
  const title = `Paid per month by ${part === "stream" ? "funding stream" : "arrangement"}, ${input.period.label}`;
  return {
    id: `paid-by-month-${part}`,
    title,
    chart: { kind: "stacked", categoryKey: "month", series: all.map((c) => ({ key: c, label: labelOf(labels, c) })), valueKind: "pence" },
    table: {
      id: `paid-by-month-${part}`,
      sheetName: part === "stream" ? "Paid by month and stream" : "Paid by month and arrangement",
      title,
      columns,
      rows,
      totalRow,
      rowSum: { parts: all, total: "totalPence" },
      note: "Payments with status paid, by the month they were paid.",
      drills: input.period.months.map((month) => ({
        ...Object.fromEntries(all.map((c) => [c, { measure: "paid" as const, month, [part]: c }])),
        totalPence: { measure: "paid" as const, month },
      })),
      totalDrills: { ...Object.fromEntries(all.map((c) => [c, { measure: "paid" as const, [part]: c }])), totalPence: { measure: "paid" } },
    },
  };
}

/** Said under a table when the period runs past this month: what the change is measured over. */
function comparedTo(input: SpendDashboardInput, byMonth = false): string {
  if (input.prior.months.length === input.period.months.length) return "";
  if (input.prior.months.length === 0) return "; the period has not begun, so there is nothing to compare yet";
  return `, up to ${formatMonthEnGb(input.prior.toMonth)}, as the period has not ended${byMonth ? " (a month not reached yet shows –)" : ""}`;
}

function byMonth(input: SpendDashboardInput): DashboardSection {
  const now = totalsBy(input.spend, input.commitment, (r) => r.month);
  const before = totalsBy(input.priorSpend, input.priorCommitment, (r) => r.month);
  // A month is compared with the same month a year earlier: the prior rows carry months twelve earlier.
  const shifted: Totals = { committed: new Map(), scheduled: new Map(), paid: new Map() };
  input.prior.months.forEach((m, i) => {
    const target = input.period.months[i];
    if (target) shifted.paid.set(target, get(before.paid, m));
  });
  const title = `Committed, scheduled and paid per month, ${input.period.label}`;
  const rows = input.period.months.map((m, i) => moneyRow(m, m, now, shifted, "month", i < input.prior.months.length));
  return {
    id: "money-by-month",
    title,
    chart: { kind: "bar", categoryKey: "month", series: MONEY_SERIES, valueKind: "pence" },
    table: {
      id: "money-by-month",
      sheetName: "Spend by month",
      title,
      columns: [{ key: "month", label: "Month", kind: "month" }, ...MONEY_COLUMNS],
      rows,
      totalRow: moneyTotalRow("month", now, shifted, rows),
      note: `Committed: each budget line's annual amount shared over the days it is in force. Scheduled: instalments due, not cancelled. Paid: by the month paid. A year earlier: the same month of the year before${comparedTo(input, true)}.`,
      drills: input.period.months.map((month) => moneyDrills({ month })),
      totalDrills: moneyDrills({}),
    },
  };
}

function byPart(input: SpendDashboardInput, part: "stream" | "arrangement"): DashboardSection {
  const labels: Record<string, string> = part === "stream" ? STREAM_LABELS : ARRANGEMENT_LABELS;
  const now = totalsBy(input.spend, input.commitment, (r) => r[part]);
  const before = totalsBy(input.priorSpend, input.priorCommitment, (r) => r[part]);
  const all = partCodes(input, part);
  const heading = part === "stream" ? "Funding stream" : "Arrangement";
  const rows = all.map((c) => moneyRow(labelOf(labels, c), c, now, before, part));
  const title = `Committed, scheduled and paid by ${part === "stream" ? "funding stream" : "arrangement"}, ${input.period.label}, with the change in paid from a year earlier`;
  return {
    id: `money-by-${part}`,
    title,
    chart: { kind: "bar", categoryKey: part, series: MONEY_SERIES, valueKind: "pence" },
    table: {
      id: `money-by-${part}`,
      sheetName: part === "stream" ? "Spend by stream" : "Spend by arrangement",
      title,
      columns: [{ key: part, label: heading, kind: "text" }, ...MONEY_COLUMNS],
      rows,
      totalRow: moneyTotalRow(part, now, before, rows),
      note: `A year earlier: the same months of the year before${comparedTo(input)}.`,
      drills: all.map((c) => moneyDrills({ [part]: c })),
      totalDrills: moneyDrills({}),
    },
  };
}

function priorHeadline(input: SpendDashboardInput): string {
  const { prior, period } = input;
  if (prior.months.length === period.months.length || prior.months.length === 0) return "Paid in the same months a year earlier";
  return `Paid a year earlier, ${formatMonthSpanEnGb(prior.fromMonth, prior.toMonth)}`;
}

/**
 * The spend dashboard: committed, scheduled and paid by month, stream and arrangement, each beside
 * what was paid in the same period a year earlier. Every figure comes from the rows given, so a
 * table's cells, its totals and the chart always agree.
 */
export function buildSpendDashboard(input: SpendDashboardInput): DashboardView {
  const now = totalsBy(input.spend, input.commitment, () => "all");
  const before = totalsBy(input.priorSpend, input.priorCommitment, () => "all");
  const paid = get(now.paid, "all");
  const prior = get(before.paid, "all");
  return {
    dashboard: "spend",
    period: input.period,
    headlines: [
      { label: "Committed", value: get(now.committed, "all"), kind: "pence" },
      { label: "Scheduled", value: get(now.scheduled, "all"), kind: "pence" },
      { label: "Paid", value: paid, kind: "pence" },
      { label: priorHeadline(input), value: prior, kind: "pence" },
      { label: "Change in paid from a year earlier", value: changeFrom(paid, prior).changePercent, kind: "percent" },
    ],
    sections: [paidByMonthAnd(input, "stream"), byMonth(input), byPart(input, "stream"), byPart(input, "arrangement"), paidByMonthAnd(input, "arrangement")],
    sums: listSpendSums(input),
  };
}

/**
 * What the spend tables show twice: a month's paid is the total of its row by stream and by
 * arrangement; a stream's (an arrangement's) paid is its column's total by month; the three
 * breakdowns share their totals.
 */
function listSpendSums(input: SpendDashboardInput): CellSum[] {
  const sums: CellSum[] = [];
  input.period.months.forEach((_, i) => {
    for (const part of ["stream", "arrangement"] as const) sums.push(sameFigure(cellOf("money-by-month", i, "paidPence"), cellOf(`paid-by-month-${part}`, i, "totalPence")));
  });
  for (const part of ["stream", "arrangement"] as const) {
    const rows = partCodes(input, part);
    for (const code of paidCodes(input, part)) sums.push(sameFigure(cellOf(`money-by-${part}`, rows.indexOf(code), "paidPence"), cellOf(`paid-by-month-${part}`, "total", code)));
    for (const key of ["committedPence", "scheduledPence", "paidPence", "priorPaidPence"]) sums.push(sameFigure(cellOf(`money-by-${part}`, "total", key), cellOf("money-by-month", "total", key)));
  }
  return sums;
}
