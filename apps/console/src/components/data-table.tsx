"use client";

import { flexRender, type Column, type Header, type Table } from "@tanstack/react-table";
import Link from "next/link";
import type { ReactNode } from "react";

/** Columns say `meta: { numeric: true }` to be right-aligned, header and cells alike. */
function isNumeric<T>(column: Column<T, unknown>): boolean | undefined {
  return (column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
}

const ARROWS = { asc: " ▲", desc: " ▼" } as const;

function HeaderCell<T>({ header, sortHref }: { header: Header<T, unknown>; sortHref?: (columnId: string) => string | undefined }) {
  const label = flexRender(header.column.columnDef.header, header.getContext());
  const href = sortHref?.(header.column.id);
  // With sortHref the server sorts, so a column without a link is not sortable here even if TanStack says it could be.
  const sortable = header.column.getCanSort() && (sortHref ? href !== undefined : true);
  const sorted = header.column.getIsSorted();
  const arrow = <span aria-hidden="true">{sorted ? ARROWS[sorted] : ""}</span>;
  let content: ReactNode = label;
  if (sortable && href !== undefined) {
    content = (
      <Link href={href}>
        {label}
        <span className="visually-hidden">{sorted ? `, sorted ${sorted === "asc" ? "ascending" : "descending"}; select to reverse` : ", select to sort"}</span>
        {arrow}
      </Link>
    );
  } else if (sortable) {
    content = (
      <button type="button" onClick={header.column.getToggleSortingHandler()}>
        {label}
        {arrow}
      </button>
    );
  }
  return (
    <th scope="col" className={isNumeric(header.column) ? "num" : undefined} aria-sort={sortable ? (sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none") : undefined}>
      {content}
    </th>
  );
}

/**
 * A TanStack table as an accessible HTML table: sortable headers, the first cell of each row as its row header.
 * Sorting is by buttons that re-sort in the browser, or, given `sortHref`, by links for a server that sorts.
 */
export function DataTable<T>({
  table,
  caption,
  id,
  sortHref,
  footer,
}: {
  table: Table<T>;
  caption: ReactNode;
  id?: string;
  sortHref?: (columnId: string) => string | undefined;
  /** The rows of the tfoot, if any. */
  footer?: ReactNode;
}) {
  return (
    <table id={id}>
      <caption>{caption}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <HeaderCell key={header.id} header={header} sortHref={sortHref} />
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getVisibleCells().map((cell, i) => {
              const content = flexRender(cell.column.columnDef.cell, cell.getContext());
              return i === 0 ? (
                <th key={cell.id} scope="row">
                  {content}
                </th>
              ) : (
                <td key={cell.id} className={isNumeric(cell.column) ? "num" : undefined}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  );
}
