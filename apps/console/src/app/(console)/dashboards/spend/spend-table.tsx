"use client";

import { createColumnHelper, flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { useState } from "react";
import { formatMonthEnGb } from "@pb/calendar";
import { STREAM_LABELS, STREAMS, type MonthlySpendRow, type SpendByStream } from "@pb/reports";
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
    <table>
      <caption>Paid per month by funding stream, {data.financialYear}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const numeric = (header.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
              return (
                <th key={header.id} scope="col" className={numeric ? "num" : undefined} aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}>
                  <button type="button" onClick={header.column.getToggleSortingHandler()}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span aria-hidden="true">{sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getVisibleCells().map((cell, i) => {
              const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
              const content = flexRender(cell.column.columnDef.cell, cell.getContext());
              return i === 0 ? (
                <th key={cell.id} scope="row">
                  {content}
                </th>
              ) : (
                <td key={cell.id} className={numeric ? "num" : undefined}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {STREAMS.map((s) => (
            <td key={s} className="num">
              {formatMoney(data.totals[s])}
            </td>
          ))}
          <td className="num">{formatMoney(data.totals.totalPence)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
