import { CHECK_OUTCOME_LABELS, labelOf } from "../dashboards/labels";
import { STREAM_LABELS } from "../spend-by-stream";
import type { WhatIfSummary } from "../what-if-summary";
import type { ExportOutput } from "./export-table";
import { cellOf, sameFigure } from "./output-sums";

/**
 * The what-if's summary for the review pack: request lines by outcome in force and under the version
 * tried, and by stream. Every line has an outcome both ways and one stream, so the three totals of
 * lines checked are one figure, declared so.
 */
export function buildWhatIfPackOutput(summary: WhatIfSummary, candidateLabel: string): ExportOutput {
  return {
    tables: [
      {
        id: "what-if-outcomes",
        title: `Request lines by outcome: the policy in force as recorded, and ${candidateLabel}`,
        columns: [
          { key: "outcome", label: "Outcome", kind: "text" },
          { key: "inForce", label: "Policy in force (as recorded)", kind: "count" },
          { key: "draft", label: candidateLabel, kind: "count" },
        ],
        rows: summary.outcomes.map((o) => ({ outcome: labelOf(CHECK_OUTCOME_LABELS, o.outcome), inForce: o.inForce, draft: o.draft })),
        totalRow: { outcome: "Total", inForce: summary.outcomes.reduce((s, o) => s + o.inForce, 0), draft: summary.outcomes.reduce((s, o) => s + o.draft, 0) },
        // The counts are in the tables, protected; a note in words would publish them unprotected.
        note: "Each request line received in the period, counted once under the policy in force (its recorded outcome) and once under the version tried.",
      },
      {
        id: "what-if-streams",
        title: `Request lines whose outcome would change, by funding stream, under ${candidateLabel}`,
        columns: [
          { key: "stream", label: "Funding stream", kind: "text" },
          { key: "checked", label: "Lines checked", kind: "count" },
          { key: "changed", label: "Outcome would change", kind: "count" },
          // Shown so that lines checked less those changed is not a small count left unprotected.
          { key: "unchanged", label: "Unchanged", kind: "count" },
          { key: "committedChangePence", label: "Change in committed spend", kind: "pence", suppressWith: "changed" },
        ],
        rows: summary.streams.map((s) => ({ stream: STREAM_LABELS[s.stream], checked: s.checked, changed: s.changed, unchanged: s.checked - s.changed, committedChangePence: s.committedChangePence })),
        totalRow: {
          stream: "Total",
          checked: summary.streams.reduce((n, s) => n + s.checked, 0),
          changed: summary.streams.reduce((n, s) => n + s.changed, 0),
          unchanged: summary.streams.reduce((n, s) => n + s.checked - s.changed, 0),
          committedChangePence: summary.committedChangePence,
        },
        rowSum: { parts: ["changed", "unchanged"], total: "checked" },
      },
    ],
    sums: [
      sameFigure(cellOf("what-if-outcomes", "total", "draft"), cellOf("what-if-outcomes", "total", "inForce")),
      sameFigure(cellOf("what-if-streams", "total", "checked"), cellOf("what-if-outcomes", "total", "inForce")),
    ],
  };
}
