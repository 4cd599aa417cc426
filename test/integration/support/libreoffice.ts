import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
// Raw values rather than "as shown" (token 9 false), UTF-8 (76), every sheet to its own file (-1).
const CSV_EXPORT = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * Converts files to CSV with headless LibreOffice, as a person opening them in Calc would see the
 * values; returns each output file's rows. A profile of its own lets parallel runs not collide.
 */
export async function convertWithLibreOffice(files: string[], outDir: string, profileDir: string, input: "xlsx" | "csv"): Promise<Map<string, string[][]>> {
  mkdirSync(outDir, { recursive: true });
  const args = [`-env:UserInstallation=file://${profileDir}`, "--headless", "--norestore"];
  if (input === "csv") args.push("--infilter=CSV:44,34,76,1");
  await run("soffice", [...args, "--convert-to", CSV_EXPORT, "--outdir", outDir, ...files], { timeout: 180_000 });
  return new Map(readdirSync(outDir).map((name) => [name, parseCsv(readFileSync(join(outDir, name), "utf8"))]));
}

/** RFC 4180, enough for LibreOffice's output: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
