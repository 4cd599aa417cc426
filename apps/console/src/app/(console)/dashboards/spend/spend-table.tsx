"use client";

import { createColumnHelper, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { useState } from "react";
import { formatMonthEnGb } from "@pb/calendar";
import { STREAM_LABELS, STREAMS, type MonthlySpendRow, type SpendByStream } from "@pb/reports";
import { DataTable } from "~/components/data-table";
import { formatMoney } from "~/components/money";

const column = createColumnHelper<MonthlySpendRow>();
const columns = [
  column.accessor("month", { header: "Month", cell: (c) => formatMonthEnGb(c.getValue()), meta: { numeric: false } }),
  ...STREAMS.map((s) => column.accessor(s, { header: STREAM_LABELS[s], cell: (c) => formatMoney(c.getValue()), meta: { numeric: true } })),
  column.accessor("totalPence", { header: "Total", cell: (c) => formatMoney(c.getValue()), meta: { numeric: true } }),
];

export function SpendTable({ data }: { data: SpendByStream }) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: data.months,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return (
    <DataTable
      table={table}
      caption={`Paid per month by funding stream, ${data.financialYear}`}
      footer={
        <tr>
          <th scope="row">Total</th>
          {STREAMS.map((s) => (
            <td key={s} className="num">
              {formatMoney(data.totals[s])}
            </td>
          ))}
          <td className="num">{formatMoney(data.totals.totalPence)}</td>
        </tr>
      }
    />
  );
}
