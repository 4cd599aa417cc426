"use client";

import Link from "next/link";
import { createColumnHelper, getCoreRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { DataTable } from "~/components/data-table";
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
  return <DataTable table={table} caption={caption} sortHref={(id) => (id in sortHrefs ? sortHrefs[id as SortKey] : undefined)} />;
}
