/**
 * Small-number suppression. The values and the sums they take part in ("a + b + c = total") are
 * given; a value under the threshold is hidden (primary), and then, wherever a sum shows its total
 * and hides exactly one of its terms, another term is hidden too (secondary), until no sum can
 * give back a hidden value by subtraction. Zero is shown: it says nothing about anyone.
 */
export type AdditiveSum = { parts: readonly number[]; total: number };

export function isSmallCount(value: number, threshold: number): boolean {
  return value > 0 && value < threshold;
}

/** Which values to hide, by index. `sums` name value indices. Pure; never hides more than it must by these rules. */
export function chooseSuppressedValues(values: readonly number[], sums: readonly AdditiveSum[], threshold: number): boolean[] {
  const hidden = values.map((v) => isSmallCount(v, threshold));
  for (let changed = true; changed; ) {
    changed = false;
    for (const sum of sums) {
      const members = [...sum.parts, sum.total];
      if (members.filter((i) => hidden[i]).length !== 1) continue;
      const complement = pickComplement(values, hidden, sum);
      if (complement === undefined) continue;
      hidden[complement] = true;
      changed = true;
    }
  }
  return hidden;
}

// The smallest shown term that is not zero (hiding a zero protects least), then a zero, and only
// then the total itself.
function pickComplement(values: readonly number[], hidden: readonly boolean[], sum: AdditiveSum): number | undefined {
  const shown = sum.parts.filter((i) => !hidden[i]);
  const byValue = (a: number, b: number) => (values[a] ?? 0) - (values[b] ?? 0) || a - b;
  const positive = shown.filter((i) => (values[i] ?? 0) > 0).sort(byValue);
  if (positive[0] !== undefined) return positive[0];
  if (shown[0] !== undefined) return shown[0];
  return hidden[sum.total] ? undefined : sum.total;
}

export type CountGrid = {
  cells: readonly (readonly number[])[];
  rowTotals?: readonly number[];
  columnTotals?: readonly number[];
  grandTotal?: number;
};
export type SuppressedGrid = {
  cells: (number | null)[][];
  rowTotals?: (number | null)[];
  columnTotals?: (number | null)[];
  grandTotal?: number | null;
};

/** A rows × columns table of counts with its margins; hidden values come back as null. */
export function suppressCountGrid(grid: CountGrid, threshold: number): SuppressedGrid {
  const values: number[] = [];
  const add = (v: number) => values.push(v) - 1;
  const cellIndex = grid.cells.map((row) => row.map(add));
  const rowIndex = grid.rowTotals?.map(add);
  const columnIndex = grid.columnTotals?.map(add);
  const grandIndex = grid.grandTotal === undefined ? undefined : add(grid.grandTotal);

  const sums: AdditiveSum[] = [];
  cellIndex.forEach((row, r) => {
    const total = rowIndex?.[r];
    if (total !== undefined) sums.push({ parts: row, total });
  });
  const columnCount = Math.max(0, ...cellIndex.map((row) => row.length));
  for (let c = 0; c < columnCount; c++) {
    const total = columnIndex?.[c];
    if (total !== undefined) sums.push({ parts: cellIndex.flatMap((row) => row.slice(c, c + 1)), total });
  }
  if (grandIndex !== undefined) {
    if (columnIndex) sums.push({ parts: columnIndex, total: grandIndex });
    if (rowIndex) sums.push({ parts: rowIndex, total: grandIndex });
    if (!columnIndex && !rowIndex) sums.push({ parts: cellIndex.flat(), total: grandIndex });
  }

  const hidden = chooseSuppressedValues(values, sums, threshold);
  const show = (i: number) => (hidden[i] ? null : (values[i] ?? null));
  return {
    cells: cellIndex.map((row) => row.map(show)),
    ...(rowIndex && { rowTotals: rowIndex.map(show) }),
    ...(columnIndex && { columnTotals: columnIndex.map(show) }),
    ...(grandIndex !== undefined && { grandTotal: show(grandIndex) }),
  };
}
