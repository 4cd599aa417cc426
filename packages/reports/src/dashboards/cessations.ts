import { STREAM_LABELS, STREAMS } from "../spend-by-stream";
import type { CellSum } from "../exports/export-table";
import { cellOf, cellsDown, sameFigure } from "../exports/output-sums";
import { buildCategoryCountSection, countBy, listCategories } from "./category-section";
import { addTo, sumOf, type DashboardSection, type DashboardView } from "./dashboard-view";
import { CESSATION_REASON_LABELS, CESSATION_REASONS, DISAGREEMENT_OUTCOME_LABELS, DISAGREEMENT_OUTCOMES, labelOf } from "./labels";
import type { ResolvedDashboardPeriod } from "./period";

/** Cessations by month decided and reason. */
export type CessationFigures = { month: string; reasonCode: string; cessations: number };
/** Cessations by month decided and funding stream: a budget counts once in each stream of its lines that match the filters. */
export type CessationStreamFigures = { month: string; stream: string; cessations: number };
/** Disagreements (a family asking for a decision to be reviewed) by month received, stream and outcome so far. */
export type DisagreementFigures = { month: string; stream: string; outcome: string; disagreements: number; withinDeadline: number };

export type CessationDashboardInput = {
  period: ResolvedDashboardPeriod;
  cessations: readonly CessationFigures[];
  cessationsByStream: readonly CessationStreamFigures[];
  disagreements: readonly DisagreementFigures[];
  /** The dashboard's line filters: a stream asked for is the only one shown. */
  lines: { stream?: string; arrangement?: string; service?: string };
};

function byReason(input: CessationDashboardInput): DashboardSection {
  return buildCategoryCountSection({
    id: "cessations-by-reason",
    sheetName: "Ended by reason",
    title: `Personal budgets ended, by reason, ${input.period.label}`,
    category: { key: "reason", label: "Reason", known: CESSATION_REASONS, labels: CESSATION_REASON_LABELS },
    measure: { key: "cessations", label: "Personal budgets ended" },
    counts: countBy(input.cessations, (r) => r.reasonCode, (r) => r.cessations),
    note: "By the date the decision to end the budget was made.",
    drillOf: (reasonCode) => ({ measure: "cessations", reasonCode }),
    totalDrill: { measure: "cessations" },
  });
}

/** The streams the table by stream lists: every stream (or only the one the filter asks for), then any other the figures hold. */
function listStreams(input: CessationDashboardInput): string[] {
  const seen = [...input.cessationsByStream.map((r) => r.stream), ...input.disagreements.map((r) => r.stream)];
  return listCategories(STREAMS, seen).filter((s) => !input.lines.stream || s === input.lines.stream);
}

function byStream(input: CessationDashboardInput): DashboardSection {
  const ended = countBy(input.cessationsByStream, (r) => r.stream, (r) => r.cessations);
  const asked = countBy(input.disagreements, (r) => r.stream, (r) => r.disagreements);
  const streams = listStreams(input);
  const title = `Personal budgets ended and reviews asked for, by funding stream, ${input.period.label}`;
  return {
    id: "cessations-by-stream",
    title,
    chart: { kind: "bar", categoryKey: "stream", series: [{ key: "cessations", label: "Personal budgets ended" }, { key: "disagreements", label: "Reviews asked for" }], valueKind: "count" },
    table: {
      id: "cessations-by-stream",
      sheetName: "Ended by stream",
      title,
      columns: [
        { key: "stream", label: "Funding stream", kind: "text" },
        { key: "cessations", label: "Personal budgets ended", kind: "count" },
        { key: "disagreements", label: "Reviews asked for", kind: "count" },
      ],
      rows: streams.map((s) => ({ stream: labelOf(STREAM_LABELS, s), cessations: ended.get(s) ?? 0, disagreements: asked.get(s) ?? 0 })),
      note: "A budget with lines in several streams counts once in each, so the streams do not add up to the total ended. A review asked for counts in the stream of the decision it is about.",
      drills: streams.map((s) => ({ cessations: { measure: "cessations", stream: s }, disagreements: { measure: "disagreements", stream: s } })),
    },
  };
}

function overTime(input: CessationDashboardInput): DashboardSection {
  const ended = new Map<string, number>();
  for (const r of input.cessations) addTo(ended, r.month, r.cessations);
  const asked = new Map<string, number>();
  for (const r of input.disagreements) addTo(asked, r.month, r.disagreements);
  const title = `Personal budgets ended and reviews asked for, per month, ${input.period.label}`;
  return {
    id: "cessations-by-month",
    title,
    chart: { kind: "bar", categoryKey: "month", series: [{ key: "cessations", label: "Personal budgets ended" }, { key: "disagreements", label: "Reviews asked for" }], valueKind: "count" },
    table: {
      id: "cessations-by-month",
      sheetName: "Ended by month",
      title,
      columns: [
        { key: "month", label: "Month", kind: "month" },
        { key: "cessations", label: "Personal budgets ended", kind: "count" },
        { key: "disagreements", label: "Reviews asked for", kind: "count" },
      ],
      rows: input.period.months.map((m) => ({ month: m, cessations: ended.get(m) ?? 0, disagreements: asked.get(m) ?? 0 })),
      totalRow: { month: "Total", cessations: sumOf(ended.values()), disagreements: sumOf(asked.values()) },
      note: "Ended: by the month the decision to end was made. Reviews asked for: by the month the family's request was received.",
      drills: input.period.months.map((month) => ({ cessations: { measure: "cessations", month }, disagreements: { measure: "disagreements", month } })),
      totalDrills: { cessations: { measure: "cessations" }, disagreements: { measure: "disagreements" } },
    },
  };
}

function disagreementOutcomes(input: CessationDashboardInput): DashboardSection {
  const asked = new Map<string, number>();
  const inTime = new Map<string, number>();
  for (const r of input.disagreements) {
    addTo(asked, r.outcome, r.disagreements);
    addTo(inTime, r.outcome, r.withinDeadline);
  }
  const outcomes = listCategories(DISAGREEMENT_OUTCOMES, asked.keys());
  const title = `Reviews asked for and their outcomes, ${input.period.label}`;
  return {
    id: "disagreement-outcomes",
    title,
    chart: { kind: "bar", categoryKey: "outcome", series: [{ key: "disagreements", label: "Reviews asked for" }], valueKind: "count" },
    table: {
      id: "disagreement-outcomes",
      sheetName: "Reviews asked for",
      title,
      columns: [
        { key: "outcome", label: "Outcome", kind: "text" },
        { key: "disagreements", label: "Reviews asked for", kind: "count" },
        { key: "withinDeadline", label: "Settled by the deadline", kind: "count" },
        // Shown so that the reviews asked for less those settled in time is not a small count left unprotected.
        { key: "notWithinDeadline", label: "Not settled by the deadline", kind: "count" },
      ],
      rows: outcomes.map((o) => {
        const [all, inDeadline] = [asked.get(o) ?? 0, inTime.get(o) ?? 0];
        return { outcome: labelOf(DISAGREEMENT_OUTCOME_LABELS, o), disagreements: all, withinDeadline: inDeadline, notWithinDeadline: all - inDeadline };
      }),
      totalRow: { outcome: "Total", disagreements: sumOf(asked.values()), withinDeadline: sumOf(inTime.values()), notWithinDeadline: sumOf(asked.values()) - sumOf(inTime.values()) },
      rowSum: { parts: ["withinDeadline", "notWithinDeadline"], total: "disagreements" },
      note: "A family asks for a decision to be reviewed (T7); the council reviews it within its deadline.",
      drills: outcomes.map((o) => ({ disagreements: { measure: "disagreements", outcome: o } })),
      totalDrills: { disagreements: { measure: "disagreements" } },
    },
  };
}

/** The cessations dashboard: budgets ended by reason, stream and month; reviews asked for and their outcomes. */
export function buildCessationDashboard(input: CessationDashboardInput): DashboardView {
  const ended = sumOf(input.cessations.map((r) => r.cessations));
  const asked = sumOf(input.disagreements.map((r) => r.disagreements));
  const changed = sumOf(input.disagreements.filter((r) => r.outcome === "changed").map((r) => r.disagreements));
  return {
    dashboard: "cessations",
    period: input.period,
    headlines: [
      { label: "Personal budgets ended", value: ended, kind: "count" },
      { label: "Reviews asked for", value: asked, kind: "count" },
      { label: "Reviews that changed the decision", value: changed, kind: "count" },
    ],
    sections: [byReason(input), byStream(input), overTime(input), disagreementOutcomes(input)],
    sums: listCessationSums(input),
  };
}

/**
 * What the tables show twice: the budgets ended and the reviews asked for, each in total in two
 * tables; the reviews by stream add up to their total (a review is about one stream's decision);
 * and, filtered to one stream, that stream's budgets ended are all the budgets ended.
 */
function listCessationSums(input: CessationDashboardInput): CellSum[] {
  const streams = listStreams(input);
  return [
    sameFigure(cellOf("cessations-by-month", "total", "cessations"), cellOf("cessations-by-reason", "total", "cessations")),
    sameFigure(cellOf("cessations-by-month", "total", "disagreements"), cellOf("disagreement-outcomes", "total", "disagreements")),
    { total: cellOf("disagreement-outcomes", "total", "disagreements"), parts: cellsDown("cessations-by-stream", streams.length, "disagreements") },
    ...(input.lines.stream && streams.length === 1 ? [sameFigure(cellOf("cessations-by-reason", "total", "cessations"), cellOf("cessations-by-stream", 0, "cessations"))] : []),
  ];
}
