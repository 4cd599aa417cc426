"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/client";
import { formatMoney } from "~/components/money";
import { SpendChart } from "./spend-chart";
import { SpendTable } from "./spend-table";

export function SpendDashboard({ financialYear }: { financialYear: string }) {
  const trpc = useTRPC();
  const spend = useQuery(trpc.dashboard.spendByStream.queryOptions({ financialYear }));

  if (spend.isPending) return <p role="status">Loading the figures…</p>;
  if (spend.isError)
    return (
      <div className="error-summary" role="alert">
        <h2>The figures could not be loaded</h2>
        <p>{spend.error.message}</p>
      </div>
    );

  const data = spend.data;
  return (
    <>
      <p>
        Total paid in {financialYear}: <strong>{formatMoney(data.totals.totalPence)}</strong>.{" "}
        <a href={`/api/exports/spend-by-stream?fy=${encodeURIComponent(financialYear)}`} download>
          Download these figures as CSV
        </a>
      </p>
      <h2 id="chart-heading">Paid per month, stacked by funding stream</h2>
      <SpendChart data={data} labelledBy="chart-heading" />
      <SpendTable data={data} />
    </>
  );
}
