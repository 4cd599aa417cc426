import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { adoptPreset } from "@pb/services";
import { councilLoadRequests, loadMeasures, runLoad } from "../../apps/cli/src/bench/load";
import { openTestDatabase } from "./support/database";
import { createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { addCase } from "./finance-fixtures";

// `pnpm bench`'s load test (20 clients for 60 s on the demo seed) run briefly on a small council, to
// show it works: no timing is asserted.
const TODAY = "2026-10-31";
let database: Database;
let council: TestCouncil;

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Load");
  await inCouncil(database.db, council, "admin", TODAY, (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  for (let i = 0; i < 4; i++) await addCase(database.db, council.id, { annualAmountPence: 120_000 + i, start: "2026-04-01", end: "2027-03-31", arrangement: i % 2 ? "organised" : "direct_payment" });
});
afterAll(async () => database?.close());

describe("the load test", () => {
  it("asks for the dashboards, the case list and case pages side by side, and counts answers and errors", async () => {
    const requests = await councilLoadRequests(database.db, council.id, TODAY);
    expect(new Set(requests.map((r) => r.path))).toEqual(new Set(["dashboard.spend", "dashboard.uptake", "dashboard.cessations", "dashboard.policyReview", "children.list", "children.get"]));
    const result = await runLoad(database.db, requests, { clients: 2, seconds: 2 });
    expect(result.errorSamples).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.perPage.map((p) => p.page).sort()).toEqual(["case list", "case page", "dashboards"]);
    for (const page of result.perPage) expect(page.requests).toBeGreaterThan(0);
    expect(result.requests).toBe(result.perPage.reduce((n, p) => n + p.requests, 0));
    expect(result.p95).toBeGreaterThan(0);

    const measures = loadMeasures(result, database.backend);
    expect(measures[0]).toMatchObject({ dataset: "demo", backend: database.backend, errors: 0, met: true, requests_per_s: result.requestsPerSecond });
    expect(measures).toHaveLength(4);
  });

  it("counts a failing request as an error and goes on", async () => {
    const [first] = await councilLoadRequests(database.db, council.id, TODAY);
    if (!first) throw new Error("no requests");
    const broken = { ...first, page: "a missing child", input: { childId: "00000000-0000-4000-8000-000000000000" } };
    const result = await runLoad(database.db, [first, broken], { clients: 2, seconds: 0.5 });
    expect(result.errors).toBeGreaterThan(0);
    expect(result.errorSamples[0]).toMatch(/^a missing child: children.get answered 404/);
    expect(loadMeasures(result, database.backend)[0]?.met).toBe(false);
  });
});
