import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { seedDemo } from "@pb/db/seed";
import { buildSpendByStreamTable, exportTableCsv, formatColumnHeader, isSuppressed, listTableRows, spendByStreamCsv, type ExportCell, type ExportColumn, type ExportTable } from "@pb/reports";
import { adoptPreset, EXTRACTS, listFileColumns, nameSheets, readExtractCells, streamExtract, tabTitle, writeTablesWorkbook, type ExtractKind } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil } from "./support/councils";
import { EXPECTED, FIXTURE_DATE_OF_BIRTH, FIXTURE_FAMILY_NAME, FIXTURE_GIVEN_NAME, seedExportFixture } from "./support/export-fixtures";
import { openWithLibreOffice, type OpenedBook, type OpenedCell } from "./support/libreoffice";
import { expectedAsRead, looksLikeNumberOrDate, openedAsRead } from "./support/opened-tables";
import { readSheetSetup, type SheetSetup } from "./support/xlsx-parts";

/*
 * Every spreadsheet the product offers (each dashboard's XLSX and CSVs, the spend and returns exports,
 * the spend CSV behind the spend page, both row-level extracts as CSV and XLSX), made for the demo
 * council and for a council whose every figure is known, opened in headless LibreOffice and read
 * back: numbers as numbers (negative money included), dates as dates, percentages as fractions, a
 * frozen header and a filter on every table. The review pack is a page and a PDF, not a spreadsheet.
 */
const FY = { kind: "financial_year" as const, label: "2025-26" };
const DASHBOARDS = ["spend", "uptake", "cessations", "policy_review"] as const;

/** A table of a file: its columns and rows as the product made them, and where it went. */
type Made = { label: string; columns: ExportColumn[]; rows: ExportCell[][]; ordered: boolean; xlsx?: { file: string; sheet: string; body: number }; csv?: string };

let database: Database;
let work: string;
const made: Made[] = [];
const workbooks: { file: string; about: string }[] = [];
let fixtureCouncil = "";
let opened: { xlsx: Map<string, OpenedBook>; csv: Map<string, OpenedBook> };
let fixtureFiles: { spend: { tables: ExportTable[] }; dashboard: Awaited<ReturnType<ReturnType<typeof callerFor>["dashboard"]["spendByStream"]>> } | undefined;

const rowsOf = (table: ExportTable) => listTableRows(table).map((row) => table.columns.map((c) => row[c.key] ?? null));

/** An aggregate export (its XLSX and a CSV per table), written as the download routes write them. */
async function writeAggregate(name: string, exported: { aboutTable: ExportTable; tables: ExportTable[] }): Promise<void> {
  const file = join(work, "xlsx", `${name}.xlsx`);
  await writeWorkbook(file, exported.aboutTable, exported.tables);
  workbooks.push({ file, about: "About" });
  const sheets = nameSheets(["About", ...exported.tables.map(tabTitle)]);
  exported.tables.forEach((table, i) => {
    const csv = join(work, "csv", `${name}-${table.id}.csv`);
    writeFileSync(csv, exportTableCsv(table));
    made.push({ label: `${name} ${table.id}`, columns: table.columns, rows: rowsOf(table), ordered: true, xlsx: { file, sheet: sheets[i + 1] ?? "", body: table.rows.length }, csv });
  });
}

async function writeWorkbook(file: string, about: ExportTable, tables: ExportTable[]): Promise<void> {
  const out = createWriteStream(file);
  const closed = new Promise<void>((resolve, reject) => out.on("close", () => resolve()).on("error", reject));
  await writeTablesWorkbook(out, about, tables);
  await closed;
}

async function makeEveryExport(councilId: string, userId: string, prefix: string): Promise<void> {
  const caller = callerFor(database.db, userId, councilId);
  for (const kind of ["spend", "returns"] as const) await writeAggregate(`${prefix}-${kind}`, await caller.exports.aggregate({ kind, period: FY }));
  for (const dashboard of DASHBOARDS) await writeAggregate(`${prefix}-dashboard-${dashboard}`, await caller.exports.dashboard({ dashboard, period: FY }));
  // The spend page's own CSV (/api/exports/spend-by-stream).
  const spend = await caller.dashboard.spendByStream({ financialYear: FY.label });
  const table = buildSpendByStreamTable(spend);
  const csv = join(work, "csv", `${prefix}-spend-by-stream.csv`);
  writeFileSync(csv, spendByStreamCsv(spend));
  made.push({ label: `${prefix} spend page CSV`, columns: table.columns, rows: rowsOf(table), ordered: true, csv });
  for (const kind of ["payments", "budget-lines"] as ExtractKind[]) {
    const cells: ExportCell[][] = [];
    let xlsx: Made["xlsx"];
    let csvFile = "";
    for (const format of ["csv", "xlsx"] as const) {
      const prepared = await caller.exports.prepareExtract({ kind, format, privacy: "pseudonymised", period: FY });
      const file = join(work, format, `${prefix}-extract-${kind}.${format}`);
      await pipeline(streamExtract(database, prepared), createWriteStream(file));
      if (format === "xlsx") {
        workbooks.push({ file, about: "About" });
        xlsx = { file, sheet: nameSheets(["About", EXTRACTS[kind].title])[1] ?? "", body: prepared.rowCount };
      } else csvFile = file;
      if (format === "csv") for await (const batch of readExtractCells(database, prepared)) cells.push(...batch);
    }
    // A cursor reads rows in whichever order is cheapest: an extract's rows are compared as a set.
    made.push({ label: `${prefix} extract ${kind}`, columns: listFileColumns({ kind, privacy: "pseudonymised" }), rows: cells, ordered: false, xlsx, csv: csvFile });
  }
}

beforeAll(async () => {
  database = await openTestDatabase();
  work = mkdtempSync(join(tmpdir(), "pb-libreoffice-"));
  for (const dir of ["xlsx", "csv"]) mkdirSync(join(work, dir));

  const demo = await seedDemo(database.db);
  const commissioner = await database.db.selectFrom("app_user").select("id").where("email", "=", "commissioner@demo-county.test").executeTakeFirstOrThrow();
  await makeEveryExport(demo.councilId, commissioner.id, "demo");

  const council = await createTestCouncil(database.db, "LibreOffice");
  fixtureCouncil = council.id;
  await inCouncil(database.db, council, "admin", "2024-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  await seedExportFixture(database.db, council.id);
  // Paid a year earlier and not since: the change in paid on the spend dashboard is negative money.
  await seedExportFixture(database.db, council.id, { groups: [{ children: 1, planType: "health_care_support", lines: [{ stream: "transport", arrangement: "organised", paidOn: "2024-05-15", amountPence: 2_126_387, oneOff: true }] }] });
  await makeEveryExport(council.id, council.users.commissioner, "fixture");
  const caller = callerFor(database.db, council.users.commissioner);
  fixtureFiles = { spend: await caller.exports.aggregate({ kind: "spend", period: FY }), dashboard: await caller.dashboard.spendByStream({ financialYear: FY.label }) };

  const profile = join(work, "profile");
  opened = {
    xlsx: await openWithLibreOffice(workbooks.map((w) => w.file), join(work, "opened-xlsx"), profile, "xlsx"),
    csv: await openWithLibreOffice(made.flatMap((m) => (m.csv ? [m.csv] : [])), join(work, "opened-csv"), profile, "csv"),
  };
}, 600_000);

afterAll(async () => {
  await database?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const fileName = (path: string) => path.split("/").at(-1) ?? "";

function sheetOf(m: Made, format: "xlsx" | "csv"): OpenedCell[][] {
  if (format === "xlsx") return opened.xlsx.get(fileName(m.xlsx?.file ?? ""))?.sheets.get(m.xlsx?.sheet ?? "") ?? [];
  const book = opened.csv.get(fileName(m.csv ?? ""));
  return book ? ([...book.sheets.values()][0] ?? []) : [];
}

/** Every cell as LibreOffice read it against the product's own table: type and value, row by row (an extract's rows as a set). */
function expectReadBack(m: Made, format: "xlsx" | "csv") {
  const sheet = sheetOf(m, format);
  expect(sheet[0]?.map((c) => c.text), `${m.label} ${format} header`).toEqual(m.columns.map(formatColumnHeader));
  const read = sheet.slice(1, 1 + m.rows.length).map((row) => m.columns.map((c, i) => openedAsRead(c, row[i], format)));
  const expected = m.rows.map((row) => m.columns.map((c, i) => expectedAsRead(c, row[i], format)));
  if (m.ordered) expect(read, `${m.label} ${format}`).toEqual(expected);
  else expect(read.map((r) => JSON.stringify(r)).sort(), `${m.label} ${format}`).toEqual(expected.map((r) => JSON.stringify(r)).sort());
}

describe("LibreOffice reads every export back as a spreadsheet user expects", () => {
  it("has made every spreadsheet the product offers, for the demo council and the known figures", () => {
    for (const prefix of ["demo", "fixture"]) {
      const labels = made.filter((m) => m.label.startsWith(prefix)).map((m) => m.label.replace(/ [^ ]+$/, ""));
      for (const kind of ["spend", "returns", ...DASHBOARDS.map((d) => `dashboard-${d}`)]) expect(labels, kind).toContain(`${prefix}-${kind}`);
      expect(labels).toEqual(expect.arrayContaining([`${prefix} spend page`, `${prefix} extract`]));
    }
    expect(made.filter((m) => m.label.includes("extract")).map((m) => m.label)).toHaveLength(4);
    expect(made.length, "tables made").toBeGreaterThanOrEqual(40);
    expect(workbooks.length, "workbooks made").toBe(16);
    // The tables hold what the conventions are about: negative money, percentages, dates and months.
    const kinds = (kind: ExportColumn["kind"]) => made.flatMap((m) => m.rows.flatMap((r) => r.filter((cell, i) => m.columns[i]?.kind === kind && cell !== null && !isSuppressed(cell))));
    expect(kinds("pence").some((v) => v === -2_126_387), "a negative amount").toBe(true);
    expect(kinds("percent").length, "percentages").toBeGreaterThan(0);
    expect(kinds("date").length, "dates").toBeGreaterThan(0);
    expect(kinds("month").length, "months").toBeGreaterThan(0);
  });

  it("reads every XLSX cell back with its type: numbers, fractions for percentages, dates, text", () => {
    for (const m of made.filter((x) => x.xlsx)) expectReadBack(m, "xlsx");
  });

  it("reads every CSV cell back with its type: numbers (negative included), ISO dates as dates, only text neutralised", () => {
    for (const m of made.filter((x) => x.csv)) expectReadBack(m, "csv");
  });

  it("stores no number or date as text in any sheet of any file", () => {
    for (const [name, book] of [...opened.xlsx, ...opened.csv]) {
      for (const [sheet, rows] of book.sheets) {
        rows.slice(1).forEach((row, r) => row.forEach((cell, c) => {
          if (cell.type === "string") expect(looksLikeNumberOrDate(cell.text), `${name} ${sheet} row ${r + 2} column ${c + 1}: "${cell.text}"`).toBe(false);
        }));
      }
    }
  });

  it("freezes the header row of every sheet and filters each table's header and body, in the file and in LibreOffice", () => {
    for (const { file } of workbooks) {
      const setup = readSheetSetup(file);
      const book = opened.xlsx.get(fileName(file));
      for (const [sheet, s] of setup) expect(s.frozenRows, `${fileName(file)} ${sheet} frozen`).toBe(1);
      for (const m of made.filter((x) => x.xlsx?.file === file)) {
        const { sheet, body } = m.xlsx ?? { sheet: "", body: 0 };
        const range = `A1:${String.fromCharCode(64 + m.columns.length)}${1 + body}`;
        expect(setup.get(sheet), `${m.label} filter`).toMatchObject<Partial<SheetSetup>>({ autoFilter: range });
        expect(setup.get(sheet)?.filterName, `${m.label} filter name`).toBe(`'${sheet.replace(/'/g, "''")}'!${range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`);
        expect(book?.filters, `${m.label}: LibreOffice shows the filter`).toContainEqual({ sheet, range });
      }
      expect(setup.get("About")?.autoFilter ?? null).toBeNull();
    }
  });

  it("holds the known figures: the spend sheet against the spend page, every payment to the penny, and no child's name or date of birth", () => {
    const spendTable = fixtureFiles?.spend.tables[0];
    const m = made.find((x) => x.label === `fixture-spend ${spendTable?.id}`);
    const sheet = m ? sheetOf(m, "xlsx") : [];
    fixtureFiles?.dashboard.months.forEach((month, i) => {
      expect(sheet[i + 1]?.[0]).toMatchObject({ type: "date", value: `${month.month}-01` });
      expect(Math.round(Number(sheet[i + 1]?.[5]?.value) * 100)).toBe(month.totalPence);
    });
    expect(Math.round(Number(sheet[13]?.[5]?.value) * 100)).toBe(EXPECTED.spendTotalPence);
    const payments = made.find((x) => x.label === "fixture extract payments");
    for (const format of ["xlsx", "csv"] as const) {
      const body = payments ? sheetOf(payments, format).slice(1) : [];
      expect(body).toHaveLength(EXPECTED.payments);
      const amount = payments ? payments.columns.findIndex((c) => c.kind === "pence") : -1;
      expect(body.reduce((sum, r) => sum + Math.round(Number(r[amount]?.value) * 100), 0)).toBe(EXPECTED.spendTotalPence);
      expect(body.every((r) => /^C-[0-9a-f]{20}$/.test(r[0]?.text ?? ""))).toBe(true);
    }
    const about = opened.xlsx.get(`fixture-spend.xlsx`)?.sheets.get("About") ?? [];
    expect(about.find((r) => r[0]?.text === "Policy versions in force")?.[1]?.text).toMatch(/^Version 1, in force from 2024-04-01/);
    expect(about.find((r) => r[0]?.text === "Period")?.[1]?.text).toBe("Financial year 2025-26 (2025-04-01 to 2026-03-31)");
    for (const [name, book] of [...opened.xlsx, ...opened.csv]) {
      if (!name.startsWith("fixture")) continue;
      const text = [...book.sheets.values()].flat(2).map((c) => `${c.text} ${c.value}`).join("\n");
      expect(text.length, name).toBeGreaterThan(20);
      for (const forbidden of [FIXTURE_GIVEN_NAME, FIXTURE_FAMILY_NAME, FIXTURE_DATE_OF_BIRTH]) expect(text, name).not.toContain(forbidden);
    }
    expect(fixtureCouncil).not.toBe("");
  });

  it("gives each dashboard's file the dashboard's own figures", async () => {
    const council = await database.db.selectFrom("council").select("id").where("id", "=", fixtureCouncil).executeTakeFirstOrThrow();
    const user = await database.db.selectFrom("council_membership").select("user_id").where("council_id", "=", council.id).where("role", "=", "commissioner").executeTakeFirstOrThrow();
    const caller = callerFor(database.db, user.user_id);
    const views = { spend: caller.dashboard.spend, uptake: caller.dashboard.uptake, cessations: caller.dashboard.cessations, policy_review: caller.dashboard.policyReview };
    for (const dashboard of DASHBOARDS) {
      const exported = await caller.exports.dashboard({ dashboard, period: FY });
      const sections = (await views[dashboard]({ period: FY })).sections;
      expect(exported.tables.map((t) => t.id)).toEqual(sections.map((s) => s.table.id));
      expect(nameSheets(["About", ...exported.tables.map(tabTitle)]).slice(1)).toEqual(exported.tables.map((t) => t.sheetName));
      exported.tables.forEach((table, i) => {
        const shown = listTableRows(sections[i]?.table as ExportTable);
        listTableRows(table).forEach((row, r) => {
          for (const column of table.columns) if (!isSuppressed(row[column.key] as never)) expect(row[column.key], `${dashboard} ${table.id} ${r} ${column.key}`).toEqual(shown[r]?.[column.key]);
        });
      });
    }
  });
});
