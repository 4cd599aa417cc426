import { formatPence } from "@pb/calendar";
import { findChartMaximum, formatWholeNumber, scaleBar, type PackChart as Chart } from "@pb/reports";

// The dashboards' colour-vision-safe palette, in series order.
const COLOURS = ["#1d70b8", "#d4351c", "#00703c", "#6f3c97", "#f47738", "#505a5f"];
const ROW = 22;
const LABEL = 150;
const WIDTH = 720;

/** A stacked bar chart as plain SVG, so it prints as it shows; the table after it has the same figures. */
export function PackChart({ chart, id }: { chart: Chart; id: string }) {
  const maximum = findChartMaximum(chart);
  const barArea = WIDTH - LABEL - 110;
  const height = 30 + chart.categories.length * ROW;
  const format = (n: number) => (chart.unit === "pence" ? formatPence(n) : formatWholeNumber(n));
  return (
    <figure className="pack-chart">
      <figcaption id={id}>{chart.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={id} width="100%" preserveAspectRatio="xMinYMin meet">
        {chart.series.map((s, i) => (
          <g key={s.key} transform={`translate(${LABEL + i * 140}, 4)`}>
            <rect width="12" height="12" fill={COLOURS[i % COLOURS.length]} />
            <text x="16" y="11" fontSize="11">
              {s.label.length > 20 ? `${s.label.slice(0, 19)}…` : s.label}
            </text>
          </g>
        ))}
        {chart.categories.map((category, c) => {
          const y = 26 + c * ROW;
          let x = LABEL;
          const hidden = chart.series.some((s) => s.values[c] === null);
          const total = chart.series.reduce((sum, s) => sum + (s.values[c] ?? 0), 0);
          return (
            <g key={category}>
              <text x={LABEL - 6} y={y + 13} fontSize="11" textAnchor="end">
                {category}
              </text>
              {chart.series.map((s, i) => {
                const width = (scaleBar(s.values[c] ?? null, maximum) / 100) * barArea;
                const rect = <rect key={s.key} x={x} y={y + 2} width={width} height={ROW - 6} fill={COLOURS[i % COLOURS.length]} />;
                x += width;
                return rect;
              })}
              <text x={x + 6} y={y + 13} fontSize="11">
                {hidden ? "c" : format(total)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="visually-hidden">The same figures are in the table that follows.</p>
    </figure>
  );
}
