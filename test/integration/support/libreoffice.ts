import { execFile } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A cell as LibreOffice holds it after opening a file: its type, its value (a number or an ISO date) and its text. */
export type OpenedCell = { type: "string" | "float" | "percentage" | "currency" | "date" | "time" | "boolean" | "empty"; value: string; text: string };
/** A file as LibreOffice opened it: each sheet's cells, and the ranges it shows filter buttons on. */
export type OpenedBook = { sheets: Map<string, OpenedCell[][]>; filters: { sheet: string; range: string }[] };

/**
 * Opens files in headless LibreOffice, as a person opening them in Calc would, and saves each as a
 * flat OpenDocument spreadsheet (.fods), whose XML states every cell's type; CSV is read with
 * LibreOffice's defaults (comma, double quotes, UTF-8), which detect numbers and ISO dates.
 * A profile of its own lets parallel runs not collide. Keyed by the input's file name.
 */
export async function openWithLibreOffice(files: string[], outDir: string, profileDir: string, input: "xlsx" | "csv"): Promise<Map<string, OpenedBook>> {
  mkdirSync(outDir, { recursive: true });
  const args = [`-env:UserInstallation=file://${profileDir}`, "--headless", "--norestore"];
  if (input === "csv") args.push("--infilter=CSV:44,34,76,1");
  await run("soffice", [...args, "--convert-to", "fods", "--outdir", outDir, ...files], { timeout: 240_000 });
  return new Map(files.map((file) => {
    const name = basename(file);
    return [name, readFods(readFileSync(join(outDir, name.replace(/\.(xlsx|csv)$/, ".fods")), "utf8"))];
  }));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", apos: "'", quot: '"' };
const decode = (text: string) => text.replace(/&(amp|lt|gt|apos|quot);/g, (_, e: string) => ENTITIES[e] ?? "");
const attribute = (attributes: string, name: string) => {
  const found = new RegExp(`${name}="([^"]*)"`).exec(attributes);
  return found ? decode(found[1] ?? "") : undefined;
};
// Empty cells and rows LibreOffice repeats to the sheet's edge are not expanded past this.
const MAX_REPEAT = 64;

/** The text of a cell's paragraphs: spaces (<text:s/>) kept, other markup dropped. */
function cellText(content: string): string {
  const paragraphs = [...content.matchAll(/<text:p(?:\s[^>]*)?>([\s\S]*?)<\/text:p>|<text:p\/>/g)].map((p) =>
    decode((p[1] ?? "").replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => " ".repeat(Number(n))).replace(/<text:s\/>/g, " ").replace(/<text:line-break\/>/g, "\n").replace(/<[^>]+>/g, "")),
  );
  return paragraphs.join("\n");
}

/** Reads a .fods: each sheet's rows of cells (repeats expanded, trailing empty ones dropped) and its filter ranges. */
export function readFods(xml: string): OpenedBook {
  const sheets = new Map<string, OpenedCell[][]>();
  for (const table of xml.matchAll(/<table:table table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/g)) {
    const rows: OpenedCell[][] = [];
    for (const row of (table[2] ?? "").matchAll(/<table:table-row((?:\s[^>]*?)?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
      const cells: OpenedCell[] = [];
      for (const cell of (row[2] ?? "").matchAll(/<table:(?:covered-)?table-cell((?:\s[^>]*?)?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g)) {
        const attributes = cell[1] ?? "";
        const type = (attribute(attributes, "office:value-type") ?? "empty") as OpenedCell["type"];
        const value = attribute(attributes, "office:date-value") ?? attribute(attributes, "office:value") ?? attribute(attributes, "office:boolean-value") ?? "";
        const opened = { type, value, text: cellText(cell[2] ?? "") };
        const repeat = Math.min(Number(attribute(attributes, "table:number-columns-repeated") ?? 1), MAX_REPEAT);
        for (let i = 0; i < repeat; i++) cells.push(opened);
      }
      while (cells.at(-1)?.type === "empty") cells.pop();
      const repeat = Math.min(Number(attribute(row[1] ?? "", "table:number-rows-repeated") ?? 1), cells.length ? MAX_REPEAT : 1);
      for (let i = 0; i < repeat; i++) rows.push(cells);
    }
    while (rows.length && rows.at(-1)?.length === 0) rows.pop();
    sheets.set(decode(table[1] ?? ""), rows);
  }
  const filters = [...xml.matchAll(/<table:database-range ([^>]*)>/g)]
    .filter((range) => attribute(range[1] ?? "", "table:display-filter-buttons") === "true")
    .map((range) => {
      const address = attribute(range[1] ?? "", "table:target-range-address") ?? "";
      const [, sheet = "", from = "", to = ""] = /^'?(.*?)'?\.([A-Z]+\d+):.*\.([A-Z]+\d+)$/.exec(address) ?? [];
      return { sheet: sheet.replace(/''/g, "'"), range: `${from}:${to}` };
    });
  return { sheets, filters };
}
