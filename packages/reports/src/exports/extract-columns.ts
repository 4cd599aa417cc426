import { formatCsvCell } from "../csv";
import type { ExportCell, ExportColumn } from "./export-table";
import { describeAnyCode, generaliseAmount, generaliseDate, GENERALISATION_LADDER, type GeneralisedBy, type Rung } from "./extract-generalisation";
import type { ExtractPrivacy } from "./extract-privacy";
import { toCsvCell } from "./table-csv";

/**
 * A column of a row-level extract as defined once: a code column names the words for its codes
 * (written in a column beside it); `generalise` says which kind of quasi-identifier it is in
 * coarsened rows (a date or an amount also names the column it becomes); a pseudonym is left out of
 * coarsened rows, where it would tie a child's rows into a fingerprint.
 */
export type ExtractColumn = ExportColumn & {
  words?: (code: string) => string;
  pseudonym?: true;
  generalise?:
    | { by: "period" | "amount"; key: string; label: string }
    | { by: Exclude<GeneralisedBy, "period" | "amount"> };
};

type Expanded = { column: ExportColumn; cell: (value: ExportCell) => ExportCell };

const same = (value: ExportCell) => value;
const asText = (value: ExportCell) => (typeof value === "string" || typeof value === "number" ? String(value) : null);

/** A code's words, each worked out once per file: a long extract repeats a few codes many times. */
function rememberWords(words: (code: string) => string): (code: string) => string {
  const known = new Map<string, string>();
  return (code) => {
    let text = known.get(code);
    if (text === undefined) known.set(code, (text = words(code)));
    return text;
  };
}

function withWords(plain: ExportColumn, anyCode: ((code: string) => string) | undefined, anyWords: string | null): Expanded[] {
  const code = anyWords === null ? same : () => null;
  const words = anyCode && rememberWords(anyCode);
  if (!words) return [{ column: plain, cell: anyWords === null ? same : (value) => (value === null ? null : anyWords) }];
  return [
    { column: { ...plain, label: `${plain.label} (code)` }, cell: code },
    { column: { key: `${plain.key}Label`, label: plain.label, kind: "text" }, cell: (value) => (asText(value) === null ? null : anyWords ?? words(String(value))) },
  ];
}

/** One defined column as the file's columns: the code and its words, or in coarsened rows the value at the row's rung. */
function expand(column: ExtractColumn, privacy: ExtractPrivacy, rung: Rung | null, fixed: ReadonlySet<string>): Expanded[] {
  const { words, generalise, pseudonym, ...plain } = column;
  if (privacy === "pseudonymised" || rung === null) return withWords(plain, words, null);
  if (pseudonym) return [];
  if (generalise?.by === "period") {
    return [{ column: { key: generalise.key, label: generalise.label, kind: "text" }, cell: (value) => (asText(value) === null ? null : generaliseDate(String(value), rung.period)) }];
  }
  if (generalise?.by === "amount") {
    return [{ column: { key: generalise.key, label: generalise.label, kind: "text" }, cell: (value) => (typeof value === "number" ? generaliseAmount(value, rung.amount) : null) }];
  }
  const any = generalise && !fixed.has(plain.key) && rung[generalise.by] === "any";
  return withWords(plain, words, any ? describeAnyCode(plain.label) : null);
}

/** The columns a file has for these defined columns and this privacy choice. */
export function listExtractColumns(columns: readonly ExtractColumn[], privacy: ExtractPrivacy): ExportColumn[] {
  const rung = privacy === "coarsened" ? (GENERALISATION_LADDER[0] ?? null) : null;
  return columns.flatMap((c) => expand(c, privacy, rung, new Set()).map((e) => e.column));
}

/**
 * Turns a row's cells (one per defined column, codes and exact values) into the file's cells; a
 * coarsened row says which rung of GENERALISATION_LADDER it reached. Made once per file, so a
 * million rows reuse one list of cell functions per rung. A code column the extract's filter holds
 * to one value (`fixed`, by column key) keeps it at every rung: saying "any" would hide nothing, as
 * every row has it and the About sheet names it, and grouping is the same either way.
 */
export function makeExtractRowWriter(
  columns: readonly ExtractColumn[],
  privacy: ExtractPrivacy,
  fixed: ReadonlySet<string> = new Set(),
): (cells: readonly ExportCell[], rung?: number) => ExportCell[] {
  const plans = (privacy === "coarsened" ? GENERALISATION_LADDER : [null]).map((rung) => columns.map((c) => expand(c, privacy, rung, fixed)));
  return (cells, rung = 0) => {
    const plan = plans[privacy === "coarsened" ? rung : 0];
    if (!plan) throw new RangeError(`no rung ${rung} on the generalisation ladder`);
    const out: ExportCell[] = [];
    plan.forEach((parts, i) => {
      const value = cells[i] ?? null;
      for (const part of parts) out.push(part.cell(value));
    });
    return out;
  };
}

// Past this many different values a column's cache starts again (codes and dates repeat down an
// extract; amounts mostly do not, and must not hold memory).
const CSV_CACHE_LIMIT = 4096;

/**
 * A batch of rows as CSV lines: the same text as formatCsvRow over toCsvCell of makeExtractRowWriter's
 * cells, written straight from the defined columns. A code and its words (or a date, or a band) are
 * one value's text, so each defined column remembers the text it wrote for a value, its comma
 * included, and a million-row extract formats each code once rather than once a row. Pseudonyms,
 * unique to a child, and amounts, which seldom repeat, are written as they come.
 */
export function makeExtractCsvWriter(
  columns: readonly ExtractColumn[],
  privacy: ExtractPrivacy,
  fixed: ReadonlySet<string> = new Set(),
): (rows: readonly (readonly ExportCell[])[], rungs?: readonly number[] | null) => string {
  const plans = (privacy === "coarsened" ? GENERALISATION_LADDER : [null]).map((rung) => {
    let first = true;
    return columns.map((c) => {
      const parts = expand(c, privacy, rung, fixed);
      const comma = parts.length === 0 || first ? "" : ",";
      if (parts.length > 0) first = false;
      const [only] = parts;
      const write =
        parts.length === 1 && only
          ? (value: ExportCell) => comma + formatCsvCell(toCsvCell(only.column, only.cell(value)))
          : (value: ExportCell) => comma + parts.map((p) => formatCsvCell(toCsvCell(p.column, p.cell(value)))).join(",");
      return { parts: parts.length, write, cache: c.pseudonym ? null : new Map<ExportCell, string>() };
    });
  });
  return (rows, rungs = null) => {
    // Concatenation, not an array joined: V8 keeps it as a rope until the file write flattens it once.
    let text = "";
    for (let r = 0; r < rows.length; r++) {
      const rung = privacy === "coarsened" ? (rungs?.[r] ?? 0) : 0;
      const plan = plans[rung];
      if (!plan) throw new RangeError(`no rung ${rung} on the generalisation ladder`);
      const cells = rows[r] as readonly ExportCell[];
      for (let i = 0; i < plan.length; i++) {
        const column = plan[i] as (typeof plan)[number];
        if (column.parts === 0) continue;
        const value = cells[i] ?? null;
        const cache = typeof value === "number" ? null : column.cache;
        let cell = cache?.get(value);
        if (cell === undefined) {
          cell = column.write(value);
          if (cache) {
            if (cache.size >= CSV_CACHE_LIMIT) cache.clear();
            cache.set(value, cell);
          }
        }
        text += cell;
      }
      text += "\r\n";
    }
    return text;
  };
}
