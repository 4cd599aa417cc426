"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDashboardValue, type ChartSpec } from "@pb/reports";

// Colours from a palette that stays distinguishable for the common colour-vision deficiencies.
const COLOURS = ["#1d70b8", "#d4351c", "#00703c", "#6f3c97", "#f47738", "#505a5f"];

export type ChartDatum = { category: string; values: Record<string, number | null>; hrefs: Record<string, string> };

type ShapeProps = { x?: number; y?: number; width?: number; height?: number; fill?: string; index?: number };

/**
 * A section's bars; a click on one opens the rows behind it. The table after the chart has the same
 * figures, with a link for each, for keyboards and screen readers.
 */
export function SectionChart({ spec, data, labelledBy }: { spec: ChartSpec; data: ChartDatum[]; labelledBy: string }) {
  const router = useRouter();
  const rows = data.map((d) => ({ category: d.category, ...d.values }));
  const format = (v: unknown) => formatDashboardValue(spec.valueKind, typeof v === "number" ? v : null);
  return (
    <figure className="chart" aria-labelledby={labelledBy} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="category" />
          <YAxis width={90} tickFormatter={(v: number) => format(v)} />
          <Tooltip formatter={(value) => format(Number(value))} />
          {/* In the table's column order, not recharts' alphabetical default. */}
          <Legend itemSorter={(item) => spec.series.findIndex((x) => x.key === item.dataKey)} />
          {spec.series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={COLOURS[i % COLOURS.length]}
              {...(spec.kind === "stacked" ? { stackId: "stack" } : {})}
              cursor="pointer"
              shape={(props: ShapeProps) => {
                const datum = props.index === undefined ? undefined : data[props.index];
                const href = datum?.hrefs[s.key];
                return (
                  <rect
                    className="drill-bar"
                    x={props.x}
                    y={props.y}
                    width={Math.max(0, props.width ?? 0)}
                    height={Math.max(0, props.height ?? 0)}
                    fill={props.fill}
                    data-series={s.key}
                    data-category={datum?.category}
                    data-value={datum?.values[s.key] ?? ""}
                    data-href={href}
                    onClick={href ? () => router.push(href) : undefined}
                  />
                );
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="visually-hidden">The same figures are in the table below; each figure there links to the rows behind it.</figcaption>
    </figure>
  );
}
