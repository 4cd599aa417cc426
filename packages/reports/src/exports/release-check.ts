import { isSmallCount } from "./suppression";
import { listTableRows, type CellRef, type ExportOutput } from "./export-table";
import { ROUNDING_BASE, type DisclosureRule } from "../disclosure/rule";

/**
 * Counts a protected output shows against its rule: by "suppress", a count from 1 to threshold − 1;
 * by "round", a count that is not a multiple of the rounding base. The last check before a file
 * leaves: a table shaped wrongly must stop there rather than publish a child.
 */
export function findCountsBreakingRule(output: ExportOutput, rule: DisclosureRule): CellRef[] {
  const breaks = (value: number) => (rule.method === "round" ? value % ROUNDING_BASE !== 0 : isSmallCount(value, rule.threshold));
  const out: CellRef[] = [];
  for (const table of output.tables) {
    const counts = table.columns.filter((c) => c.kind === "count").map((c) => c.key);
    listTableRows(table).forEach((row, i) => {
      for (const column of counts) {
        const cell = row[column];
        if (typeof cell === "number" && breaks(cell)) out.push({ table: table.id, row: table.totalRow && i === table.rows.length ? "total" : i, column });
      }
    });
  }
  return out;
}
