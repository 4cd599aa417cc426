import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { listRecentFinancialYears, parseIsoDate } from "@pb/calendar";
import { withCouncil, type Database } from "@pb/db";
import { DEMO_TODAY, finishScaleSeed, SCALE_TODAY, seedDemo, seedScale } from "@pb/db/seed";
import {
  findCountsBreakingRule,
  findDeterminedCells,
  findExposedFigures,
  findUnroundedCounts,
  findUntrueRelations,
  isSuppressed,
  listStretchRates,
  SUPPRESSED,
  listTableRows,
  toDashboardOutput,
  type DisclosureMethod,
  type ExportOutput,
  type ExportRow,
} from "@pb/reports";
import {
  buildAggregateExport,
  buildDashboardExport,
  buildReviewPack,
  DASHBOARD_NAMES,
  getExportSettings,
  loadDashboard,
  loadExportTables,
  loadReviewPackOutput,
  openDraft,
  readPolicyVersion,
  saveDraft,
  updateExportSettings,
  ValidationError,
  type DashboardFilter,
  type ServiceContext,
} from "@pb/services";
import { callerFor } from "./support/councils";
import { openOwnTestDatabase } from "./support/database";

// Issue 18: every aggregate output of the demo and of the county seed (15,000 children with an EHC plan;
// the demo's 320 children give the small counts), attacked
// as a reader would: every relation it declares, each "c" at least 1, percentages and rates turned back.
type Council = { name: string; id: string; today: string };

let database: Database;
const councils: Council[] = [];
let hiddenSeen = 0;

function inCouncil<T>(council: Council, work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  return withCouncil(database.db, council.id, (trx) => work({ db: trx, councilId: council.id, actorUserId: null, today: council.today }));
}

/** A draft for the what-if: it stops personal assistants where the policy pays for them (else it changes nothing). */
async function openWhatIfDraft(council: Council): Promise<void> {
  await inCouncil(council, async (ctx) => {
    const draftId = await openDraft(ctx, {});
    const draft = await readPolicyVersion(ctx, draftId);
    const document = structuredClone(draft.policy);
    const rule = document.streams.social_care?.services.personal_assistant;
    if (rule) Object.assign(rule, { personalBudget: false, directPayment: false });
    await saveDraft(ctx, { draftId, version: draft.row.version, document, changeNote: "No personal assistants" });
  });
}

async function setMethod(council: Council, method: DisclosureMethod): Promise<void> {
  await inCouncil(council, async (ctx) => {
    const { smallCountThreshold, version } = await getExportSettings(ctx);
    await updateExportSettings(ctx, { smallCountThreshold, disclosureMethod: method, version });
  });
}

/** The financial year the dashboards open on (today's), and the last whole one with its dates. */
function yearsOf(today: string): { current: string; last: string; lastFrom: string; lastTo: string } {
  const [current = "", last = ""] = listRecentFinancialYears(parseIsoDate(today), 2);
  const start = Number(last.slice(0, 4));
  return { current, last, lastFrom: `${start}-04-01`, lastTo: `${start + 1}-03-31` };
}

const REFUSED = Symbol("refused");

/** An output past protecting is refused as a ValidationError on the filters (a 4xx); any other error fails the test. */
function refusedForFilters(error: unknown): typeof REFUSED {
  if (error instanceof ValidationError && error.field === "filters") return REFUSED;
  throw error;
}

/** The checks every published output passes: nothing small shown, nothing shown of a hidden group, no "c" a reader can pin. */
function expectSafe(label: string, published: ExportOutput, threshold: number, method: DisclosureMethod): void {
  expect(findCountsBreakingRule(published, { threshold, method }), `${label}: counts the rule does not allow`).toEqual([]);
  expect(findExposedFigures(published, threshold), `${label}: small counts, or figures of a hidden count`).toEqual([]);
  expect(findDeterminedCells(published, { ratios: listStretchRates(published.tables) }), `${label}: suppressed cells a reader can pin`).toEqual([]);
  if (method === "round") expect(findUnroundedCounts(published), `${label}: counts a reader can take back from their rounding`).toEqual([]);
  // Rounded each on its own, a total need not be the sum of its rounded parts: only suppression keeps them.
  if (method === "suppress") expect(findUntrueRelations(published), `${label}: declarations`).toEqual([]);
  for (const table of published.tables) for (const row of listTableRows(table)) hiddenSeen += Object.values(row).filter(isSuppressed).length;
}

/**
 * The control: the same output with only its small counts hidden, table by table, as before issue 18.
 * The attack must pin cells of some of these, or passing it would prove nothing.
 */
function hideSmallCountsOnly(output: ExportOutput, threshold: number): ExportOutput {
  const tables = output.tables.map((table) => {
    const counts = table.columns.filter((c) => c.kind === "count").map((c) => c.key);
    const hide = (row: ExportRow): ExportRow =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, counts.includes(k) && typeof v === "number" && v > 0 && v < threshold ? SUPPRESSED : v]));
    return { ...table, rows: table.rows.map(hide), ...(table.totalRow ? { totalRow: hide(table.totalRow) } : {}) };
  });
  return { ...output, tables };
}

// A database of the file's own: on PostgreSQL this file's drafts and settings changes would otherwise
// race the scale seed's own test (which deletes and re-creates the same councils) and the demo's other suites.
describe("every aggregate output of the demo and the county seed", () => {
  beforeAll(async () => {
    database = await openOwnTestDatabase("disclosure");
    councils.push({ name: "demo", id: (await seedDemo(database.db)).councilId, today: DEMO_TODAY });
    const scale = await seedScale(database, { scale: "county" });
    await finishScaleSeed(database, scale.councilIds);
    scale.councilIds.forEach((id, i) => councils.push({ name: `scale county ${i + 1}`, id, today: SCALE_TODAY }));
    for (const council of councils) await openWhatIfDraft(council);
  }, 300_000);
  afterAll(async () => database?.close());

  /** The dashboards' default filters (the current financial year) and the last whole year, alone and narrowed. */
  function filtersOf(council: Council): { label: string; filter: DashboardFilter }[] {
    const { current, last } = yearsOf(council.today);
    const fy = (label: string) => ({ kind: "financial_year" as const, label });
    return [
      { label: `default (${current})`, filter: { period: fy(current) } },
      { label: last, filter: { period: fy(last) } },
      { label: `${last}, education`, filter: { period: fy(last), stream: "education" } },
      { label: `${last}, direct payments`, filter: { period: fy(last), arrangement: "direct_payment" } },
      // Narrow enough that some council's output may be past protecting: then refused as a 4xx, never a 500.
      { label: `${last}, personal assistants aged 16 to 19`, filter: { period: fy(last), service: "personal_assistant", ageBand: "16_to_19" } },
    ];
  }

  describe("disclosure control over every aggregate output, by the suppress method", () => {
    it("declares only relations the figures keep, and leaves no suppressed cell of any dashboard's export determined", async () => {
      let pinnedWithoutControl = 0;
      for (const council of councils) {
        for (const { label, filter } of filtersOf(council)) {
          for (const dashboard of DASHBOARD_NAMES) {
            const name = `${council.name} ${dashboard} ${label}`;
            const raw = await inCouncil(council, async (ctx) => toDashboardOutput(await loadDashboard(ctx, dashboard, filter)));
            expect(findUntrueRelations(raw), `${name}: declarations before protection`).toEqual([]);
            pinnedWithoutControl += findDeterminedCells(hideSmallCountsOnly(raw, 5), { ratios: listStretchRates(raw.tables) }).length;
            const exported = await inCouncil(council, (ctx) => buildDashboardExport(ctx, { dashboard, filter, madeByRole: "commissioner" })).catch(refusedForFilters);
            if (exported === REFUSED) continue;
            expect(exported.about.disclosure).toEqual({ threshold: 5, method: "suppress" });
            expectSafe(name, { tables: exported.tables, sums: exported.sums }, 5, "suppress");
          }
        }
      }
      expect(hiddenSeen, "the outputs had small counts to protect").toBeGreaterThan(0);
      expect(pinnedWithoutControl, "the attack pins cells when only the small counts are hidden").toBeGreaterThan(0);
    });

    it("protects the spend export and the review pack (with the return summaries and the what-if) as whole outputs", async () => {
      for (const council of councils) {
        const { last, lastFrom, lastTo } = yearsOf(council.today);
        const rawSpend = await inCouncil(council, (ctx) => loadExportTables(ctx, "spend", lastFrom, lastTo));
        expect(findUntrueRelations({ tables: rawSpend }), `${council.name} spend: declarations`).toEqual([]);
        const spend = await inCouncil(council, (ctx) => buildAggregateExport(ctx, { kind: "spend", period: { kind: "financial_year", label: last }, madeByRole: "commissioner" }));
        expectSafe(`${council.name} spend export`, { tables: spend.tables, sums: spend.sums }, 5, "suppress");

        const rawPack = await inCouncil(council, (ctx) => loadReviewPackOutput(ctx, { from: lastFrom, to: lastTo }));
        expect(findUntrueRelations(rawPack), `${council.name} review pack: declarations before protection`).toEqual([]);
        expect(rawPack.tables.map((t) => t.id)).toEqual(expect.arrayContaining(["what-if-outcomes", "what-if-streams", "sen2-personal-budgets", "policy-requests"]));
        const pack = await inCouncil(council, (ctx) => buildReviewPack(ctx, { from: lastFrom, to: lastTo, madeByRole: "manager" }));
        expect(pack.about.disclosure).toEqual({ threshold: 5, method: "suppress" });
        expectSafe(`${council.name} review pack`, { tables: pack.sections.flatMap((s) => s.tables), sums: pack.sums ?? [] }, 5, "suppress");
      }
    });
  });

  describe("disclosure control by the round method", () => {
    it("shows every count as a multiple of 5 and hides what a small group would give away, in every output", async () => {
      const [council] = councils.slice(1);
      if (!council) throw new Error("no scale council");
      await setMethod(council, "round");
      try {
        const { lastFrom, lastTo } = yearsOf(council.today);
        for (const { label, filter } of filtersOf(council).slice(0, 2)) {
          for (const dashboard of DASHBOARD_NAMES) {
            const exported = await inCouncil(council, (ctx) => buildDashboardExport(ctx, { dashboard, filter, madeByRole: "commissioner" }));
            expect(exported.about.disclosure).toEqual({ threshold: 5, method: "round" });
            expect(exported.aboutTable.rows.map((r) => String(r.value)).join("\n")).toMatch(/nearest 5/);
            expectSafe(`${council.name} ${dashboard} ${label} (round)`, { tables: exported.tables, sums: exported.sums }, 5, "round");
          }
        }
        const pack = await inCouncil(council, (ctx) => buildReviewPack(ctx, { from: lastFrom, to: lastTo, madeByRole: "manager" }));
        expectSafe(`${council.name} review pack (round)`, { tables: pack.sections.flatMap((s) => s.tables), sums: pack.sums ?? [] }, 5, "round");
      } finally {
        await setMethod(council, "suppress");
      }
    });
  });

  describe("the council's choice of method", () => {
    it("is the admin's, saved at the version they saw, audited, refused when unknown, and stated where exports are listed", async () => {
      const [demo] = councils;
      if (!demo) throw new Error("no demo council");
      const userOf = async (email: string) => (await database.db.selectFrom("app_user").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
      const admin = callerFor(database.db, await userOf("admin@demo-county.test"));
      const commissioner = callerFor(database.db, await userOf("commissioner@demo-county.test"));
      const codeOf = (promise: Promise<unknown>) => promise.then(() => "OK", (e: unknown) => (e instanceof TRPCError ? e.code : String(e)));

      const before = await admin.exports.settings();
      expect(before.disclosureMethod).toBe("suppress");
      expect(await codeOf(commissioner.exports.updateSettings({ smallCountThreshold: 5, disclosureMethod: "round", version: before.version }))).toBe("FORBIDDEN");
      expect(await codeOf(admin.exports.updateSettings({ smallCountThreshold: 5, disclosureMethod: "blur" as "round", version: before.version }))).toBe("BAD_REQUEST");
      const saved = await admin.exports.updateSettings({ smallCountThreshold: 5, disclosureMethod: "round", version: before.version });
      expect(saved).toMatchObject({ disclosureMethod: "round", version: before.version + 1 });
      expect(await codeOf(admin.exports.updateSettings({ smallCountThreshold: 5, disclosureMethod: "suppress", version: before.version }))).toBe("CONFLICT");
      expect((await commissioner.exports.catalogue()).disclosureMethod).toBe("round");
      // A save that leaves the method out keeps it.
      const kept = await admin.exports.updateSettings({ smallCountThreshold: 6, version: saved.version });
      expect(kept.disclosureMethod).toBe("round");
      const audit = await database.db.selectFrom("audit_log").select(["before", "after"]).where("council_id", "=", demo.id).where("action", "=", "exports.update_settings").orderBy("at").execute();
      expect(audit.map((a) => a.after)).toEqual(expect.arrayContaining([{ smallCountThreshold: 5, disclosureMethod: "round" }, { smallCountThreshold: 6, disclosureMethod: "round" }]));
      await admin.exports.updateSettings({ smallCountThreshold: 5, disclosureMethod: "suppress", version: kept.version });
    });
  });
});
