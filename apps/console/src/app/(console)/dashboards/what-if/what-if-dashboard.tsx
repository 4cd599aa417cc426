"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatIsoDateEnGb } from "@pb/calendar";
import { useTRPC } from "~/trpc/client";
import { formatMoney } from "~/components/money";
import type { RowSelection } from "./labels";
import { WhatIfChart } from "./what-if-chart";
import { OutcomeTable, ReasonTable, ServiceTable, StreamTable, TransitionTable } from "./what-if-tables";
import { WhatIfRows } from "./what-if-rows";

const formatCount = (n: number) => n.toLocaleString("en-GB");

export function WhatIfDashboard({ from, to, versionId }: { from: string; to: string; versionId: string }) {
  const trpc = useTRPC();
  const result = useQuery(trpc.whatIf.run.queryOptions({ from, to, policyVersionId: versionId }));
  const [selection, setSelection] = useState<RowSelection | null>(null);

  if (result.isPending) return <p role="status">Checking every request of the period again…</p>;
  if (result.isError)
    return (
      <div className="error-summary" role="alert">
        <h2>There is a problem</h2>
        <p>{result.error.message}</p>
      </div>
    );

  const { summary, candidate, recordedUnder } = result.data;
  const tried = candidate.status === "draft" ? `the draft (version ${candidate.versionNumber})` : `version ${candidate.versionNumber}`;
  const select = (next: RowSelection) => {
    setSelection(next);
    requestAnimationFrame(() => document.getElementById("rows-heading")?.focus());
  };
  return (
    <>
      <p>
        Of <strong>{formatCount(summary.checked)}</strong> request lines received from {formatIsoDateEnGb(from)} to {formatIsoDateEnGb(to)},{" "}
        <strong>{formatCount(summary.changed)}</strong> would have a different outcome under {tried} than the one recorded under the policy in force
        {recordedUnder.length ? ` (version ${recordedUnder.map((v) => v.versionNumber).join(" and ")})` : ""}.
      </p>
      <dl style={{ display: "grid", gridTemplateColumns: "max-content auto", gap: "0.25rem 1rem" }}>
        <dt>Change in committed spend a year</dt>
        <dd>{formatMoney(summary.committedChangePence)}</dd>
        <dt>Asked for on lines that would no longer be refused, a year</dt>
        <dd>{formatMoney(summary.newlyEligibleAskedPence)}</dd>
      </dl>
      {candidate.changeNote && <p>Change note of {tried}: {candidate.changeNote}</p>}
      <h2 id="chart-heading">Outcomes under the policy in force and under {tried}</h2>
      <WhatIfChart outcomes={summary.outcomes} labelledBy="chart-heading" onSelect={select} />
      <OutcomeTable outcomes={summary.outcomes} />
      <h2>Which way outcomes would change</h2>
      <TransitionTable transitions={summary.transitions} onSelect={select} />
      <h2>For which reasons</h2>
      <ReasonTable reasons={summary.reasons} />
      <h2>By funding stream</h2>
      <StreamTable streams={summary.streams} onSelect={select} />
      <h2>By service</h2>
      <ServiceTable services={summary.services} />
      <WhatIfRows examples={summary.examples} selection={selection} onClear={() => setSelection(null)} />
    </>
  );
}
