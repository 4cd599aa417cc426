import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@pb/db";
import { buildSpendByStreamTable, exportTableCsv, spendByStreamCsv, type ExportTable } from "@pb/reports";
import { adoptPreset, DASHBOARD_NAMES, EXTRACT_KINDS, saveFamilyContact, streamExtract, writeTablesWorkbook } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { seedExportFixture } from "./support/export-fixtures";
import { readZipEntries } from "./support/xlsx-parts";

// Issue 21: families' contact details are personal data that no export carries and no log line holds.
// Every child of a council gets contact details made of words found nowhere else; then every file the
// product offers (aggregate and statutory returns as CSV and XLSX, each dashboard's download, the
// row-level extracts, SEN2, the drill-down's file, the review pack) and every line written to the console
// while they are made, and while contact details are saved and refused, is searched for them.

let database: Database;
let council: TestCouncil;
const FY = { kind: "financial_year" as const, label: "2025-26" };

// Words of the contact details that appear nowhere else in the product or its fixtures.
const MARKERS = ["Xanthippe-Vorloq", "quillmarsh.example", "Brindlewhistle Yard", "Oxtercombe", "ZE3 9QX"];
const contactFor = (n: number) => ({
  addressee: `Xanthippe-Vorloq family ${n}`,
  email: `family${n}@quillmarsh.example`,
  addressLines: [`${n} Brindlewhistle Yard`, "Oxtercombe"],
  postcode: "ZE3 9QX",
});

const logged: string[] = [];
const restores: (() => void)[] = [];

/** Every line written to the console or to stdout/stderr while the test runs, kept as well as passed on. */
function captureLogs(): void {
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    const spy = vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack ?? ""}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    });
    restores.push(() => spy.mockRestore());
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      logged.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restores.push(() => (stream.write = write));
  }
}

async function workbookText(about: ExportTable, tables: ExportTable[]): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => out.on("end", () => resolve()));
  await writeTablesWorkbook(out, about, tables);
  await ended;
  return [...readZipEntries(Buffer.concat(chunks)).values()].join("\n");
}

async function streamText(prepared: Parameters<typeof streamExtract>[1]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of streamExtract(database, prepared)) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

const expectNoContact = (label: string, text: string) => {
  for (const marker of MARKERS) expect(text.includes(marker), `${label} holds "${marker}"`).toBe(false);
};

beforeAll(async () => {
  captureLogs();
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Contact privacy");
  await inCouncil(database.db, council, "admin", "2024-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  await seedExportFixture(database.db, council.id);
  const children = await database.db.selectFrom("child").select("id").where("council_id", "=", council.id).orderBy("reference").execute();
  let n = 0;
  for (const child of children) {
    n++;
    await inCouncil(database.db, council, "case_officer", "2026-01-01", (ctx) => saveFamilyContact(ctx, { childId: child.id, version: 0, ...contactFor(n) }));
  }
}, 120_000);
afterAll(async () => {
  for (const restore of restores.reverse()) restore();
  await database?.close();
});

describe("families' contact details", () => {
  it("are recorded for every child of the council (the test's premise)", async () => {
    const rows = await database.db.selectFrom("family_contact").select("email").where("council_id", "=", council.id).execute();
    const children = await database.db.selectFrom("child").select("id").where("council_id", "=", council.id).execute();
    expect(rows).toHaveLength(children.length);
    expect(rows.every((r) => r.email?.endsWith("@quillmarsh.example"))).toBe(true);
  });

  it("appear in no aggregate export or statutory return, as CSV or XLSX", async () => {
    const caller = callerFor(database.db, council.users.commissioner);
    for (const kind of ["spend", "returns"] as const) {
      const exported = await caller.exports.aggregate({ kind, period: FY });
      for (const table of exported.tables) expectNoContact(`${kind} ${table.id} CSV`, exportTableCsv(table));
      expectNoContact(`${kind} XLSX`, await workbookText(exported.aboutTable, exported.tables));
      expectNoContact(`${kind} as data`, JSON.stringify(exported));
    }
    for (const dashboard of DASHBOARD_NAMES) {
      const exported = await caller.exports.dashboard({ dashboard, period: FY });
      for (const table of exported.tables) expectNoContact(`dashboard ${dashboard} ${table.id} CSV`, exportTableCsv(table));
      expectNoContact(`dashboard ${dashboard} XLSX`, await workbookText(exported.aboutTable, exported.tables));
    }
    expectNoContact("spend page CSV", spendByStreamCsv(await caller.dashboard.spendByStream({ financialYear: FY.label })));
    expectNoContact("spend page table", JSON.stringify(buildSpendByStreamTable(await caller.dashboard.spendByStream({ financialYear: FY.label }))));
  });

  it("appear in no row-level extract, SEN2 file, drill-down file or review pack", async () => {
    const caller = callerFor(database.db, council.users.commissioner);
    for (const kind of EXTRACT_KINDS) {
      for (const format of ["csv", "xlsx"] as const) {
        for (const privacy of ["pseudonymised", "coarsened"] as const) {
          const file = await streamText(await caller.exports.prepareExtract({ kind, format, privacy, period: FY }));
          expectNoContact(`extract ${kind} ${privacy} ${format}`, format === "csv" ? file.toString("utf8") : [...readZipEntries(file).values()].join("\n"));
        }
      }
    }
    expectNoContact("SEN2 check", JSON.stringify(await caller.exports.sen2Check({ period: FY, laNumber: "936" })));
    for (const format of ["csv", "xml"] as const) {
      const file = await caller.exports.sen2File({ period: FY, laNumber: "936", format }).catch((error: unknown) => ({ refused: String(error) }));
      expectNoContact(`SEN2 ${format}`, JSON.stringify(file));
    }
    const drill = await callerFor(database.db, council.users.manager).exports.drilldownFile({ period: FY, target: { measure: "paid", month: "2025-05" }, format: "xlsx" });
    expect(drill.table.rows.length).toBeGreaterThan(0);
    expectNoContact("drill-down file", JSON.stringify(drill));
    expectNoContact("drill-down XLSX", await workbookText(drill.aboutTable, [drill.table]));
    expectNoContact("review pack", JSON.stringify(await caller.exports.reviewPack({ from: "2025-04-01", to: "2026-03-31" })));
  });

  it("are in no audit row and no case history a role without access reads", async () => {
    const audit = await database.db.selectFrom("audit_log").select(["action", "before", "after"]).where("council_id", "=", council.id).execute();
    expect(audit.filter((a) => a.action === "family_contact.update").length).toBeGreaterThan(0);
    expectNoContact("audit log", JSON.stringify(audit));
    const child = await database.db.selectFrom("child").select("id").where("council_id", "=", council.id).limit(1).executeTakeFirstOrThrow();
    for (const role of ["panel_member", "finance_officer", "manager"] as const) expectNoContact(`case page as ${role}`, JSON.stringify(await callerFor(database.db, council.users[role]).children.get({ childId: child.id })));
  });

  it("are in no log line, including when a save is refused or fails", async () => {
    const child = await database.db.selectFrom("child").select("id").where("council_id", "=", council.id).limit(1).executeTakeFirstOrThrow();
    const officer = callerFor(database.db, council.users.case_officer);
    // Refused by the rules, by the schema, and at a stale version: none may echo what was typed.
    await expect(officer.familyContact.save({ childId: child.id, version: 1, ...contactFor(1), email: "Xanthippe-Vorloq@quillmarsh" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(officer.familyContact.save({ childId: child.id, version: 1, ...contactFor(1), postcode: "Oxtercombe" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(officer.familyContact.save({ childId: child.id, version: 1, ...contactFor(1), addressLines: ["Brindlewhistle Yard".repeat(20)] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(officer.familyContact.save({ childId: child.id, version: 7, ...contactFor(2) })).rejects.toMatchObject({ code: "CONFLICT" });
    // The capture itself works: a line written as the product writes its errors is caught.
    console.error("pb: capture check");
    expect(logged.some((line) => line.includes("pb: capture check"))).toBe(true);
    expectNoContact("log lines", logged.join("\n"));
  });
});
