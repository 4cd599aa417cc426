import { CHECK_OUTCOME_LABELS, labelOf } from "../dashboards/labels";
import { STREAM_LABELS } from "../spend-by-stream";
import type { WhatIfSummary } from "../what-if-summary";
import type { ExportTable } from "./export-table";


/** The what-if's summary for the review pack: request lines by outcome in force and under the version tried, and by stream. */
export function buildWhatIfPackTables(summary: WhatIfSummary, candidateLabel: string): ExportTable[] {
  return [
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
      note: `${summary.changed} of ${summary.checked} request lines would have a different outcome.`,
    },
    {
      id: "what-if-streams",
      title: `Request lines whose outcome would change, by funding stream, under ${candidateLabel}`,
      columns: [
        { key: "stream", label: "Funding stream", kind: "text" },
        { key: "checked", label: "Lines checked", kind: "count" },
        { key: "changed", label: "Outcome would change", kind: "count" },
        { key: "committedChangePence", label: "Change in committed spend", kind: "pence", suppressWith: "changed" },
      ],
      rows: summary.streams.map((s) => ({ stream: STREAM_LABELS[s.stream], checked: s.checked, changed: s.changed, committedChangePence: s.committedChangePence })),
      totalRow: {
        stream: "Total",
        checked: summary.streams.reduce((n, s) => n + s.checked, 0),
        changed: summary.streams.reduce((n, s) => n + s.changed, 0),
        committedChangePence: summary.committedChangePence,
      },
    },
  ];
}
