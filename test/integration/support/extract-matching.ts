import { expect } from "vitest";
import { AMOUNT_STEPS, generaliseAmount, generaliseDate, PERIOD_STEPS } from "@pb/reports";

/** An extract's CSV as read back: its header, its rows, and a reader for a column by its header. */
export type ExtractFile = { header: string[]; rows: string[][]; column: (label: string) => (row: string[]) => string };

/** RFC 4180 rows: quoted fields may hold commas. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split("\r\n").filter((l) => l !== "")) {
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = !quoted;
      else if (ch === "," && !quoted) {
        cells.push(cell);
        cell = "";
      } else cell += ch;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

// A coarsened column and the exact column of the pseudonymised extract it stands for.
const EXACT_OF: Record<string, string> = {
  "Period due": "Due on", "Period paid": "Paid on", "Amount band": "Amount (GBP)",
  "Period it starts": "Starts on", "Period it ends": "Ends on", "Period the budget ceased": "Budget ceased on", "Annual amount band": "Annual amount (GBP)",
};

/** Whether an exact value could be shown as this coarsened one: at some step of the ladder, or as "any". */
export function covers(header: string, coarse: string, exact: string, anyWords: string | undefined): boolean {
  if (coarse === "") return exact === "" && anyWords === undefined;
  if (header.startsWith("Period")) return exact !== "" && PERIOD_STEPS.some((step) => generaliseDate(exact, step) === coarse);
  if (header.endsWith("band")) return exact !== "" && AMOUNT_STEPS.some((step) => generaliseAmount(Math.round(Number(exact) * 100), step) === coarse);
  return coarse === exact;
}

/**
 * For each coarsened row, the children of the exact rows (same filters, pseudonymised) that it could
 * be: every column it shows covers theirs. A code generalised to any has an empty code and "Any …" words.
 */
export function childrenBehind(coarse: ExtractFile, exact: ExtractFile): Set<string>[] {
  const child = exact.column("Child (pseudonym)");
  const pairs = coarse.header.flatMap((h, i) => {
    if (!h.endsWith(" (code)") && !(h in EXACT_OF)) return [];
    const words = h.endsWith(" (code)") ? coarse.header.indexOf(h.slice(0, -" (code)".length)) : -1;
    const j = exact.header.indexOf(EXACT_OF[h] ?? h);
    if (j < 0) throw new Error(`no exact column for ${h}`);
    return [{ h, i, j, words }];
  });
  expect(pairs.length).toBeGreaterThan(5);
  return coarse.rows.map((row) => {
    const children = new Set<string>();
    for (const e of exact.rows) {
      const matches = pairs.every(({ h, i, j, words }) => {
        const anyWords = words >= 0 && row[i] === "" && row[words]?.startsWith("Any ") ? row[words] : undefined;
        return anyWords !== undefined ? (e[j] ?? "") !== "" : covers(h, row[i] ?? "", e[j] ?? "", undefined);
      });
      if (matches) children.add(child(e));
    }
    return children;
  });
}

