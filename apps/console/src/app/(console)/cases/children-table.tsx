"use client";

import Link from "next/link";
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { PLAN_LABELS, STREAM_LABELS, formatDate, labelOf } from "~/app/(console)/requests/_lib/words";
import { PLAN_STATUS_LABELS } from "./_lib/case-words";
import type { ChildListRow, PersonalAccess } from "./_lib/types";

type SortKey = "reference" | "name" | "age" | "nextReview";
const column = createColumnHelper<ChildListRow>();

function buildColumns(access: PersonalAccess) {
  return [
    column.accessor("reference", {
      id: "reference",
      header: "Reference",
      cell: (c) => <Link href={`/cases/${c.row.original.id}`}>{c.getValue()}</Link>,
    }),
    ...(access.names ? [column.accessor((r) => r.name ?? "", { id: "name", header: "Name" })] : []),
    ...(access.dateOfBirth ? [column.accessor((r) => r.age, { id: "age", header: "Age", cell: (c) => c.getValue() ?? "—", meta: { numeric: true } })] : []),
    column.accessor((r) => r.plans, {
      id: "plans",
      header: "Plans",
      enableSorting: false,
      cell: (c) => (c.getValue().length ? c.getValue().map((p) => `${labelOf(PLAN_LABELS, p.type)} (${labelOf(PLAN_STATUS_LABELS, p.status).toLowerCase()})`).join("; ") : "None recorded"),
    }),
    column.accessor((r) => r.hasActiveBudget, {
      id: "budget",
      header: "Active personal budget",
      enableSorting: false,
      cell: (c) => (c.getValue() ? `Yes${c.row.original.streams.length ? `: ${c.row.original.streams.map((s) => labelOf(STREAM_LABELS, s)).join(", ")}` : ""}` : "No"),
    }),
    column.accessor((r) => r.nextAnnualReviewOn, { id: "nextReview", header: "Next annual review", cell: (c) => formatDate(c.getValue()) }),
  ];
}

/** The page of children the server sorted and paged; each sortable header is a link that changes the URL. */
export function ChildrenTable({
  rows,
  access,
  sort,
  dir,
  sortHrefs,
  caption,
}: {
  rows: ChildListRow[];
  access: PersonalAccess;
  sort: SortKey;
  dir: "asc" | "desc";
  sortHrefs: Record<SortKey, string>;
  caption: string;
}) {
  const sorting: SortingState = [{ id: sort, desc: dir === "desc" }];
  const table = useReactTable({ data: rows, columns: buildColumns(access), state: { sorting }, manualSorting: true, manualPagination: true, getCoreRowModel: getCoreRowModel() });
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const id = header.column.id as SortKey;
              const sortable = header.column.getCanSort() && id in sortHrefs;
              const sorted = header.column.getIsSorted();
              const numeric = (header.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
              const label = flexRender(header.column.columnDef.header, header.getContext());
              return (
                <th key={header.id} scope="col" className={numeric ? "num" : undefined} aria-sort={sortable ? (sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none") : undefined}>
                  {sortable ? (
                    <Link href={sortHrefs[id]}>
                      {label}
                      <span className="visually-hidden">{sorted ? `, sorted ${sorted === "asc" ? "ascending" : "descending"}; select to reverse` : ", select to sort"}</span>
                      <span aria-hidden="true">{sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}</span>
                    </Link>
                  ) : (
                    label
                  )}
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
    </table>
  );
}
