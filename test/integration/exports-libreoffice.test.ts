import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { exportTableCsv, formatColumnHeader, isSuppressed, listTableRows, type ExportTable } from "@pb/reports";
import { adoptPreset, nameSheets, streamExtract, tabTitle, writeTablesWorkbook, type AggregateExport } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { EXPECTED, FIXTURE_DATE_OF_BIRTH, FIXTURE_FAMILY_NAME, FIXTURE_GIVEN_NAME, seedExportFixture } from "./support/export-fixtures";
import { convertWithLibreOffice } from "./support/libreoffice";

// Every XLSX and CSV export, opened by LibreOffice headless, must hold the dashboard's numbers.
let database: Database;
let council: TestCouncil;
let work: string;
const FY = { kind: "financial_year" as const, label: "2025-26" };

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "LibreOffice");
  await inCouncil(database.db, council, "admin", "2024-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  await seedExportFixture(database.db, council.id);
  work = mkdtempSync(join(tmpdir(), "pb-libreoffice-"));
});
afterAll(async () => {
  await database?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A cell as LibreOffice gives it back, against the table's own value: pounds to the penny, counts exactly, "c" when suppressed. */
function expectSameCell(table: ExportTable, key: string, got: string | undefined, cell: unknown, where: string) {
  const column = table.columns.find((c) => c.key === key);
  if (isSuppressed(cell as never)) return expect(got, where).toBe("c");
  if (cell === null || cell === undefined) return expect(got ?? "", where).toBe("");
  if (column?.kind === "pence") return expect(Math.round(Number(got) * 100), where).toBe(cell);
  if (typeof cell === "number") return expect(Number(got), where).toBe(cell);
  // A month's name in a CSV ("April 2025") has no type: LibreOffice reads it as that month's first day.
  if (typeof cell === "string" && got !== cell && MONTH_LABEL.test(cell)) return expect(got, where).toBe(asLibreOfficeDate(cell));
  return expect(got, where).toBe(cell);
}

const MONTH_LABEL = /^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})$/;
function asLibreOfficeDate(label: string): string {
  const [, month = "", year = ""] = MONTH_LABEL.exec(label) ?? [];
  const number = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].indexOf(month) + 1;
  return `${String(number).padStart(2, "0")}/01/${year}`;
}

function expectTableInRows(table: ExportTable, rows: string[][], label: string) {
  expect(rows[0], `${label} header`).toEqual(table.columns.map(formatColumnHeader));
  listTableRows(table).forEach((row, r) => {
    table.columns.forEach((column, c) => expectSameCell(table, column.key, rows[r + 1]?.[c], row[column.key], `${label} row ${r + 1} ${column.key}`));
  });
}

async function writeAggregate(name: string, exported: AggregateExport): Promise<{ xlsx: string; csvs: string[] }> {
  const xlsx = join(work, `${name}.xlsx`);
  await writeTablesWorkbook(createWriteStream(xlsx), exported.aboutTable, exported.tables);
  await new Promise((r) => setTimeout(r, 50));
  const csvs = exported.tables.map((t) => {
    const file = join(work, `${name}-${t.id}.csv`);
    writeFileSync(file, exportTableCsv(t));
    return file;
  });
  return { xlsx, csvs };
}

describe("LibreOffice opens every export with the dashboard's numbers", () => {
  it("spend, returns and both row-level extracts, as XLSX and as CSV", { timeout: 300_000 }, async () => {
    const caller = callerFor(database.db, council.users.commissioner);
    const dashboard = await caller.dashboard.spendByStream({ financialYear: "2025-26" });
    const spend = await caller.exports.aggregate({ kind: "spend", period: FY });
    const returns = await caller.exports.aggregate({ kind: "returns", period: FY });
    const files = { spend: await writeAggregate("spend", spend), returns: await writeAggregate("returns", returns) };

    const extracts: string[] = [];
    for (const kind of ["payments", "budget-lines"] as const) {
      for (const format of ["csv", "xlsx"] as const) {
        const prepared = await caller.exports.prepareExtract({ kind, format, privacy: "pseudonymised", period: FY });
        const file = join(work, `extract-${kind}.${format}`);
        await pipeline(streamExtract(database, prepared), createWriteStream(file));
        extracts.push(file);
      }
    }

    const fromXlsx = await convertWithLibreOffice([files.spend.xlsx, files.returns.xlsx, ...extracts.filter((f) => f.endsWith(".xlsx"))], join(work, "out-xlsx"), join(work, "profile"), "xlsx");
    const fromCsv = await convertWithLibreOffice([...files.spend.csvs, ...files.returns.csvs, ...extracts.filter((f) => f.endsWith(".csv"))], join(work, "out-csv"), join(work, "profile"), "csv");

    for (const [name, exported, csvs] of [["spend", spend, files.spend.csvs], ["returns", returns, files.returns.csvs]] as const) {
      const sheets = nameSheets(["About", ...exported.tables.map(tabTitle)]);
      const about = fromXlsx.get(`${name}-About.csv`);
      expect(about?.find((r) => r[0] === "Policy versions in force")?.[1]).toMatch(/^Version 1, in force from 2024-04-01/);
      expect(about?.find((r) => r[0] === "Period")?.[1]).toBe("Financial year 2025-26 (2025-04-01 to 2026-03-31)");
      exported.tables.forEach((table, i) => {
        const sheet = fromXlsx.get(`${name}-${sheets[i + 1]}.csv`);
        expect(sheet, `${name} sheet ${sheets[i + 1]}`).toBeDefined();
        expectTableInRows(table, sheet ?? [], `${name} xlsx ${table.id}`);
        const csvName = (csvs[i] ?? "").split("/").at(-1)?.replace(/\.csv$/, "");
        expectTableInRows(table, fromCsv.get(`${csvName}-${csvName}.csv`) ?? fromCsv.get(`${csvName}.csv`) ?? [], `${name} csv ${table.id}`);
      });
    }

    // And the spend sheet against the dashboard procedure itself, month by month, to the penny.
    const spendSheet = fromXlsx.get(`spend-${nameSheets(["About", spend.tables[0] ? tabTitle(spend.tables[0]) : ""])[1]}.csv`) ?? [];
    dashboard.months.forEach((month, i) => {
      expect(spendSheet[i + 1]?.[0]).toBe(month.month);
      expect(Math.round(Number(spendSheet[i + 1]?.[5]) * 100)).toBe(month.totalPence);
    });
    expect(Math.round(Number(spendSheet[13]?.[5]) * 100)).toBe(EXPECTED.spendTotalPence);

    // The extracts: every row, amounts to the penny, no names or dates of birth.
    const paymentSheets = [...fromXlsx.entries()].filter(([n]) => n.startsWith("extract-payments-") && !n.endsWith("About.csv"));
    expect(paymentSheets).toHaveLength(1);
    for (const rows of [paymentSheets[0]?.[1] ?? [], fromCsv.get("extract-payments.csv") ?? fromCsv.get("extract-payments-extract-payments.csv") ?? []]) {
      const body = rows.slice(1).filter((r) => r.length > 1);
      expect(body).toHaveLength(EXPECTED.payments);
      expect(body.reduce((sum, r) => sum + Math.round(Number(r.at(-1)) * 100), 0)).toBe(EXPECTED.spendTotalPence);
      expect(body.every((r) => /^C-[0-9a-f]{20}$/.test(r[0] ?? ""))).toBe(true);
    }
    for (const rows of [...fromXlsx.values(), ...fromCsv.values()]) {
      const text = rows.map((r) => r.join(",")).join("\n");
      for (const forbidden of [FIXTURE_GIVEN_NAME, FIXTURE_FAMILY_NAME, FIXTURE_DATE_OF_BIRTH]) expect(text).not.toContain(forbidden);
    }
  });

  it("spend, uptake, cessations and policy review, as XLSX and as CSV, hold the dashboards' own figures", { timeout: 300_000 }, async () => {
    const caller = callerFor(database.db, council.users.commissioner);
    const dashboards = [
      ["spend", () => caller.dashboard.spend({ period: FY })],
      ["uptake", () => caller.dashboard.uptake({ period: FY })],
      ["cessations", () => caller.dashboard.cessations({ period: FY })],
      ["policy_review", () => caller.dashboard.policyReview({ period: FY })],
    ] as const;
    const made: { name: string; exported: AggregateExport; files: { xlsx: string; csvs: string[] } }[] = [];
    for (const [name, view] of dashboards) {
      const exported = (await caller.exports.dashboard({ dashboard: name, period: FY })) as unknown as AggregateExport;
      // The file's tables are the dashboard's tables: every figure not suppressed is the dashboard's own.
      const sections = (await view()).sections;
      expect(exported.tables.map((t) => t.id)).toEqual(sections.map((s) => s.table.id));
      exported.tables.forEach((table, i) => {
        const shown = listTableRows(sections[i]?.table as ExportTable);
        listTableRows(table).forEach((row, r) => {
          for (const column of table.columns) if (!isSuppressed(row[column.key] as never)) expect(row[column.key], `${name} ${table.id} ${r} ${column.key}`).toEqual(shown[r]?.[column.key]);
        });
      });
      made.push({ name, exported, files: await writeAggregate(`dashboard-${name}`, exported) });
    }
    const fromXlsx = await convertWithLibreOffice(made.map((m) => m.files.xlsx), join(work, "dash-out-xlsx"), join(work, "profile"), "xlsx");
    const fromCsv = await convertWithLibreOffice(made.flatMap((m) => m.files.csvs), join(work, "dash-out-csv"), join(work, "profile"), "csv");
    for (const { name, exported, files } of made) {
      const sheets = nameSheets(["About", ...exported.tables.map(tabTitle)]);
      // Each table's tab is its own short name, whole, not a title cut at Excel's 31 characters.
      expect(sheets.slice(1)).toEqual(exported.tables.map((t) => t.sheetName));
      expect(fromXlsx.get(`dashboard-${name}-About.csv`)?.find((r) => r[0] === "Period")?.[1]).toContain("2025-26");
      exported.tables.forEach((table, i) => {
        const sheet = fromXlsx.get(`dashboard-${name}-${sheets[i + 1]}.csv`);
        expect(sheet, `${name} sheet ${sheets[i + 1]}`).toBeDefined();
        expectTableInRows(table, sheet ?? [], `${name} xlsx ${table.id}`);
        const csvName = (files.csvs[i] ?? "").split("/").at(-1)?.replace(/\.csv$/, "");
        expectTableInRows(table, fromCsv.get(`${csvName}-${csvName}.csv`) ?? fromCsv.get(`${csvName}.csv`) ?? [], `${name} csv ${table.id}`);
      });
    }
  });
});
