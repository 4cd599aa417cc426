"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { OutcomeCount } from "@pb/reports";
import { OUTCOME_LABELS, type RowSelection } from "./labels";

// Colours from a palette that stays distinguishable for the common colour-vision deficiencies.
const IN_FORCE = "#1d70b8";
const DRAFT = "#f47738";

/** Lines by outcome, in force beside the draft; a bar opens the lines that would change from or to it. */
export function WhatIfChart({ outcomes, labelledBy, onSelect }: { outcomes: OutcomeCount[]; labelledBy: string; onSelect: (s: RowSelection) => void }) {
  const data = outcomes.map((o) => ({ ...o, label: OUTCOME_LABELS[o.outcome] }));
  const open = (side: "inForce" | "draft") => (_: unknown, index: number) => {
    const row = outcomes[index];
    if (!row) return;
    onSelect(side === "inForce" ? { from: row.outcome, label: `recorded as ${OUTCOME_LABELS[row.outcome].toLowerCase()}` } : { to: row.outcome, label: `${OUTCOME_LABELS[row.outcome].toLowerCase()} under the draft` });
  };
  return (
    <figure className="chart" aria-labelledby={labelledBy} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} width={80} tickFormatter={(v: number) => v.toLocaleString("en-GB")} />
          <Tooltip formatter={(value) => Number(value).toLocaleString("en-GB")} />
          <Legend />
          <Bar dataKey="inForce" name="Policy in force (as recorded)" fill={IN_FORCE} cursor="pointer" onClick={open("inForce")} />
          <Bar dataKey="draft" name="Policy tried" fill={DRAFT} cursor="pointer" onClick={open("draft")} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="visually-hidden">The same figures are in the table below; its buttons open the lines behind each figure.</figcaption>
    </figure>
  );
}
