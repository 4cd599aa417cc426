import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindSql, buildDrilldownHits, compareRollupsWithRawRows, withCouncil, type Database } from "@pb/db";
import { seedDemo } from "@pb/db/seed";
import { financialYearOf, formatMonthSpanEnGb, monthsOfFinancialYear, parseIsoDate, todayIso } from "@pb/calendar";
import type { DashboardView, DrillTarget, ExportRow } from "@pb/reports";
import { renderReviewPackPdf } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { addPaidPayments, callerFor, createTestCouncil, type TestCouncil } from "./support/councils";

// The demo council (two policy versions, every stage of the lifecycle) against raw GROUP BYs over its rows.
let database: Database;
let demo: { id: string; manager: string; commissioner: string; caseOfficer: string; panel: string; finance: string };
let other: TestCouncil;
const FY = { kind: "financial_year" as const, label: "2025-26" };
const FROM = "2025-04-01";
const TO = "2026-03-31";
const HISTORY = { fromMonth: "2019-04", toMonth: "2026-10", from: "2019-04-01", to: "2026-10-31" };

async function userOf(email: string): Promise<string> {
  const row = await database.db.selectFrom("app_user").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  database = await openTestDatabase();
  const seeded = await seedDemo(database.db);
  demo = {
    id: seeded.councilId,
    manager: await userOf("manager@demo-county.test"),
    commissioner: await userOf("commissioner@demo-county.test"),
    caseOfficer: await userOf("case.officer@demo-county.test"),
    panel: await userOf("panel@demo-county.test"),
    finance: await userOf("finance@demo-county.test"),
  };
  other = await createTestCouncil(database.db, "Elsewhere");
  await addPaidPayments(database.db, other.id, [{ stream: "education", paidOn: "2025-06-10", amountPence: 123_457 }]);
});
afterAll(async () => database?.close());

const manager = () => callerFor(database.db, demo.manager);

/** Raw rows, read as the council (row-level security on) so a forgotten condition could not widen them. */
function raw<T>(text: ReturnType<typeof sql<T>>): Promise<T[]> {
  return withCouncil(database.db, demo.id, async (trx) => (await text.execute(trx)).rows);
}

const tableOf = (view: DashboardView, id: string) => {
  const section = view.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return section.table;
};
type DrillInput = Parameters<ReturnType<typeof callerFor>["dashboard"]["drilldown"]>[0]["target"];
const num = (row: ExportRow | undefined, key: string) => Number(row?.[key] ?? 0);

// Each request's outcome from its lines' latest decisions that nothing superseded: approved when every line was approved as
// asked, refused when every line was refused, pending while a line waits, partly approved otherwise.
const REQUEST_OUTCOMES = sql`
  with line_outcome as (
    select q.council_id, q.request_id, q.stream,
      (select d.outcome from decision d where d.council_id = q.council_id and d.request_line_id = q.id
         and not exists (select 1 from decision s where s.council_id = d.council_id and s.supersedes_decision_id = d.id)
       order by d.decided_on desc, d.created_at desc, d.id desc limit 1) as outcome
    from request_line q),
  request_outcome as (
    select r.id, r.received_on, r.status,
      case when r.status = 'withdrawn' then 'withdrawn'
        when count(l.request_id) = 0 or count(l.outcome) < count(l.request_id) then 'pending'
        when bool_and(l.outcome = 'approved') then 'approved' when bool_and(l.outcome = 'refused') then 'refused'
        else 'partly_approved' end as outcome,
      bool_or(l.stream = 'education') as has_education
    from pb_request r left join line_outcome l on l.council_id = r.council_id and l.request_id = r.id
    group by r.id, r.received_on, r.status)`;

describe("dashboards against the raw rows", () => {
  it("keeps every rollup of the demo equal to its raw rows", async () => {
    expect(await withCouncil(database.db, demo.id, (trx) => compareRollupsWithRawRows(trx, demo.id))).toEqual([]);
  });

  it("counts requests received per month and by outcome as a GROUP BY over the requests does", async () => {
    const view = await manager().dashboard.uptake({ period: FY });
    const table = tableOf(view, "requests-by-month");
    const expected = await raw(sql<{ month: string; outcome: string; n: number }>`${REQUEST_OUTCOMES}
      select to_char(received_on, 'YYYY-MM') as month, outcome, count(*)::int as n from request_outcome
      where received_on between ${FROM} and ${TO} group by 1, 2`);
    expect(expected.length).toBeGreaterThan(0);
    for (const row of table.rows) {
      // A month column holds the ISO month ("2025-04"); the page and the files show it in words or as a date.
      const month = expected.filter((e) => e.month === row.month);
      expect(num(row, "received"), String(row.month)).toBe(month.reduce((s, e) => s + e.n, 0));
      for (const outcome of ["approved", "partly_approved", "refused", "pending", "withdrawn"]) {
        expect(num(row, outcome), `${String(row.month)} ${outcome}`).toBe(month.find((e) => e.outcome === outcome)?.n ?? 0);
      }
    }
    expect(num(table.totalRow, "received")).toBe(expected.reduce((s, e) => s + e.n, 0));
  });

  it("narrows requests by stream as a GROUP BY over requests with a line of that stream does", async () => {
    const view = await manager().dashboard.uptake({ period: FY, stream: "education" });
    const [expected] = await raw(sql<{ n: number }>`${REQUEST_OUTCOMES}
      select count(*)::int as n from request_outcome where has_education and received_on between ${FROM} and ${TO}`);
    expect(num(tableOf(view, "requests-by-month").totalRow, "received")).toBe(expected?.n);
  });

  it("counts cessations by reason, by stream and reviews asked for by outcome as GROUP BYs do", async () => {
    // The demo's whole history, so that there are endings to count whichever years its random stories put them in.
    const view = await manager().dashboard.cessations({ period: { kind: "custom", fromMonth: HISTORY.fromMonth, toMonth: HISTORY.toMonth } });
    const reasons = await raw(sql<{ reason_code: string; n: number }>`select reason_code, count(*)::int as n from cessation
      where decided_on between ${HISTORY.from} and ${HISTORY.to} group by 1`);
    const byReason = tableOf(view, "cessations-by-reason");
    expect(num(byReason.totalRow, "cessations")).toBe(reasons.reduce((s, r) => s + r.n, 0));
    expect(num(byReason.totalRow, "cessations")).toBeGreaterThan(0);
    const streams = await raw(sql<{ stream: string; n: number }>`select l.stream, count(distinct s.id)::int as n from cessation s
      join budget_line l on l.council_id = s.council_id and l.budget_id = s.budget_id where s.decided_on between ${HISTORY.from} and ${HISTORY.to} group by 1`);
    const byStream = tableOf(view, "cessations-by-stream");
    const labels: Record<string, string> = { education: "Education", health: "Health", social_care: "Social care", transport: "Transport" };
    for (const s of streams) expect(num(byStream.rows.find((r) => r.stream === labels[s.stream]), "cessations"), s.stream).toBe(s.n);
    const outcomes = await raw(sql<{ outcome: string; n: number }>`select coalesce(outcome, 'pending') as outcome, count(*)::int as n from disagreement
      where received_on between ${HISTORY.from} and ${HISTORY.to} group by 1`);
    expect(num(tableOf(view, "disagreement-outcomes").totalRow, "disagreements")).toBe(outcomes.reduce((s, r) => s + r.n, 0));

    // Narrowed to direct payments, a budget counts in a stream only through its direct payment lines
    // (read from the full rollup's lines, not the by-stream one).
    const dp = await manager().dashboard.cessations({ period: { kind: "custom", fromMonth: HISTORY.fromMonth, toMonth: HISTORY.toMonth }, arrangement: "direct_payment" });
    const dpStreams = await raw(sql<{ stream: string; n: number }>`select l.stream, count(distinct s.id)::int as n from cessation s
      join budget_line l on l.council_id = s.council_id and l.budget_id = s.budget_id
      where s.decided_on between ${HISTORY.from} and ${HISTORY.to} and l.arrangement = 'direct_payment' group by 1`);
    expect(dpStreams.length).toBeGreaterThan(0);
    const dpByStream = tableOf(dp, "cessations-by-stream");
    for (const label of Object.values(labels)) {
      const expected = dpStreams.find((s) => labels[s.stream] === label)?.n ?? 0;
      expect(num(dpByStream.rows.find((r) => r.stream === label), "cessations"), label).toBe(expected);
    }
    const [dpEnded] = await raw(sql<{ n: number }>`select count(distinct s.id)::int as n from cessation s
      join budget_line l on l.council_id = s.council_id and l.budget_id = s.budget_id
      where s.decided_on between ${HISTORY.from} and ${HISTORY.to} and l.arrangement = 'direct_payment'`);
    expect(num(tableOf(dp, "cessations-by-reason").totalRow, "cessations")).toBe(dpEnded?.n);
  });

  it("sums scheduled and paid by stream and arrangement, this year and a year earlier, as GROUP BYs over the payments do, and agrees with spend by stream", async () => {
    const view = await manager().dashboard.spend({ period: FY });
    const sums = (from: string, to: string, part: "stream" | "arrangement") =>
      raw(sql<{ code: string; scheduled: string; paid: string }>`select ${sql.ref(part)} as code,
        coalesce(sum(amount_pence) filter (where status <> 'cancelled' and due_on between ${from} and ${to}), 0)::text as scheduled,
        coalesce(sum(amount_pence) filter (where status = 'paid' and paid_on between ${from} and ${to}), 0)::text as paid
        from payment group by 1`);
    for (const part of ["stream", "arrangement"] as const) {
      const table = tableOf(view, `money-by-${part}`);
      const now = await sums(FROM, TO, part);
      const before = await sums("2024-04-01", "2025-03-31", part);
      const codes = (table.drills ?? []).map((d) => d?.paidPence?.[part]);
      for (const [i, row] of table.rows.entries()) {
        const code = codes[i];
        const found = now.find((r) => r.code === code);
        expect(num(row, "scheduledPence"), `${part} ${code} scheduled`).toBe(Number(found?.scheduled ?? 0));
        expect(num(row, "paidPence"), `${part} ${code} paid`).toBe(Number(found?.paid ?? 0));
        expect(num(row, "priorPaidPence"), `${part} ${code} a year earlier`).toBe(Number(before.find((r) => r.code === code)?.paid ?? 0));
      }
      expect(num(table.totalRow, "paidPence")).toBe(now.reduce((s, r) => s + Number(r.paid), 0));
    }
    const paid = num(tableOf(view, "money-by-month").totalRow, "paidPence");
    expect(paid).toBeGreaterThan(0);
    expect(paid).toBe((await manager().dashboard.spendByStream({ financialYear: FY.label })).totals.totalPence);
  });

  it("sets a year in progress against the same months of the year before up to this month, not the whole of it", async () => {
    const today = todayIso();
    const year = financialYearOf(parseIsoDate(today));
    const thisMonth = today.slice(0, 7);
    const yearAgo = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
    const view = await manager().dashboard.spend({ period: { kind: "financial_year", label: year.label } });
    const [before] = await raw(sql<{ paid: string }>`select coalesce(sum(amount_pence), 0)::text as paid from payment
      where status = 'paid' and paid_on >= ${yearAgo(year.start)} and paid_on < (${yearAgo(thisMonth)} || '-01')::date + interval '1 month'`);
    expect(Number(before?.paid)).toBeGreaterThan(0);
    const byMonth = tableOf(view, "money-by-month");
    expect(num(byMonth.totalRow, "priorPaidPence")).toBe(Number(before?.paid));
    const months = monthsOfFinancialYear(year.label).map((m) => m.month);
    for (const [i, row] of byMonth.rows.entries()) {
      const month = months[i] ?? "";
      if (month <= thisMonth) expect(row.priorPaidPence, month).not.toBeNull();
      else expect([row.priorPaidPence, row.changePence, row.changePercent], month).toEqual([null, null, null]);
    }
    const headline = view.headlines[3];
    expect(headline?.value).toBe(Number(before?.paid));
    if (thisMonth < year.end.slice(0, 7)) expect(headline?.label).toBe(`Paid a year earlier, ${formatMonthSpanEnGb(yearAgo(year.start.slice(0, 7)), yearAgo(thisMonth))}`);
  });

  it("splits paid spend and requests at each policy version's effective date as GROUP BYs over the raw rows do", async () => {
    const view = await manager().dashboard.policyReview({ period: { kind: "custom", fromMonth: "2024-04", toMonth: "2026-09" } });
    const money = tableOf(view, "policy-money");
    const versions = await raw(sql<{ id: string; effective_from: string }>`select id, effective_from from policy_version
      where status = 'published' order by effective_from`);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    const drills = money.drills ?? [];
    for (const [i, row] of money.rows.entries()) {
      const id = drills[i]?.paidPence?.policyVersionId;
      const index = versions.findIndex((v) => v.id === id);
      const start = index >= 0 ? (versions[index]?.effective_from ?? FROM) : "1900-01-01";
      const next = versions[index + 1]?.effective_from ?? "2999-01-01";
      const [paid] = await raw(sql<{ pence: string }>`select coalesce(sum(amount_pence), 0)::text as pence from payment where status = 'paid'
        and paid_on between '2024-04-01' and '2026-09-30' and paid_on >= ${start} and paid_on < ${next}`);
      expect(num(row, "paidPence"), String(row.policy)).toBe(Number(paid?.pence));
    }
    expect(money.rows.reduce((s, r) => s + num(r, "paidPence"), 0)).toBeGreaterThan(0);
  });
});

/** Every figure of a dashboard that opens rows: the rows' shares must add up to it exactly. */
async function expectDrillsAddUp(view: DashboardView, filter: Record<string, unknown>): Promise<number> {
  let checked = 0;
  for (const section of view.sections) {
    const { table } = section;
    const cells: [ExportRow, Partial<Record<string, DrillTarget>> | undefined][] = table.rows.map((r, i) => [r, table.drills?.[i]]);
    if (table.totalRow) cells.push([table.totalRow, table.totalDrills]);
    for (const [row, drills] of cells) {
      for (const [key, target] of Object.entries(drills ?? {})) {
        if (!target || typeof row[key] !== "number") continue;
        const page = await manager().dashboard.drilldown({ ...(filter as { period: typeof FY }), target: target as DrillInput, limit: 1000 });
        expect(page.valueTotal, `${section.id} ${String(Object.values(row)[0])} ${key}`).toBe(row[key]);
        if (page.valueKind === "count" && page.rows.every((r) => r.value === 1)) expect(page.total).toBe(row[key]);
        if (page.total <= 1000) expect(page.rows.reduce((s, r) => s + Number(r.value), 0)).toBe(row[key]);
        checked++;
      }
    }
  }
  return checked;
}

describe("drill-down", () => {
  it("lists a spend bar's payments by the narrow spend rollup's query: the same rows and shares as the full rollup's", async () => {
    for (const measure of ["paid", "scheduled"] as const) {
      for (const narrow of [{}, { stream: "education" }, { arrangement: "direct_payment" }]) {
        const f = { councilId: demo.id, fromMonth: "2025-04-01", toMonth: "2026-03-01", ...narrow };
        const hitsOf = async (narrowRollup: boolean) => {
          const hits = buildDrilldownHits(measure, f, {}, { narrow: narrowRollup });
          const query = bindSql<{ rx_anchor: string; rx_value: number }>(`${hits.text} select rx_anchor, rx_value from rx_hits order by rx_anchor`, hits.values);
          return (await withCouncil(database.db, demo.id, (trx) => query.execute(trx))).rows;
        };
        const fromNarrow = await hitsOf(true);
        expect(fromNarrow.length, `${measure} ${JSON.stringify(narrow)}`).toBeGreaterThan(0);
        expect(fromNarrow, `${measure} ${JSON.stringify(narrow)}`).toEqual(await hitsOf(false));
      }
    }
  });

  it("lists rows that add up to every figure of the spend dashboard, committed included, with filters", async () => {
    const filter = { period: { kind: "custom" as const, fromMonth: "2025-10", toMonth: "2026-03" }, arrangement: "direct_payment" as const };
    expect(await expectDrillsAddUp(await manager().dashboard.spend(filter), filter)).toBeGreaterThan(20);
  });

  it("lists rows that add up to every figure of the uptake dashboard", async () => {
    const filter = { period: { kind: "custom" as const, fromMonth: "2025-10", toMonth: "2026-03" } };
    expect(await expectDrillsAddUp(await manager().dashboard.uptake(filter), filter)).toBeGreaterThan(10);
  });

  it("lists rows that add up to every figure of the cessations and policy review dashboards, with filters", async () => {
    const filter = { period: FY, stream: "social_care" as const };
    expect(await expectDrillsAddUp(await manager().dashboard.cessations(filter), filter)).toBeGreaterThan(5);
    const review = { period: FY, ageBand: "11_to_15" as const };
    expect(await expectDrillsAddUp(await manager().dashboard.policyReview(review), review)).toBeGreaterThan(3);
  });

  it("names children by reference only", async () => {
    const page = await manager().dashboard.drilldown({ period: FY, target: { measure: "paid", month: "2025-05" } });
    expect(page.rows.length).toBeGreaterThan(0);
    for (const row of page.rows) expect(Object.keys(row)).not.toContain("given_name");
    expect(JSON.stringify(page.rows)).not.toMatch(/dateOfBirth|familyName|givenName/);
  });
});

describe("dashboard exports", () => {
  it("puts every dashboard and the what-if in the review pack, and the PDF renders it", async () => {
    const pack = await manager().exports.reviewPack({ from: FROM, to: TO });
    expect(pack.sections.map((s) => s.id)).toEqual(["spend", "returns", "committed-scheduled-paid", "uptake", "cessations", "policy-review", "what-if"]);
    const uptake = await manager().dashboard.uptake({ period: { kind: "custom", fromMonth: "2025-04", toMonth: "2026-03" } });
    const packed = pack.sections.find((s) => s.id === "uptake")?.tables.find((t) => t.id === "requests-by-month");
    const shown = tableOf(uptake, "requests-by-month");
    const threshold = pack.about.suppressionThreshold ?? 0;
    const received = num(shown.totalRow, "received");
    expect(received).toBeGreaterThanOrEqual(threshold);
    expect(packed?.totalRow?.received).toBe(received);
    const pdf = await renderReviewPackPdf(pack);
    expect(Buffer.from(pdf).subarray(0, 4).toString()).toBe("%PDF");
  });

  it("gives the commissioner the dashboard's tables, suppressed, with the filters and policy versions stated", async () => {
    const filter = { period: FY, stream: "education" as const };
    const view = await manager().dashboard.cessations(filter);
    const exported = await callerFor(database.db, demo.commissioner).exports.dashboard({ ...filter, dashboard: "cessations" });
    expect(exported.tables.map((t) => t.id)).toEqual(view.sections.map((s) => s.table.id));
    const about = exported.aboutTable.rows.map((r) => Object.values(r).join(" "));
    expect(about.join("\n")).toMatch(/Funding stream.*Education/);
    expect(exported.about.policyVersions.length).toBeGreaterThan(0);
    for (const [t, table] of exported.tables.entries()) {
      const shown = view.sections[t]?.table;
      for (const [r, row] of table.rows.entries()) {
        for (const column of table.columns) {
          const cell = row[column.key];
          if (column.kind !== "count" || typeof cell !== "number") continue;
          expect(cell === 0 || cell >= (exported.about.suppressionThreshold ?? 0), `${table.id} ${column.key}`).toBe(true);
          expect(cell).toBe(shown?.rows[r]?.[column.key]);
        }
      }
    }
    expect(JSON.stringify(exported)).not.toMatch(/given_name|date_of_birth/);
  });
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

describe("who sees which council's dashboards", () => {
  it("never shows another council's rows, even when its id is asked for", async () => {
    const asked = await codeOf(manager().dashboard.policyReview({ councilId: other.id, period: FY }));
    expect(asked).toBe("NOT_FOUND");
    // The same answer as for an id that is no council at all.
    expect(await codeOf(manager().dashboard.policyReview({ councilId: "5c0ffee0-0000-4000-8000-000000000000", period: FY }))).toBe("NOT_FOUND");
    const own = await callerFor(database.db, other.users.manager).dashboard.policyReview({ period: FY });
    expect(tableOf(own, "policy-money").rows.reduce((s, r) => s + num(r, "paidPence"), 0)).toBe(123_457);
    const demoPaid = await manager().dashboard.policyReview({ councilId: demo.id, period: FY });
    const [paid] = await raw(sql<{ pence: string }>`select sum(amount_pence)::text as pence from payment where status = 'paid' and paid_on between ${FROM} and ${TO}`);
    expect(tableOf(demoPaid, "policy-money").rows.reduce((s, r) => s + num(r, "paidPence"), 0)).toBe(Number(paid?.pence));
    const rows = await callerFor(database.db, other.users.manager).dashboard.drilldown({ period: FY, target: { measure: "paid" } });
    expect(rows.total).toBe(1);
    expect(rows.valueTotal).toBe(123_457);
  });

  it("refuses a policy version of another council as a filter", async () => {
    const [version] = await raw(sql<{ id: string }>`select id from policy_version where status = 'published' limit 1`);
    expect(await codeOf(callerFor(database.db, other.users.manager).dashboard.uptake({ period: FY, policyVersionId: version?.id ?? "" }))).toBe("BAD_REQUEST");
  });

  it("refuses roles that do not read dashboards, and names a bad filter", async () => {
    for (const userId of [demo.caseOfficer, demo.panel, demo.finance]) {
      const caller = callerFor(database.db, userId);
      expect(await codeOf(caller.dashboard.uptake({ period: FY }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.dashboard.cessations({ period: FY }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.dashboard.policyReview({ period: FY }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.dashboard.drilldown({ period: FY, target: { measure: "paid" } }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(callerFor(database.db, demo.commissioner).dashboard.uptake({ period: FY }))).toBe("OK");
    const bad = await manager().dashboard.uptake({ period: { kind: "custom", fromMonth: "2026-03", toMonth: "2025-04" } }).catch((e: unknown) => e);
    expect((bad as TRPCError).code).toBe("BAD_REQUEST");
    expect((bad as TRPCError).message).toMatch(/"period",\s*"toMonth"/);
  });
});
