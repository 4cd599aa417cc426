import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@pb/auth";
import type { Database } from "@pb/db";
import { DEMO_USERS, seedDemo } from "@pb/db/seed";
import { AMOUNT_STEPS, ARRANGEMENT_LABELS, describePolicyChange, generaliseAmount, PAYMENT_STATUS_LABELS, STREAM_LABELS } from "@pb/reports";
import { readExtractCells, streamExtract } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor } from "./support/councils";
import { childrenBehind, covers, parseCsv } from "./support/extract-matching";

// The demo council (two policy versions, a year of payments) through the extracts, the drill-down's file and the review pack.
let database: Database;
let councilId = "";
const users = {} as Record<Role, string>;
const FY = { kind: "financial_year" as const, label: "2025-26" };
const DASHBOARD_FY = { kind: "financial_year" as const, label: "2025-26" };

beforeAll(async () => {
  database = await openTestDatabase();
  councilId = (await seedDemo(database.db)).councilId;
  for (const u of DEMO_USERS) {
    const row = await database.db.selectFrom("app_user").select("id").where("email", "=", u.email).executeTakeFirstOrThrow();
    users[u.role] = row.id;
  }
}, 120_000);
afterAll(async () => database?.close());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

type ExtractInput = Parameters<ReturnType<typeof callerFor>["exports"]["prepareExtract"]>[0];

async function extract(input: Partial<ExtractInput> & Pick<ExtractInput, "privacy">, role: Role = "commissioner") {
  const prepared = await callerFor(database.db, users[role]).exports.prepareExtract({ kind: "payments", format: "csv", period: FY, ...input });
  const chunks: Buffer[] = [];
  for await (const chunk of streamExtract(database, prepared)) chunks.push(Buffer.from(chunk as Buffer));
  const [header = [], ...rows] = parseCsv(Buffer.concat(chunks).toString("utf8"));
  const column = (label: string) => {
    const i = header.indexOf(label);
    if (i < 0) throw new Error(`no column ${label} in ${header.join(", ")}`);
    return (row: string[]) => row[i] ?? "";
  };
  return { prepared, header, rows, column };
}

/** An extract's file cells read straight from the reader, as text the way the CSV writes them (empty for none). */
async function readAllCells(request: Parameters<typeof readExtractCells>[1]): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const batch of readExtractCells(database, request)) rows.push(...batch.map((cells) => cells.map((c) => (c === null ? "" : String(c)))));
  return rows;
}

/** Every row the drill-down lists behind the year's scheduled payments, page by page, with each child's reference. */
async function drillRows(filter: Record<string, string> = {}) {
  const caller = callerFor(database.db, users.manager);
  const rows: Record<string, string | number | null>[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await caller.dashboard.drilldown({ period: DASHBOARD_FY, ...filter, target: { measure: "scheduled" }, limit: 1000, offset });
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) return { rows, total: page.total };
  }
}

/** The council's small-count threshold as its settings hold it (5 when never set). */
async function threshold(): Promise<number> {
  const row = await database.db.selectFrom("council_export_setting").select("small_count_threshold").where("council_id", "=", councilId).executeTakeFirst();
  return row?.small_count_threshold ?? 5;
}

describe("a payments extract's privacy choice", () => {
  it("pseudonymised rows match the drill-down's rows one to one on date, service and amount", async () => {
    const drill = await drillRows();
    expect(drill.rows.length).toBeGreaterThan(100);
    const drillKey = (r: Record<string, unknown>) => `${String(r.dueOn)}|${String(r.service)}|${String(r.amountPence)}`;

    const exact = await extract({ privacy: "pseudonymised" });
    const [dueOn, service, amount, status] = [exact.column("Due on"), exact.column("Service (code)"), exact.column("Amount (GBP)"), exact.column("Status (code)")];
    const exactKeys = exact.rows.filter((r) => status(r) !== "cancelled").map((r) => `${dueOn(r)}|${service(r)}|${Math.round(Number(amount(r)) * 100)}`);
    expect(exactKeys).toHaveLength(drill.total);
    // The residual risk the page states: with exact values, most rows single out one drill-down row (and its child's reference).
    const exactIndex = new Map<string, number>();
    for (const k of exactKeys) exactIndex.set(k, (exactIndex.get(k) ?? 0) + 1);
    const linked = drill.rows.filter((r) => exactIndex.get(drillKey(r)) === 1).length / drill.rows.length;
    expect(linked).toBeGreaterThan(0.5);
  });

  const cases = [{ kind: "payments" }, { kind: "budget-lines" }, { kind: "payments", stream: "social_care", ageBand: "11_to_15" }] as const;
  for (const { kind, ...filter } of cases) {
    it(`coarsened ${kind} ${JSON.stringify(filter)}: every row could be any of at least k children's rows, with no pseudonym, exact date or amount, and the rows withheld counted`, { timeout: 120_000 }, async () => {
      const k = await threshold();
      const exact = await extract({ kind, privacy: "pseudonymised", ...filter });
      const coarse = await extract({ kind, privacy: "coarsened", ...filter });
      expect(exact.rows.length).toBeGreaterThan(k);
      expect(coarse.prepared.groupSize).toBe(k);
      expect(coarse.header.some((h) => h.includes("pseudonym") || h.includes("GBP"))).toBe(false);
      for (const row of coarse.rows) for (const cell of row) expect(cell, cell).not.toMatch(/^\d{4}-\d{2}-\d{2}$|^-?\d+\.\d{2}$/);
      const behind = childrenBehind(coarse, exact);
      const fewest = Math.min(...behind.map((c) => c.size));
      expect(fewest, `the fewest children behind a coarsened ${kind} row`).toBeGreaterThanOrEqual(k);
      // The totals that remain are stated: the file's rows and the withheld ones are all the exact rows.
      const about = new Map(coarse.prepared.about.rows.map((r) => [String(r.item), String(r.value)]));
      const stated = about.get("Filter: Rows shared by fewer children") ?? "";
      const [, asMonths, further, withheld] = /(\d+) rows as months and bands; (\d+) rows generalised further; (\d+) rows withheld/.exec(stated) ?? [];
      expect(Number(asMonths) + Number(further)).toBe(coarse.rows.length);
      expect(coarse.rows.length + Number(withheld)).toBe(exact.rows.length);
      expect(coarse.prepared.rowCount).toBe(coarse.rows.length);
      expect(stated).toContain(`at least ${k} children`);
      expect(about.get("Data")).toContain(`${coarse.rows.length} of the ${exact.rows.length} rows`);
      expect(Number(further)).toBeGreaterThan(0);
      // Most rows are still in the file: generalisation, not withholding, does most of the work.
      if (Object.keys(filter).length === 0) expect(coarse.rows.length).toBeGreaterThan(exact.rows.length / 2);
      // A filter's value is said on every row, never generalised away.
      if ("stream" in filter) expect(coarse.rows.every((r) => coarse.column("Funding stream (code)")(r) === filter.stream && coarse.column("Age band (code)")(r) === filter.ageBand)).toBe(true);
    });
  }

  it("follows the council's threshold: at 10, every coarsened row could be any of at least 10 children's rows; read in small batches, the rows are the same", { timeout: 120_000 }, async () => {
    const admin = callerFor(database.db, users.admin);
    const before = await admin.exports.settings();
    const saved = await admin.exports.updateSettings({ smallCountThreshold: 10, version: before.version });
    try {
      const exact = await extract({ privacy: "pseudonymised" });
      const coarse = await extract({ privacy: "coarsened" });
      expect(coarse.prepared.groupSize).toBe(10);
      expect(Math.min(...childrenBehind(coarse, exact).map((c) => c.size))).toBeGreaterThanOrEqual(10);
      const atFive = await readAllCells({ ...coarse.prepared, groupSize: 5 });
      expect(coarse.rows.length).toBeLessThan(atFive.length);
      // Paged (PGlite) or by cursor (PostgreSQL), a batch at a time, the file's rows are the one query's.
      const batched = await readAllCells({ ...coarse.prepared, batchSize: 37 });
      expect(batched.map((r) => r.join(",")).sort()).toEqual(coarse.rows.map((r) => r.join(",")).sort());
    } finally {
      await admin.exports.updateSettings({ smallCountThreshold: before.smallCountThreshold, version: saved.version });
    }
  });

  it("coarsened payments match at least k of the children the drill-down lists, by their references", { timeout: 120_000 }, async () => {
    const k = await threshold();
    const drill = await drillRows();
    const coarse = await extract({ privacy: "coarsened" });
    const col = coarse.column;
    const [due, paid, service, serviceWords, arrangement, arrangementWords, band, status, stream] = [
      col("Period due"), col("Period paid"), col("Service (code)"), col("Service"), col("Arrangement (code)"), col("Arrangement"), col("Amount band"), col("Status (code)"), col("Funding stream (code)"),
    ];
    const covering = (row: string[]) => (d: Record<string, string | number | null>) =>
      covers("Period due", due(row), String(d.dueOn ?? ""), undefined) && covers("Period paid", paid(row), String(d.paidOn ?? ""), undefined) &&
      (service(row) === "" ? serviceWords(row).startsWith("Any ") : service(row) === d.service) &&
      (arrangement(row) === "" ? arrangementWords(row).startsWith("Any ") : arrangement(row) === d.arrangement) &&
      AMOUNT_STEPS.some((s) => generaliseAmount(Number(d.amountPence), s) === band(row)) && status(row) === d.status && stream(row) === d.stream;
    const scheduled = coarse.rows.filter((r) => status(r) !== "cancelled");
    expect(scheduled.length).toBeGreaterThan(drill.total / 2);
    for (const row of scheduled) {
      const references = new Set(drill.rows.filter(covering(row)).map((d) => d.childReference));
      expect(references.size, row.join(",")).toBeGreaterThanOrEqual(k);
    }
    expect(coarse.rows.every((r) => /^2025-26( Q[1-4])?$|^2025-(0[4-9]|1[0-2])$|^2026-0[1-3]$/.test(due(r))), "every row due in the year").toBe(true);
  });

  it("states the choice and its residual risk on the About sheet, and audits it", async () => {
    const { prepared } = await extract({ privacy: "coarsened", service: "personal_assistant" }, "manager");
    const about = new Map(prepared.about.rows.map((r) => [String(r.item), String(r.value)]));
    expect(about.get("Filter: Privacy")).toMatch(/^Coarsened rows: months and amount bands, no pseudonyms\. Each row is one payment or budget line on its own/);
    expect(about.get("Filter: Children")).toMatch(/^No pseudonyms/);
    expect(about.get("Filter: Service")).toBe("Personal assistant (personal_assistant)");
    expect(about.get("Money")).toMatch(/in bands: Under £100; £100 to under £500/);
    expect(prepared.fileName).toMatch(/^payments-extract-coarsened-2025-04-01-to-2026-03-31\.csv$/);
    const audit = await database.db.selectFrom("audit_log").select(["actor_user_id", "after"]).where("council_id", "=", councilId).where("action", "=", "exports.extract").orderBy("id", "desc").executeTakeFirst();
    expect(audit?.actor_user_id).toBe(users.manager);
    expect(audit?.after).toMatchObject({ privacy: "coarsened", service: "personal_assistant", ageBand: null, rowCount: prepared.rowCount });
  });
});

describe("an extract's filters and words", () => {
  it("takes the dashboards' service, age band and policy version: the rows are those the drill-down lists for the same filters", { timeout: 120_000 }, async () => {
    const versions = await database.db.selectFrom("policy_version").select(["id", "version_number"]).where("council_id", "=", councilId).where("status", "=", "published").orderBy("version_number").execute();
    expect(versions.length).toBeGreaterThanOrEqual(2);
    const combos: Record<string, string>[] = [
      { service: "personal_assistant" },
      { ageBand: "11_to_15" },
      { policyVersionId: versions[1]?.id ?? "" },
      { stream: "social_care", ageBand: "5_to_10", policyVersionId: versions[0]?.id ?? "" },
    ];
    const all = await extract({ privacy: "pseudonymised" });
    for (const filter of combos) {
      const narrowed = await extract({ privacy: "pseudonymised", ...filter });
      const scheduled = narrowed.rows.filter((r) => narrowed.column("Status (code)")(r) !== "cancelled");
      const drill = await drillRows(filter);
      expect(scheduled.length, JSON.stringify(filter)).toBe(drill.total);
      expect(narrowed.rows.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(narrowed.rows.length, JSON.stringify(filter)).toBeLessThan(all.rows.length);
      expect(narrowed.prepared.rowCount).toBe(narrowed.rows.length);
      if (filter.service) expect(narrowed.rows.every((r) => narrowed.column("Service (code)")(r) === filter.service)).toBe(true);
      if (filter.ageBand) expect(narrowed.rows.every((r) => narrowed.column("Age band (code)")(r) === filter.ageBand)).toBe(true);
      if (filter.stream) expect(narrowed.rows.every((r) => narrowed.column("Funding stream (code)")(r) === filter.stream)).toBe(true);
    }
    const lines = await extract({ kind: "budget-lines", privacy: "coarsened", service: "personal_assistant" });
    expect(lines.rows.length).toBeGreaterThan(0);
    // The filter holds the service to one value: every row says it, at whatever rung (grouping is the same either way).
    expect(lines.rows.every((r) => lines.column("Service (code)")(r) === "personal_assistant")).toBe(true);
    expect(lines.header).toEqual(expect.arrayContaining(["Period it starts", "Annual amount band", "Cessation reason (code)", "Cessation reason"]));
  });

  it("writes each code's words beside it, from the labels the dashboards use", async () => {
    const { rows, column, header } = await extract({ privacy: "pseudonymised" });
    expect(header.indexOf("Funding stream")).toBe(header.indexOf("Funding stream (code)") + 1);
    for (const row of rows) {
      expect(column("Funding stream")(row)).toBe(STREAM_LABELS[column("Funding stream (code)")(row) as "health"]);
      expect(column("Arrangement")(row)).toBe(ARRANGEMENT_LABELS[column("Arrangement (code)")(row) as "organised"]);
      expect(column("Status")(row)).toBe(PAYMENT_STATUS_LABELS[column("Status (code)")(row)]);
      expect(column("Service")(row)).not.toContain("_");
    }
    expect(rows.some((r) => column("Funding stream")(r) === "Social care")).toBe(true);
  });

  it("refuses a bad filter with a 400 naming it", async () => {
    const caller = callerFor(database.db, users.commissioner);
    const base = { kind: "payments" as const, format: "csv" as const, privacy: "coarsened" as const, period: FY };
    expect(await codeOf(caller.exports.prepareExtract({ ...base, ageBand: "teenagers" as "under_5" }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.exports.prepareExtract({ ...base, service: "Not a code!" }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.exports.prepareExtract({ ...base, privacy: "anonymous" as "coarsened" }))).toBe("BAD_REQUEST");
    const { privacy: _privacy, ...withoutPrivacy } = base;
    expect(await codeOf(caller.exports.prepareExtract(withoutPrivacy as typeof base))).toBe("BAD_REQUEST");
    await expect(caller.exports.prepareExtract({ ...base, policyVersionId: "00000000-0000-4000-8000-000000000001" })).rejects.toThrow(/policyVersionId/);
  });
});

describe("the drill-down's rows as a file", () => {
  const input = { period: DASHBOARD_FY, target: { measure: "paid" as const, month: "2025-06" }, format: "xlsx" as const };

  it("holds every row the drill-down lists, with each child's reference, words beside codes and its classification", async () => {
    const drill = await callerFor(database.db, users.manager).dashboard.drilldown({ period: DASHBOARD_FY, target: input.target, limit: 1000, offset: 0 });
    expect(drill.total).toBeGreaterThan(0);
    const file = await callerFor(database.db, users.manager).exports.drilldownFile(input);
    expect(file.table.rows).toHaveLength(drill.total);
    expect(file.table.rows.map((r) => r.childReference).sort()).toEqual(drill.rows.map((r) => r.childReference).sort());
    expect(file.table.rows.reduce((sum, r) => sum + Number(r.value), 0)).toBe(drill.valueTotal);
    const keys = file.table.columns.map((c) => c.key);
    expect(keys).toEqual(expect.arrayContaining(["childReference", "stream", "streamLabel", "status", "statusLabel", "amountPence", "value"]));
    expect(keys).not.toContain("id");
    for (const row of file.table.rows) expect(row.streamLabel).toBe(STREAM_LABELS[row.stream as "health"]);
    const about = new Map(file.aboutTable.rows.map((r) => [String(r.item), String(r.value)]));
    expect(about.get("Filter: Classification")).toMatch(/^OFFICIAL-SENSITIVE: personal data/);
    expect(about.get("Filter: Month of the figure")).toBe("2025-06");
    const children = await database.db.selectFrom("child").select(["given_name", "family_name"]).where("council_id", "=", councilId).execute();
    const text = JSON.stringify(file);
    for (const c of children) {
      expect(text).not.toContain(`"${c.given_name}"`);
      expect(text).not.toContain(c.family_name);
    }
    const audit = await database.db.selectFrom("audit_log").select(["actor_user_id", "after"]).where("council_id", "=", councilId).where("action", "=", "exports.drilldown").orderBy("id", "desc").executeTakeFirst();
    expect(audit?.actor_user_id).toBe(users.manager);
    expect(audit?.after).toMatchObject({ rowCount: drill.total });
  });

  it("is for exactly the roles that see the drill-down, and refuses a bad figure with a 400", async () => {
    for (const role of ["admin", "manager", "commissioner"] as const) {
      expect(await codeOf(callerFor(database.db, users[role]).dashboard.drilldown({ period: DASHBOARD_FY, target: input.target, limit: 1, offset: 0 })), role).toBe("OK");
      expect(await codeOf(callerFor(database.db, users[role]).exports.drilldownFile(input)), role).toBe("OK");
    }
    for (const role of ["case_officer", "panel_member", "finance_officer"] as const) {
      expect(await codeOf(callerFor(database.db, users[role]).dashboard.drilldown({ period: DASHBOARD_FY, target: input.target, limit: 1, offset: 0 })), role).toBe("FORBIDDEN");
      expect(await codeOf(callerFor(database.db, users[role]).exports.drilldownFile(input)), role).toBe("FORBIDDEN");
    }
    expect(await codeOf(callerFor(database.db, null).exports.drilldownFile(input))).toBe("UNAUTHORIZED");
    const manager = callerFor(database.db, users.manager);
    expect(await codeOf(manager.exports.drilldownFile({ ...input, target: {} as typeof input.target }))).toBe("BAD_REQUEST");
    expect(await codeOf(manager.exports.drilldownFile({ ...input, target: { measure: "paid", month: "2024-01" } }))).toBe("BAD_REQUEST");
    expect(await codeOf(manager.exports.drilldownFile({ ...input, format: "pdf" as "csv" }))).toBe("BAD_REQUEST");
  });
});

describe("the review pack's 'What changed'", () => {
  it("says each change between the versions in the policy pages' words: no keys, no JSON", async () => {
    const pack = await callerFor(database.db, users.manager).exports.reviewPack({ from: "2025-04-01", to: "2026-03-31" });
    expect(pack.policyChanges.length).toBeGreaterThan(0);
    const comparison = await callerFor(database.db, users.admin).policy.diff({
      fromId: (await database.db.selectFrom("policy_version").select("id").where("council_id", "=", councilId).where("version_number", "=", 1).executeTakeFirstOrThrow()).id,
      toId: (await database.db.selectFrom("policy_version").select("id").where("council_id", "=", councilId).where("version_number", "=", 2).executeTakeFirstOrThrow()).id,
    });
    const set = pack.policyChanges[0];
    expect(set?.changes.map((c) => [c.setting, c.before, c.after])).toEqual(comparison.differences.map((d) => [d.setting, d.before, d.after]));
    for (const change of set?.changes ?? []) {
      const sentence = describePolicyChange(change);
      expect(sentence).toContain(change.setting);
      expect(sentence, sentence).not.toMatch(/[{}]|"document"|\b[a-z]+[A-Z]\w*\.\w+/);
      expect(sentence).not.toContain(change.path);
    }
  });
});
