import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { exportTableCsv, isSuppressed, listTableRows, spendByStreamCsv, type ExportTable } from "@pb/reports";
import { adoptPreset, readExtractCells, streamExtract } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { EXPECTED, FIXTURE_DATE_OF_BIRTH, FIXTURE_FAMILY_NAME, FIXTURE_GIVEN_NAME, seedExportFixture } from "./support/export-fixtures";

let database: Database;
let north: TestCouncil;
let south: TestCouncil;
const FY = { kind: "financial_year" as const, label: "2025-26" };

beforeAll(async () => {
  database = await openTestDatabase();
  north = await createTestCouncil(database.db, "Exports North");
  south = await createTestCouncil(database.db, "Exports South");
  for (const council of [north, south]) {
    await inCouncil(database.db, council, "admin", "2024-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  }
  await seedExportFixture(database.db, north.id);
  await seedExportFixture(database.db, south.id, {
    givenName: "Quillon", familyName: "Marchbanks", dateOfBirth: "2012-02-13",
    groups: [{ children: 9, planType: "ehcp", lines: [{ stream: "transport", arrangement: "direct_payment", paidOn: "2025-05-15", amountPence: 999_999 }] }],
  });
});
afterAll(async () => database?.close());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

const tableById = (tables: ExportTable[], id: string) => {
  const table = tables.find((t) => t.id === id);
  if (!table) throw new Error(`no table ${id}`);
  return table;
};
const rowOf = (table: ExportTable, key: string, label: string) => listTableRows(table).find((r) => r[key] === label);

async function setThreshold(council: TestCouncil, threshold: number) {
  const admin = callerFor(database.db, council.users.admin);
  const { version } = await admin.exports.settings();
  await admin.exports.updateSettings({ smallCountThreshold: threshold, version });
}

async function collectText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

describe("exports carry the dashboards' numbers", () => {
  it("writes the spend dashboard's own figures, to the penny, as the dashboard's CSV does", async () => {
    const caller = callerFor(database.db, north.users.commissioner);
    const dashboard = await caller.dashboard.spendByStream({ financialYear: "2025-26" });
    const exported = await caller.exports.aggregate({ kind: "spend", period: FY });
    expect(exported.tables).toHaveLength(1);
    const [table] = exported.tables;
    if (!table) throw new Error("no table");
    expect(table.rows).toEqual(dashboard.months.map((m) => ({ ...m })));
    expect(table.totalRow).toMatchObject({ ...dashboard.totals, month: "Total" });
    expect(exportTableCsv(table)).toBe(spendByStreamCsv(dashboard));
    expect(dashboard.totals.totalPence).toBe(EXPECTED.spendTotalPence);
    for (const [month, streams] of Object.entries(EXPECTED.spendByMonth)) expect(table.rows.find((r) => r.month === month)).toMatchObject(streams);
  });

  it("writes the statutory returns exactly as SEN2 and the NHS count them, whatever the threshold", async () => {
    await setThreshold(north, 5);
    const { tables, about, aboutTable } = await callerFor(database.db, north.users.commissioner).exports.aggregate({ kind: "returns", period: FY });
    const sen2 = tableById(tables, "sen2-summary");
    for (const [element, expected] of Object.entries(EXPECTED.sen2)) {
      expect(element === "total" ? sen2.totalRow : rowOf(sen2, "element", element), element).toMatchObject(expected);
    }
    expect(tableById(tables, "sen2-person-level").rows).toHaveLength(EXPECTED.sen2.total.withBudget);
    const phb = tableById(tables, "nhs-phb-return");
    expect(phb.rows.map((r) => r.quarterEnd)).toEqual(["2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31"]);
    for (const row of phb.rows) {
      expect(row).toMatchObject({ inPlace_notional: EXPECTED.phbPerQuarter.notional, inPlace_direct_payment: EXPECTED.phbPerQuarter.directPayment, inPlace_total: EXPECTED.phbPerQuarter.total });
      expect(row).toMatchObject({ yearToDate_notional: EXPECTED.phbPerQuarter.notional, yearToDate_direct_payment: EXPECTED.phbPerQuarter.directPayment, yearToDate_total: EXPECTED.phbPerQuarter.total });
    }
    const dp = tableById(tables, "direct-payments-return");
    expect(rowOf(dp, "stream", "Education")).toMatchObject({ "children2025-26": 19, "spend2025-26": 134_000 });
    expect(rowOf(dp, "stream", "Health")).toMatchObject({ "children2025-26": 6, "spend2025-26": 300_000 });
    expect(dp.totalRow).toMatchObject({ "children2025-26": 25, "spend2025-26": 434_000 });
    expect(about.policyVersions).toEqual([{ versionNumber: 1, effectiveFrom: "2024-04-01", until: null, changeNote: expect.any(String) }]);
    expect(about.suppressionThreshold).toBeNull();
    expect(aboutTable.rows).toContainEqual({ item: "Census date", value: "15 January 2026 (2026-01-15)" });
    // Three children in one element, under the threshold of 5, are written as 3: a return is a submission.
    expect(rowOf(sen2, "element", "Social care")).toMatchObject({ withBudget: 3 });
    for (const table of tables) {
      for (const row of listTableRows(table)) for (const cell of Object.values(row)) expect(isSuppressed(cell), table.id).toBe(false);
      expect(exportTableCsv(table)).not.toContain(",c,");
    }
  });

  it("counts a budget by the lines running on the census day: a one-off direct payment in April does not make it a direct payment in January", async () => {
    const east = await createTestCouncil(database.db, "Exports East");
    await inCouncil(database.db, east, "admin", "2024-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
    await seedExportFixture(database.db, east.id, {
      groups: [{
        children: 6, planType: "ehcp",
        lines: [
          { stream: "social_care", arrangement: "organised", paidOn: "2025-06-15", amountPence: 5_000 },
          { stream: "social_care", arrangement: "direct_payment", paidOn: "2025-04-01", amountPence: 40_000, oneOff: true },
        ],
      }],
    });
    await setThreshold(east, 2);
    const { tables } = await callerFor(database.db, east.users.commissioner).exports.aggregate({ kind: "returns", period: FY });
    expect(rowOf(tableById(tables, "sen2-summary"), "element", "Social care")).toMatchObject({ withBudget: 6, directPaymentOnly: 0, organisedOnly: 6, both: 0 });
  });
});

describe("who may export, and whose rows", () => {
  it("lets commissioners, managers and admins export; refuses case officers, panel members and finance officers", async () => {
    for (const role of ["commissioner", "manager", "admin"] as const) {
      expect(await codeOf(callerFor(database.db, north.users[role]).exports.aggregate({ kind: "spend", period: FY }))).toBe("OK");
    }
    // The statutory returns are exact and name children by reference: the commissioner who submits them only.
    expect(await codeOf(callerFor(database.db, north.users.commissioner).exports.aggregate({ kind: "returns", period: FY }))).toBe("OK");
    for (const role of ["manager", "admin"] as const) {
      expect(await codeOf(callerFor(database.db, north.users[role]).exports.aggregate({ kind: "returns", period: FY }))).toBe("FORBIDDEN");
    }
    for (const role of ["case_officer", "panel_member", "finance_officer"] as const) {
      const caller = callerFor(database.db, north.users[role]);
      expect(await codeOf(caller.exports.aggregate({ kind: "spend", period: FY }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.exports.prepareExtract({ kind: "payments", format: "csv", privacy: "pseudonymised", period: FY }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.exports.reviewPack({ from: "2025-04-01", to: "2026-03-31" }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(callerFor(database.db, null).exports.aggregate({ kind: "spend", period: FY }))).toBe("UNAUTHORIZED");
  });

  it("lets only admins change the threshold, and refuses a stale or out-of-range one", async () => {
    expect(await codeOf(callerFor(database.db, north.users.commissioner).exports.updateSettings({ smallCountThreshold: 3, version: 0 }))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(database.db, north.users.commissioner).exports.settings())).toBe("FORBIDDEN");
    const admin = callerFor(database.db, south.users.admin);
    expect((await admin.exports.settings()).smallCountThreshold).toBe(5);
    expect(await codeOf(admin.exports.updateSettings({ smallCountThreshold: 1, version: 0 }))).toBe("BAD_REQUEST");
    expect(await codeOf(admin.exports.updateSettings({ smallCountThreshold: 7, version: 3 }))).toBe("CONFLICT");
    const saved = await admin.exports.updateSettings({ smallCountThreshold: 7, version: 0 });
    expect(await codeOf(admin.exports.updateSettings({ smallCountThreshold: 8, version: 0 }))).toBe("CONFLICT");
    await admin.exports.updateSettings({ smallCountThreshold: 5, version: saved.version });
  });

  it("never puts another council's rows in an export, even when the caller asks for that council", async () => {
    const own = await callerFor(database.db, south.users.commissioner, north.id).exports.aggregate({ kind: "spend", period: FY });
    expect(own.tables[0]?.totalRow?.totalPence).toBe(9 * 999_999);
    const northSpend = await callerFor(database.db, north.users.commissioner).exports.aggregate({ kind: "spend", period: FY });
    expect(northSpend.tables[0]?.totalRow?.transport).toBe(0);
    const prepared = await callerFor(database.db, south.users.commissioner, north.id).exports.prepareExtract({ kind: "payments", format: "csv", privacy: "pseudonymised", period: FY });
    expect(prepared.councilId).toBe(south.id);
    expect(prepared.rowCount).toBe(9);
  });
});

describe("the row-level extract", () => {
  async function extractCsv(council: TestCouncil, kind: "payments" | "budget-lines") {
    const prepared = await callerFor(database.db, council.users.commissioner).exports.prepareExtract({ kind, format: "csv", privacy: "pseudonymised", period: FY });
    const text = await collectText(streamExtract(database, prepared));
    return { prepared, lines: text.split("\r\n").slice(0, -1), text };
  }

  it("has every payment and every budget line, with pseudonyms and age bands, never a name or a date of birth", async () => {
    const payments = await extractCsv(north, "payments");
    expect(payments.prepared.rowCount).toBe(EXPECTED.payments);
    expect(payments.lines).toHaveLength(EXPECTED.payments + 1);
    expect(payments.lines[0]).toBe(
      "Child (pseudonym),Age band (code),Age band,Budget (pseudonym),Budget line (pseudonym),Funding stream (code),Funding stream,Service (code),Service," +
        "Arrangement (code),Arrangement,Due on,Paid on,Status (code),Status,Amount (GBP)",
    );
    expect(payments.lines.slice(1).every((l) => /^C-[0-9a-f]{20},11_to_15,11 to 15,B-[0-9a-f]{20},L-[0-9a-f]{20},/.test(l))).toBe(true);
    const pence = payments.lines.slice(1).reduce((sum, l) => sum + Math.round(Number(l.split(",").at(-1)) * 100), 0);
    expect(pence).toBe(EXPECTED.spendTotalPence);
    const lines = await extractCsv(north, "budget-lines");
    expect(lines.lines).toHaveLength(EXPECTED.budgetLines + 1);
    const children = await database.db.selectFrom("child").select(["id", "reference", "given_name", "family_name"]).where("council_id", "=", north.id).execute();
    for (const text of [payments.text, lines.text]) {
      for (const forbidden of [FIXTURE_GIVEN_NAME, FIXTURE_FAMILY_NAME, FIXTURE_DATE_OF_BIRTH, "19/07/2013", ...children.flatMap((c) => [c.id, c.reference])]) expect(text).not.toContain(forbidden);
    }
  });

  it("gives a child the same pseudonym every time in one council, and no child of another council's", async () => {
    const first = await extractCsv(north, "payments");
    const again = await extractCsv(north, "payments");
    const pseudonyms = (lines: string[]) => new Set(lines.slice(1).map((l) => l.split(",")[0]));
    expect(pseudonyms(first.lines)).toEqual(pseudonyms(again.lines));
    expect(pseudonyms(first.lines).size).toBe(30); // 12 + 3 + 7 + 2 + 6 children with budgets
    const other = await extractCsv(south, "payments");
    for (const p of pseudonyms(other.lines)) expect(pseudonyms(first.lines).has(p)).toBe(false);
    const secrets = await sql<{ n: number }>`select count(distinct secret_hex)::int as n from council_secret where council_id in (${north.id}, ${south.id})`.execute(database.db);
    expect(secrets.rows[0]?.n).toBe(2);
  });

  it("reads in batches at the reader's pace, so memory does not grow with the extract", async () => {
    const prepared = await callerFor(database.db, north.users.commissioner).exports.prepareExtract({ kind: "payments", format: "csv", privacy: "pseudonymised", period: FY });
    let read = 0;
    const batches = readExtractCells(database, { ...prepared, batchSize: 5, onProgress: (rows) => (read = rows) });
    const first = await batches.next();
    expect(first.value).toHaveLength(5);
    expect(read).toBe(0); // the first batch is handed over before the next is read
    await batches.next();
    expect(read).toBe(5);
    await batches.return(undefined); // a download closed early: the cursor or page reader lets go
    const all: unknown[] = [];
    for await (const batch of readExtractCells(database, { ...prepared, batchSize: 5 })) all.push(...batch);
    expect(all).toHaveLength(EXPECTED.payments);
    // The database is usable again: nothing was left holding the connection.
    expect((await callerFor(database.db, north.users.commissioner).exports.aggregate({ kind: "spend", period: FY })).tables).toHaveLength(1);
  });

  it("audits who took which rows", async () => {
    await callerFor(database.db, north.users.manager).exports.prepareExtract({ kind: "budget-lines", format: "xlsx", privacy: "pseudonymised", period: FY, stream: "health" });
    const audit = await database.db.selectFrom("audit_log").select(["action", "actor_user_id", "after"]).where("council_id", "=", north.id).where("action", "=", "exports.extract").orderBy("id", "desc").executeTakeFirst();
    expect(audit?.actor_user_id).toBe(north.users.manager);
    expect(audit?.after).toMatchObject({ kind: "budget-lines", format: "xlsx", stream: "health", rowCount: 8 });
  });
});

describe("the policy review pack", () => {
  it("has every table of the exports, the policy versions and what it was made from", async () => {
    const pack = await callerFor(database.db, north.users.manager).exports.reviewPack({ from: "2025-04-01", to: "2026-03-31" });
    expect(pack.sections.map((s) => s.id)).toEqual(["spend", "returns", "committed-scheduled-paid", "uptake", "cessations", "policy-review", "what-if"]);
    expect(pack.sections[0]?.tables[0]?.totalRow?.totalPence).toBe(EXPECTED.spendTotalPence);
    const byMonth = pack.sections[2]?.tables.find((t) => t.id === "money-by-month");
    expect(byMonth?.totalRow?.paidPence).toBe(EXPECTED.spendTotalPence);
    expect(pack.sections[1]?.tables.map((t) => t.id)).toEqual(["sen2-personal-budgets", "ehcp-coverage", "phb-by-type", "direct-payment-spend"]);
    expect(pack.about.policyVersions.map((v) => v.versionNumber)).toEqual([1]);
    expect(pack.policyChanges).toEqual([]);
    expect(pack.dataRows).toEqual([{ label: "Payments due in the period", count: 37 }, { label: "Budget lines in force in the period", count: 37 }]);
    expect(JSON.stringify(pack)).not.toContain(FIXTURE_GIVEN_NAME);
  });
});
