import { sql, type Kysely } from "kysely";
import type { DB } from "@pb/db";
import { DEMO_COUNCIL, DEMO_TODAY } from "@pb/db/seed";
import { financialYearOf, parseIsoDate } from "@pb/calendar";
import type { Role } from "@pb/auth";
import { percentile, round } from "./bench-stats";
import type { BenchMeasure } from "./bench-results";
import { callQuery } from "./trpc-endpoint";

/** What each simulated client asks for, in turn: a page's tRPC query, as its user. */
export type LoadRequest = { page: string; path: string; input: unknown; who: { userId: string; councilId: string } };

export type LoadOptions = { clients: number; seconds: number };

export type LoadResult = {
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  /** The first few error messages, to say what failed. */
  errorSamples: string[];
  perPage: { page: string; requests: number; errors: number; p50: number; p95: number }[];
  p50: number;
  p95: number;
  requestsPerSecond: number;
};

/**
 * `clients` callers, each asking for the next request of the list as soon as its last one answered,
 * for `seconds`: closed-loop load, as that many people clicking through the console at once. Every
 * call goes through the tRPC endpoint (sign-in, membership, the council-scoped transaction).
 */
export async function runLoad(db: Kysely<DB>, requests: readonly LoadRequest[], options: LoadOptions): Promise<LoadResult> {
  if (!requests.length) throw new Error("no requests to make");
  const timings = new Map<string, number[]>();
  const failures = new Map<string, number>();
  const errorSamples: string[] = [];
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async (k: number) => {
    // Each client starts at a different place in the list, so the pages are asked for side by side.
    for (let i = k; performance.now() < deadline; i++) {
      const request = requests[i % requests.length];
      if (!request) break;
      const t0 = performance.now();
      try {
        await callQuery(db, request.who, request.path, request.input);
        const list = timings.get(request.page) ?? [];
        list.push(performance.now() - t0);
        timings.set(request.page, list);
      } catch (error) {
        failures.set(request.page, (failures.get(request.page) ?? 0) + 1);
        if (errorSamples.length < 5) errorSamples.push(`${request.page}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, k) => client(k)));
  const elapsed = (performance.now() - started) / 1000;
  const all = [...timings.values()].flat();
  const errors = [...failures.values()].reduce((a, b) => a + b, 0);
  const pages = [...new Set(requests.map((r) => r.page))];
  return {
    clients: options.clients,
    seconds: round(elapsed),
    requests: all.length + errors,
    errors,
    errorSamples,
    perPage: pages.map((page) => {
      const list = timings.get(page) ?? [];
      return { page, requests: list.length + (failures.get(page) ?? 0), errors: failures.get(page) ?? 0, p50: round(percentile(list, 50)), p95: round(percentile(list, 95)) };
    }),
    p50: round(percentile(all, 50)),
    p95: round(percentile(all, 95)),
    requestsPerSecond: round((all.length + errors) / elapsed),
  };
}

const CASE_PAGES = 50;

/** The demo council's pages, on the demo's "today". */
export async function demoLoadRequests(db: Kysely<DB>): Promise<LoadRequest[]> {
  const council = await db.selectFrom("council").select("id").where("slug", "=", DEMO_COUNCIL.slug).executeTakeFirst();
  if (!council) throw new Error(`no ${DEMO_COUNCIL.name}: run pnpm pb seed first`);
  return councilLoadRequests(db, council.id, DEMO_TODAY);
}

/**
 * The pages a council's users open in a day: the dashboards (as its manager, for the financial year
 * of `today`), the case list and the case pages of 50 children (as its case officer).
 */
export async function councilLoadRequests(db: Kysely<DB>, councilId: string, today: string): Promise<LoadRequest[]> {
  const userOf = async (role: Role) =>
    (await db.selectFrom("council_membership").select("user_id").where("council_id", "=", councilId).where("role", "=", role).orderBy("user_id").executeTakeFirstOrThrow()).user_id;
  const manager = { userId: await userOf("manager"), councilId };
  const officer = { userId: await userOf("case_officer"), councilId };
  const year = financialYearOf(parseIsoDate(today)).label;
  const filter = { period: { kind: "financial_year", label: year } };
  const { rows: children } = await sql<{ id: string }>`select id from child where council_id = ${councilId} order by reference limit ${CASE_PAGES}`.execute(db);
  const dashboards: LoadRequest[] = ["spend", "uptake", "cessations", "policyReview"].map((name) => ({ page: "dashboards", path: `dashboard.${name}`, input: filter, who: manager }));
  const lists: LoadRequest[] = [{ page: "case list", path: "children.list", input: {}, who: officer }, { page: "case list", path: "children.list", input: { page: 2 }, who: officer }];
  // Interleaved, so that every few requests of a client touch each page.
  const out: LoadRequest[] = [];
  for (let i = 0; i < Math.max(children.length, 2 * dashboards.length); i++) {
    const child = children[i % children.length];
    if (child) out.push({ page: "case page", path: "children.get", input: { childId: child.id }, who: officer });
    out.push((i % 2 === 0 ? dashboards[(i / 2) % dashboards.length] : lists[((i - 1) / 2) % lists.length]) as LoadRequest);
  }
  return out;
}

/** The load as bench/results.json records it: one measure overall and one per page. */
export function loadMeasures(result: LoadResult, backend: "postgres" | "pglite"): BenchMeasure[] {
  const base = { dataset: "demo" as const, backend, baseline: null, baseline_ms: null, ratio: null, rows_per_s: null, peak_rss_mb: null };
  return [
    {
      ...base,
      name: `load: ${result.clients} clients for ${Math.round(result.seconds)} s, dashboards, case list and case pages through tRPC`,
      p50_ms: result.p50,
      p95_ms: result.p95,
      requests_per_s: result.requestsPerSecond,
      errors: result.errors,
      target: "0 errors",
      met: result.errors === 0,
      note: `${result.requests} requests; closed loop (each client asks again when answered), in one process over the app's pool` + (result.errorSamples.length ? `; errors: ${result.errorSamples.join(" | ")}` : ""),
    },
    ...result.perPage.map((p) => ({
      ...base,
      name: `load: ${p.page}`,
      p50_ms: p.p50,
      p95_ms: p.p95,
      requests_per_s: round(p.requests / result.seconds),
      errors: p.errors,
      target: "0 errors",
      met: p.errors === 0,
      note: `${p.requests} of the ${result.requests} requests`,
    })),
  ];
}
