import { isSuppressed, listTableRows, type CellRef, type ExportOutput } from "../exports/export-table";
import { findPinnedInComponent, relationToFact, splitComponents, type HiddenCells, type LinearFact } from "./linear-system";
import { cellKey, columnOf, listMeasureCells, listRelations, parseCellKey, type CellKey } from "./relations";
import { fromDecimal, mul, neg, q, sub, add, type Q } from "./solver/rational";

/**
 * A reader who wants a hidden figure back: they have the whole published output, every relation
 * it declares, and solve them in integers for each "c". Written from the published output alone
 * (the protector's true values are not used), so that a test with it means something.
 */
export type AttackerKnowledge = {
  /** A "c" may stand for 0. Default false: the suppress method never hides a zero, so each "c" is at least 1. */
  zerosMayBeHidden?: boolean;
  /** Money may be negative everywhere. Default: only in a money column that shows a negative figure. */
  moneyMayBeNegative?: boolean;
  /** Counts were rounded (the "round" method), so their relations do not hold as shown: only money's are solved. */
  countsRounded?: boolean;
  /** Figures the reader can turn back towards a count (a rate over a known period); percent columns derived from two cells are read by default. */
  ratios?: RatioFigure[];
};

/**
 * figure = scale × numerator ÷ denominator, shown rounded to the decimals it shows: "0.1 a month over
 * 12 months" is { figure, numerator: the count, denominator: 12, scale: 1 }.
 */
export type RatioFigure = { figure: CellRef; numerator: CellRef; denominator: CellRef | number; scale?: number };

/** A hidden cell every solution gives the same value: the value a reader learns. */
export type DeterminedCell = CellRef & { value: number };

/**
 * The hidden count and money cells of a published output that every non-negative integer solution
 * of the relations it shows gives one value (each "c" of a count at least 1 unless told otherwise),
 * with that value: for each hidden cell, its least and greatest value by exact branch and bound.
 */
export function findDeterminedCells(published: ExportOutput, knowledge: AttackerKnowledge = {}): DeterminedCell[] {
  const cells = listMeasureCells(published);
  const hidden = (k: CellKey) => isSuppressed(cells.get(k)?.value);
  const negativeColumns = new Set([...cells.values()].filter((c) => c.measure === "pence" && typeof c.value === "number" && c.value < 0).map((c) => columnOf(c.key)));
  const system: HiddenCells = {
    facts: [
      ...listRelations(published, cells).filter((r) => !knowledge.countsRounded || r.measure === "pence").map(relationToFact),
      ...(knowledge.countsRounded ? [] : ratioFacts(published, knowledge, hidden)),
    ],
    isHidden: hidden,
    shown: (k) => {
      const v = cells.get(k)?.value ?? figureAt(published, parseCellKey(k));
      return typeof v === "number" ? fromDecimal(v) : q(0);
    },
    lower: (k) => {
      const cell = cells.get(k);
      if (cell?.measure === "count") return q(knowledge.zerosMayBeHidden ? 0 : 1);
      const negative = knowledge.moneyMayBeNegative || negativeColumns.has(columnOf(k));
      return negative ? null : q(0);
    },
  };
  // A reader whose guess that money is not negative has no solution drops the guess for that group.
  const moneyFree: HiddenCells = { ...system, lower: (k) => (cells.get(k)?.measure === "pence" ? null : system.lower(k)) };
  return splitComponents(system).flatMap((component) => {
    const pinned = findPinnedInComponent(system, component) ?? findPinnedInComponent(moneyFree, component) ?? [];
    return pinned.flatMap(({ key, value }) => (value === null ? [] : [{ ...parseCellKey(key), value: Number(value) }]));
  });
}

/** Every percentage derived from two cells (the part, then its base), and the ratios the reader is told of. */
function listRatios(published: ExportOutput, knowledge: AttackerKnowledge): RatioFigure[] {
  const ratios = [...(knowledge.ratios ?? [])];
  for (const table of published.tables) {
    for (const column of table.columns) {
      if (column.kind !== "percent" || column.derivedFrom?.length !== 2) continue;
      const [part, base] = column.derivedFrom as [string | { row: number | "total"; column: string }, string | { row: number | "total"; column: string }];
      const rows: (number | "total")[] = [...table.rows.map((_, i) => i), ...(table.totalRow ? ["total" as const] : [])];
      for (const row of rows) {
        const at = (s: typeof part): CellRef => (typeof s === "string" ? { table: table.id, row, column: s } : { table: table.id, ...s });
        ratios.push({ figure: { table: table.id, row, column: column.key }, numerator: at(part), denominator: at(base), scale: 100 });
      }
    }
  }
  return ratios;
}

// A shown figure f with d decimals says scale × n ÷ m is within half a unit of its last decimal of f.
function ratioFacts(published: ExportOutput, knowledge: AttackerKnowledge, hidden: (k: CellKey) => boolean): LinearFact[] {
  return listRatios(published, knowledge).flatMap((r) => {
    const shown = figureAt(published, r.figure);
    if (typeof shown !== "number") return [];
    const numerator = cellKey(r.numerator);
    const denominator = typeof r.denominator === "number" ? null : cellKey(r.denominator);
    if (!hidden(numerator) && (denominator === null || !hidden(denominator))) return [];
    const decimals = (String(shown).split(".")[1] ?? "").length;
    const half = q(1, BigInt(2) * BigInt(10) ** BigInt(decimals));
    const f = fromDecimal(shown);
    const scale = q(r.scale ?? 1);
    const bound = (limit: Q, sense: "<=" | ">="): LinearFact => {
      const terms: [CellKey, Q][] = [[numerator, scale]];
      if (denominator === null) return { terms, sense, rhs: mul(limit, fromDecimal(r.denominator as number)) };
      terms.push([denominator, neg(limit)]);
      return { terms, sense, rhs: q(0) };
    };
    return [bound(add(f, half), "<="), bound(sub(f, half), ">=")];
  });
}

function figureAt(published: ExportOutput, ref: CellRef): unknown {
  const table = published.tables.find((t) => t.id === ref.table);
  if (!table) return undefined;
  return ref.row === "total" ? table.totalRow?.[ref.column] : table.rows[ref.row]?.[ref.column];
}

/**
 * What a reader sees that needs no solving: a count from 1 to threshold − 1 shown, or a figure
 * worked out from a hidden cell shown (a median of a suppressed group). For the suppress method: a
 * rounded count of 5 under a threshold of 10 is listed too.
 */
export function findExposedFigures(published: ExportOutput, threshold: number): CellRef[] {
  const exposed: CellRef[] = [];
  for (const table of published.tables) {
    const rows = listTableRows(table);
    rows.forEach((row, i) => {
      const at = i === table.rows.length ? ("total" as const) : i;
      for (const column of table.columns) {
        const cell = row[column.key];
        if (cell === undefined || cell === null || isSuppressed(cell)) continue;
        const small = column.kind === "count" && typeof cell === "number" && cell > 0 && cell < threshold;
        const sources = [...(column.suppressWith ? [column.suppressWith] : []), ...(column.derivedFrom ?? [])];
        const ofHidden = sources.some((s) => {
          const ref = typeof s === "string" ? { row: at, column: s } : s;
          return isSuppressed(figureAt(published, { table: table.id, ...ref }) as never);
        });
        if (small || ofHidden) exposed.push({ table: table.id, row: at, column: column.key });
      }
    });
  }
  return exposed;
}
