"use client";

import { createColumnHelper, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo, useState } from "react";
import { formatIsoDateEnGb } from "@pb/calendar";
import { describeCode, describeDrillCode, describeDrillLines, DRILL_COLUMN_LABELS, formatDashboardValue, isDrillCodeColumn } from "@pb/reports";
import { DataTable } from "~/components/data-table";

type Row = Record<string, string | number | null> & { id: string };
export type RowsData = { anchor: string; valueKind: "pence" | "count"; rows: Row[]; total: number; valueTotal: number };

function show(key: string, value: string | number | null, valueKind: "pence" | "count"): string {
  if (value === null || value === undefined || value === "") return "–";
  if (key === "value") return formatDashboardValue(valueKind, Number(value));
  if (key.endsWith("Pence")) return formatDashboardValue("pence", Number(value));
  if (key.endsWith("On") && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatIsoDateEnGb(value);
  if (typeof value === "number") return formatDashboardValue("count", value);
  if (isDrillCodeColumn(key)) return describeDrillCode(key, value);
  if (key === "lines") return describeDrillLines(value);
  return value;
}

const numeric = (key: string) => key.endsWith("Pence") || key === "value" || key === "daysToDecision";

/** The rows behind a figure, sortable, with a total row whose last figure is the one clicked. */
export function RowsTable({ data, caption }: { data: RowsData; caption: string }) {
  const keys = useMemo(() => Object.keys(data.rows[0] ?? { childReference: "", value: 0 }).filter((k) => k !== "id"), [data.rows]);
  const columns = useMemo(() => {
    const helper = createColumnHelper<Row>();
    return keys.map((k) =>
      helper.accessor((r) => r[k] ?? null, {
        id: k,
        header: DRILL_COLUMN_LABELS[k] ?? describeCode(k),
        meta: { numeric: numeric(k) },
        cell: (c) => {
          const text = show(k, c.getValue(), data.valueKind);
          return k === "childReference" && c.row.original.childId ? <Link href={`/cases/${String(c.row.original.childId)}`}>{text}</Link> : text;
        },
      }),
    );
  }, [keys, data.valueKind]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({ data: data.rows, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  return (
    <DataTable
      table={table}
      caption={caption}
      id="drill-rows"
      footer={
        <tr>
          <th scope="row">Total: {data.total.toLocaleString("en-GB")} rows</th>
          {keys.slice(1).map((k) => (
            <td key={k} className={numeric(k) ? "num" : undefined} data-total={k === "value" ? data.valueTotal : undefined}>
              {k === "value" ? formatDashboardValue(data.valueKind, data.valueTotal) : ""}
            </td>
          ))}
        </tr>
      }
    />
  );
}
