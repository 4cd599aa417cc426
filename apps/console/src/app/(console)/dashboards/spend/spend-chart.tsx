"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMonthEnGb } from "@pb/calendar";
import { STREAM_LABELS, STREAMS, type SpendByStream } from "@pb/reports";
import { formatMoney, formatMoneyWhole } from "~/components/money";

// Colours from a palette that stays distinguishable for the common colour-vision deficiencies.
const STREAM_COLOURS = { education: "#1d70b8", health: "#d4351c", social_care: "#00703c", transport: "#6f3c97" } as const;

/** "2025-04" → "Apr 2025", short enough for an axis. */
function formatMonthShort(month: string): string {
  const label = formatMonthEnGb(month);
  return `${label.slice(0, 3)} ${month.slice(0, 4)}`;
}

export function SpendChart({ data, labelledBy }: { data: SpendByStream; labelledBy: string }) {
  return (
    <figure className="chart" aria-labelledby={labelledBy} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data.months} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tickFormatter={formatMonthShort} />
          <YAxis tickFormatter={(v: number) => formatMoneyWhole(v)} width={90} />
          <Tooltip formatter={(value) => formatMoney(Number(value))} labelFormatter={(m) => formatMonthEnGb(String(m))} />
          <Legend />
          {STREAMS.map((stream) => (
            <Bar key={stream} dataKey={stream} name={STREAM_LABELS[stream]} stackId="spend" fill={STREAM_COLOURS[stream]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="visually-hidden">The same figures are in the table below.</figcaption>
    </figure>
  );
}
