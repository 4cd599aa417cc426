import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { seedDemo } from "@pb/db/seed";
import { exportTableCsv, isSuppressed, listTableRows, readSen2Xml, validateSen2 } from "@pb/reports";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil } from "./support/councils";
import { seedExportFixture } from "./support/export-fixtures";

let database: Database;
let councilId = "";
const users: Record<string, string> = {};
const FY = { kind: "financial_year" as const, label: "2025-26" };
const CENSUS = "2026-01-15";
const LA = "936";

beforeAll(async () => {
  database = await openTestDatabase();
  councilId = (await seedDemo(database.db)).councilId;
  const rows = await sql<{ id: string; role: string }>`
    select u.id, m.role from app_user u join council_membership m on m.user_id = u.id where m.council_id = ${councilId}`.execute(database.db);
  for (const row of rows.rows) users[row.role] ??= row.id;
}, 120_000);
afterAll(async () => database?.close());

const codeOf = async (promise: Promise<unknown>) => promise.then(() => "OK", (e: unknown) => (e instanceof TRPCError ? e.code : "ERROR"));
const commissioner = () => callerFor(database.db, users.commissioner ?? null);

describe("statutory returns from the demo seed", () => {
  it("are exact: no cell suppressed, no 'c' in any CSV, the census date on the About sheet and in every SEN2 row", async () => {
    const exported = await commissioner().exports.aggregate({ kind: "returns", period: FY });
    expect(exported.tables.map((t) => t.id)).toEqual(["sen2-person-level", "sen2-summary", "nhs-phb-return", "direct-payments-return"]);
    for (const table of exported.tables) {
      for (const row of listTableRows(table)) for (const cell of Object.values(row)) expect(isSuppressed(cell), table.id).toBe(false);
      expect(exportTableCsv(table), table.id).not.toMatch(/(^|,)c(,|\r\n)/m);
      expect(table.note, table.id).toContain("OFFICIAL-SENSITIVE");
    }
    const about = Object.fromEntries(exported.aboutTable.rows.map((r) => [r.item, r.value]));
    expect(about["Security classification"]).toBe("OFFICIAL-SENSITIVE");
    expect(about["Census date"]).toBe(`15 January 2026 (${CENSUS})`);
    expect(exported.fileStem).toBe(`OFFICIAL-SENSITIVE_statutory-returns_census-${CENSUS}`);
    const sen2 = exported.tables[0];
    expect(sen2?.rows.length).toBeGreaterThan(0);
    for (const row of sen2?.rows ?? []) expect(row.censusDate).toBe(CENSUS);
    // The summary counts the same children, exactly, including any group of one or two.
    expect(exported.tables[1]?.totalRow?.withBudget).toBe(sen2?.rows.length);
  });

  it("counts SEN2 from the raw rows: every child with an EHC plan and a budget line running on the census date", async () => {
    const expected = await sql<{ n: number }>`
      select count(distinct b.child_id)::int as n from budget b
      join budget_line l on l.council_id = b.council_id and l.budget_id = b.id
      where b.council_id = ${councilId} and b.starts_on <= ${CENSUS}::date and (b.ends_on is null or b.ends_on >= ${CENSUS}::date)
        and (b.ceased_on is null or b.ceased_on >= ${CENSUS}::date)
        and not exists (select 1 from budget s where s.council_id = b.council_id and s.supersedes_budget_id = b.id and s.starts_on <= ${CENSUS}::date)
        and l.starts_on <= ${CENSUS}::date and l.ends_on >= ${CENSUS}::date
        and exists (select 1 from plan p where p.council_id = b.council_id and p.child_id = b.child_id and p.type = 'ehcp'
          and p.status in ('final', 'annual_review', 'reassessment') and p.issued_on <= ${CENSUS}::date)`.execute(database.db);
    const checked = await commissioner().exports.sen2Check({ period: FY, laNumber: LA });
    expect(checked.records.length).toBe(expected.rows[0]?.n);
    expect(checked.censusDate).toBe(CENSUS);
  });

  it("writes SEN2 XML that validates against the collection's rules, read back from the file", async () => {
    const checked = await commissioner().exports.sen2Check({ period: FY, laNumber: LA });
    expect(checked.errors).toEqual([]);
    const file = await commissioner().exports.sen2File({ period: FY, laNumber: LA, format: "xml" });
    if ("refused" in file) throw new Error(`refused: ${file.errors.map((e) => e.message).join("; ")}`);
    expect(file.fileName).toBe(`OFFICIAL-SENSITIVE_SEN2_census-${CENSUS}.xml`);
    expect(file.body).toContain("<!-- OFFICIAL-SENSITIVE");
    const read = readSen2Xml(file.body);
    expect(read.header).toEqual({ collection: "SEN2", year: 2026, censusDate: CENSUS, laNumber: LA });
    expect(read.persons).toHaveLength(checked.records.length);
    // The file carries each child's reference (in a comment), start date and PB/OA/DP as the records hold them.
    expect(read.persons).toEqual(checked.records.map((r) => ({ reference: r.reference, planStartDate: r.planStartDate, pb: r.pb, oa: r.oa, dp: r.dp })));
    for (const person of read.persons) expect(person.pb).toBe("1");
    const records = checked.records.map((record, i) => ({ ...record, ...read.persons[i] }));
    expect(validateSen2(read.header, records)).toEqual([]);
    // No child's name or date of birth leaves in the file: it holds these elements and no others.
    const elements = new Set([...file.body.matchAll(/<([A-Za-z]+)>/g)].map((m) => m[1]));
    expect([...elements].sort()).toEqual(["Assessment", "Collection", "CollectionDetails", "DP", "DateTime", "Header", "LEA", "Message", "NamedPlan", "OA", "PB", "Person", "Persons", "ReferenceDate", "Release", "Requests", "SerialNo", "SoftwareCode", "Source", "SourceLevel", "StartDate", "Year"]);
    // Every Person has the path the collection nests the named plan in, and one reference comment.
    const persons = [...file.body.matchAll(/<Person>([\s\S]*?)<\/Person>/g)].map((m) => m[1] ?? "");
    for (const person of persons) {
      expect(person).toMatch(/^\s*<!-- CouncilReference \(not a SEN2 item, for matching\): [^\n]+ -->\s*<Requests>\s*<Assessment>\s*<NamedPlan>\s*<StartDate>/);
      expect(person.match(/<!--/g)).toHaveLength(1);
    }
    const names = await sql<{ family_name: string }>`select family_name from child where council_id = ${councilId}`.execute(database.db);
    for (const child of names.rows) expect(file.body).not.toContain(`>${child.family_name}<`);
    const csv = await commissioner().exports.sen2File({ period: FY, laNumber: LA, format: "csv" });
    if ("refused" in csv) throw new Error("csv refused");
    expect(csv.body.split("\r\n")[0]).toBe("LEA,ReferenceDate,CouncilReference (not a SEN2 item),StartDate,PB,OA,DP");
    expect(csv.body.trim().split("\r\n")).toHaveLength(checked.records.length + 1);
  });

  it("refuses the XML while a rule fails, lists the error under the child's reference, and audits both", async () => {
    // A council of its own: the PostgreSQL project shares one database between files, so the demo is left as it is.
    const council = await createTestCouncil(database.db, "Returns Refused");
    await seedExportFixture(database.db, council.id, { groups: [{ children: 2, planType: "ehcp", lines: [{ stream: "education", arrangement: "direct_payment", paidOn: "2025-05-15", amountPence: 10_000 }] }] });
    const caller = callerFor(database.db, council.users.commissioner);
    const before = await caller.exports.sen2Check({ period: FY, laNumber: LA });
    expect(before.errors).toEqual([]);
    const [child] = before.records;
    if (!child) throw new Error("no SEN2 record");
    await sql`update plan set issued_on = null where council_id = ${council.id} and child_id = ${child.childId}`.execute(database.db);
    const file = await caller.exports.sen2File({ period: FY, laNumber: LA, format: "xml" });
    if (!("refused" in file)) throw new Error("the XML was not refused");
    expect(file.errors).toEqual([expect.objectContaining({ rule: "SEN2-N1", item: "StartDate", child: { childId: child.childId, reference: child.reference } })]);
    const csv = await caller.exports.sen2File({ period: FY, laNumber: LA, format: "csv" });
    expect("refused" in csv).toBe(false);
    const audit = await sql<{ action: string }>`select action from audit_log where council_id = ${council.id} and entity = 'export' and entity_id = 'sen2' order by at`.execute(database.db);
    expect(audit.rows.map((r) => r.action)).toEqual(["exports.sen2Refused", "exports.sen2"]);
  });

  it("refuses a period with no census date, and an LA number that is not three digits, naming the field", async () => {
    const noCensus = commissioner().exports.sen2Check({ period: { kind: "custom", from: "2025-04-01", to: "2025-12-31" }, laNumber: LA });
    await expect(noCensus).rejects.toThrow(/period: holds no SEN2 census date/);
    expect(await codeOf(commissioner().exports.sen2Check({ period: FY, laNumber: "93" }))).toBe("BAD_REQUEST");
  });
});

describe("who may make the statutory returns", () => {
  it("lets only the commissioner; managers, admins and case officers are refused, and the catalogue does not offer them", async () => {
    for (const role of ["manager", "admin", "case_officer", "panel_member", "finance_officer"]) {
      const caller = callerFor(database.db, users[role] ?? null);
      expect(await codeOf(caller.exports.aggregate({ kind: "returns", period: FY })), role).toBe("FORBIDDEN");
      expect(await codeOf(caller.exports.sen2Check({ period: FY, laNumber: LA })), role).toBe("FORBIDDEN");
      expect(await codeOf(caller.exports.sen2File({ period: FY, laNumber: LA, format: "xml" })), role).toBe("FORBIDDEN");
    }
    expect(await codeOf(callerFor(database.db, users.manager ?? null).exports.aggregate({ kind: "spend", period: FY }))).toBe("OK");
    const managerCatalogue = await callerFor(database.db, users.manager ?? null).exports.catalogue();
    expect(managerCatalogue.exports.map((e) => e.id)).not.toContain("returns");
    expect(managerCatalogue.exports.map((e) => e.id)).not.toContain("sen2");
    const commissionerCatalogue = await commissioner().exports.catalogue();
    expect(commissionerCatalogue.exports.map((e) => e.id)).toEqual(expect.arrayContaining(["returns", "sen2"]));
  });
});
