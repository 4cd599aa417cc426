import fc from "fast-check";
import type { CellSum, ExportColumn, ExportOutput, ExportRow, ExportTable } from "../exports/export-table";

/**
 * Random outputs for the property tests: the shapes the product publishes (a column of counts with
 * its total; counts by two things with row and column totals; subtotal rows; two tables that share
 * a total), each count with its money, a median, a rate a month and a percentage worked out from it.
 */
const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 3, arbitrary: fc.integer({ min: 10, max: 60 }) },
);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function decorate(key: string): ExportColumn[] {
  return [
    { key, label: key, kind: "count" },
    { key: `${key}Pence`, label: `${key} paid`, kind: "pence", suppressWith: key },
    { key: `${key}Median`, label: `${key} median`, kind: "number", derivedFrom: [key], derivation: "summary" },
    { key: `${key}Rate`, label: `${key} a month`, kind: "number", derivedFrom: [key], derivation: "ratio" },
    { key: `${key}Share`, label: `${key} share`, kind: "percent", derivedFrom: [key, { row: "total", column: key }] },
  ];
}

/** Money for a cell of counts: not a multiple of the count, so that it says nothing of the count by itself. */
const penceOf = (n: number, r: number, c: number) => (n > 0 ? n * (1000 + 7 * c) + 13 * r + 17 : 0);

/** The row's figures for one count: its money, a median, a share of the column's total. */
function figures(key: string, n: number, pence: number, total: number): ExportRow {
  return {
    [key]: n,
    [`${key}Pence`]: pence,
    [`${key}Median`]: n > 0 ? 10 + (n % 7) : null,
    [`${key}Rate`]: Math.round((n / 12) * 10) / 10,
    [`${key}Share`]: total > 0 ? Math.round((n / total) * 1000) / 10 : null,
  };
}

/** A table of counts (rows × columns) with its totals row and, for two columns or more, a row sum; money adds up as the counts do. */
export function countTable(id: string, cells: number[][], subtotal?: number[]): ExportTable {
  const width = cells[0]?.length ?? 0;
  const keys = Array.from({ length: width }, (_, c) => `c${c}`);
  const money = cells.map((row, r) => row.map((n, c) => penceOf(n, r, c)));
  const sub = (grid: number[][]) => keys.map((_, c) => sum((subtotal ?? []).map((r) => grid[r]?.[c] ?? 0)));
  const hasSubtotal = subtotal !== undefined && subtotal.length > 0;
  const body = hasSubtotal ? [...cells, sub(cells)] : cells;
  const bodyMoney = hasSubtotal ? [...money, sub(money)] : money;
  const columnSums = (grid: number[][]) => keys.map((_, c) => sum(grid.map((row) => row[c] ?? 0)));
  const columnTotals = columnSums(cells);
  const moneyTotals = columnSums(money);
  const grand = sum(columnTotals);
  const withRowSum = width > 1;
  const row = (values: number[], pence: number[], label: string): ExportRow => {
    const out: ExportRow = { label };
    values.forEach((v, c) => Object.assign(out, figures(keys[c] as string, v, pence[c] ?? 0, columnTotals[c] ?? 0)));
    if (withRowSum) Object.assign(out, figures("all", sum(values), sum(pence), grand));
    return out;
  };
  return {
    id,
    title: id,
    columns: [{ key: "label", label: "Group", kind: "text" }, ...keys.flatMap(decorate), ...(withRowSum ? decorate("all") : [])],
    rows: body.map((values, r) => row(values, bodyMoney[r] ?? [], `r${r}`)),
    totalRow: row(columnTotals, moneyTotals, "Total"),
    ...(withRowSum && { rowSum: { parts: keys, total: "all" } }),
    ...(hasSubtotal && { subtotals: [{ row: cells.length, of: subtotal }] }),
  };
}

const grid = (rows: { min: number; max: number }, columns: { min: number; max: number }) =>
  fc.integer(columns).chain((w) => fc.array(fc.array(count, { minLength: w, maxLength: w }), { minLength: rows.min, maxLength: rows.max }));

const oneWay = grid({ min: 2, max: 7 }, { min: 1, max: 1 }).map((cells) => ({ tables: [countTable("one-way", cells)] }));
const twoWay = grid({ min: 2, max: 5 }, { min: 2, max: 4 }).map((cells) => ({ tables: [countTable("two-way", cells)] }));
const withSubtotal = grid({ min: 3, max: 6 }, { min: 1, max: 3 }).chain((cells) =>
  fc.subarray(cells.map((_, i) => i), { minLength: 2 }).map((of) => ({ tables: [countTable("subtotalled", cells, of)] })),
);

/** Two tables of the same children counted two ways: the grand totals are equal, and a reader knows it. */
const sharedTotal = fc
  .tuple(grid({ min: 2, max: 5 }, { min: 1, max: 2 }), fc.array(count, { minLength: 1, maxLength: 4 }))
  .map(([cells, other]): ExportOutput => {
    const first = countTable("first", cells);
    const firstTotal = sum(cells.flat());
    // The second table splits the same total another way: its last row takes what is left.
    const parts = other.map((v) => Math.min(v, firstTotal));
    let left = firstTotal;
    const column = parts.map((v) => {
      const take = Math.min(v, left);
      left -= take;
      return take;
    });
    column.push(left);
    const second = countTable("second", column.map((v) => [v]));
    const grandKey = cells[0] && cells[0].length > 1 ? "all" : "c0";
    const sums: CellSum[] = [{ total: { table: "second", row: "total", column: "c0" }, parts: [{ table: "first", row: "total", column: grandKey }] }];
    return { tables: [first, second], sums };
  });

export const outputArbitrary: fc.Arbitrary<ExportOutput> = fc.oneof(oneWay, twoWay, withSubtotal, sharedTotal);

/**
 * Two tables of the same children whose rounding meets at the edges: the first's counts at the top
 * of their rounding interval (5m + 2, shown as 5m), the second's mostly at the bottom (5n + 3, shown
 * as 5n + 5), so that the most the first can be is the least the second can be, and a reader who
 * solves the two together pins them. The outputs the "round" method's audit exists for.
 */
export const edgeTiedArbitrary: fc.Arbitrary<ExportOutput> = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 4 }), fc.boolean())
  .map(([tops, spread, off, twoWay]) => {
    const first = tops.map((m) => 5 * m + 2);
    // Laid out two to a row (with a row sum) when it can be, one to a row otherwise.
    const wide = twoWay && first.length % 2 === 0;
    const firstCells = wide ? first.flatMap((v, i) => (i % 2 === 0 ? [[v, first[i + 1] as number]] : [])) : first.map((v) => [v]);
    const firstTable = countTable("first", firstCells);
    const total = sum(first);
    // j counts of 5n + 3 add up to the total when 3j ≡ total (mod 5); `off` nudges one of them off the edge.
    const j = ((2 * total) % 5) + 5 * Math.floor(spread.length / 3) || 5;
    let fives = Math.floor((total - 3 * j) / 5);
    if (fives < 0) return { tables: [firstTable] };
    const second = Array.from({ length: j }, (_, i) => {
      const n = i === j - 1 ? fives : Math.min(fives, spread[i % spread.length] ?? 0);
      fives -= n;
      return 5 * n + 3;
    });
    if (off > 0 && second.length > 1 && (second[0] as number) > 3) {
      second[0] = (second[0] as number) - 1;
      second[1] = (second[1] as number) + 1;
    }
    const sums: CellSum[] = [{ total: { table: "second", row: "total", column: "c0" }, parts: [{ table: "first", row: "total", column: wide ? "all" : "c0" }] }];
    return { tables: [firstTable, countTable("second", second.map((v) => [v]))], sums };
  });
