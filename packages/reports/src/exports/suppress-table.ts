import { isSuppressed, listTableRows, SUPPRESSED, type ExportRow, type ExportTable } from "./export-table";
import { chooseSuppressedValues, type AdditiveSum } from "./suppression";

/**
 * A table ready to leave the product: counts under the threshold hidden, with secondary
 * suppression down each column (into the totals row) and across the row sum, and money hidden
 * wherever the count it belongs to is hidden.
 */
export function suppressExportTable(table: ExportTable, threshold: number): ExportTable {
  const countKeys = table.columns.filter((c) => c.kind === "count").map((c) => c.key);
  const rows = listTableRows(table).map((row) => ({ ...row }));
  const values: number[] = [];
  const index = rows.map((row) => {
    const at: Record<string, number> = {};
    for (const key of countKeys) {
      const cell = row[key];
      if (typeof cell === "number") at[key] = values.push(cell) - 1;
    }
    return at;
  });

  const sums: AdditiveSum[] = [];
  const totalAt = table.totalRow ? index[index.length - 1] : undefined;
  const bodyAt = table.totalRow ? index.slice(0, -1) : index;
  for (const key of countKeys) {
    const total = totalAt?.[key];
    if (total !== undefined) sums.push({ parts: bodyAt.flatMap((at) => (at[key] === undefined ? [] : [at[key]])), total });
  }
  if (table.rowSum) {
    const { parts, total } = table.rowSum;
    for (const at of index) {
      const totalIndex = at[total];
      if (totalIndex !== undefined) sums.push({ parts: parts.flatMap((k) => (at[k] === undefined ? [] : [at[k]])), total: totalIndex });
    }
  }

  const hidden = chooseSuppressedValues(values, sums, threshold);
  rows.forEach((row, r) => {
    for (const [key, i] of Object.entries(index[r] ?? {})) if (hidden[i]) row[key] = SUPPRESSED;
    for (const column of table.columns) {
      if (column.suppressWith && isSuppressed(row[column.suppressWith])) row[column.key] = SUPPRESSED;
    }
  });
  const out: ExportTable = { ...table, rows: table.totalRow ? rows.slice(0, -1) : rows };
  if (table.totalRow) out.totalRow = rows[rows.length - 1] as ExportRow;
  return out;
}

/** True when no count in any table is small and shown: the check every export passes before it leaves. */
export function hasNoSmallCountShown(tables: readonly ExportTable[], threshold: number): boolean {
  return tables.every((table) => {
    const countKeys = table.columns.filter((c) => c.kind === "count").map((c) => c.key);
    return listTableRows(table).every((row) => countKeys.every((k) => {
      const cell = row[k];
      return typeof cell !== "number" || cell === 0 || cell >= threshold;
    }));
  });
}
