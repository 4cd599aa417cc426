import { describe, expect, it } from "vitest";
import { formatDashboardValue } from "./dashboard-view";
import { findUntrueRelations } from "../exports/output-sums";
import { toDashboardOutput } from "./dashboard-view";
import { findPriorPeriod, resolveDashboardPeriod } from "./period";
import { buildSpendDashboard, type SpendFigures } from "./spend";

const period = resolveDashboardPeriod({ kind: "financial_year", label: "2025-26" });
const prior = findPriorPeriod(period);
const spend: SpendFigures[] = [
  { month: "2025-04", stream: "education", arrangement: "direct_payment", scheduledPence: 10_000, paidPence: 9_000 },
  { month: "2025-04", stream: "health", arrangement: "organised", scheduledPence: 5_000, paidPence: 5_000 },
  { month: "2026-03", stream: "education", arrangement: "organised", scheduledPence: 1_000, paidPence: 0 },
];
const priorSpend: SpendFigures[] = [{ month: "2024-04", stream: "education", arrangement: "direct_payment", scheduledPence: 7_000, paidPence: 7_000 }];
const view = buildSpendDashboard({
  period, prior, spend, priorSpend,
  commitment: [{ month: "2025-04", stream: "education", arrangement: "direct_payment", committedPence: 12_000 }],
  priorCommitment: [],
});
const section = (id: string) => {
  const found = view.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};

describe("the spend dashboard", () => {
  it("lays paid out per month by stream, twelve months and a total, with a caption naming the year", () => {
    const { table } = section("paid-by-month-stream");
    expect(table.title).toBe("Paid per month by funding stream, financial year 2025-26");
    expect(table.rows).toHaveLength(12);
    // A month is held as an ISO month (a date cell in files) and shown in words.
    expect(table.columns[0]).toMatchObject({ key: "month", kind: "month" });
    expect(formatDashboardValue("month", table.rows[0]?.month)).toBe("April 2025");
    expect(table.rows[0]).toMatchObject({ month: "2025-04", education: 9_000, health: 5_000, social_care: 0, transport: 0, totalPence: 14_000 });
    expect(table.totalRow).toMatchObject({ education: 9_000, health: 5_000, totalPence: 14_000 });
    expect(table.drills?.[0]?.education).toEqual({ measure: "paid", month: "2025-04", stream: "education" });
    expect(table.totalDrills?.totalPence).toEqual({ measure: "paid" });
  });

  it("compares each month's paid with the same month a year earlier", () => {
    const { table } = section("money-by-month");
    expect(table.rows[0]).toMatchObject({ committedPence: 12_000, scheduledPence: 15_000, paidPence: 14_000, priorPaidPence: 7_000, changePence: 7_000, changePercent: 100 });
    expect(table.rows[1]).toMatchObject({ paidPence: 0, priorPaidPence: 0, changePercent: null });
    expect(table.drills?.[11]?.scheduledPence).toEqual({ measure: "scheduled", month: "2026-03" });
  });

  it("sums by stream and arrangement, with every stream listed and the totals adding up", () => {
    const byStream = section("money-by-stream").table;
    expect(byStream.rows.map((r) => r.stream)).toEqual(["Education", "Health", "Social care", "Transport"]);
    expect(byStream.rows[0]).toMatchObject({ scheduledPence: 11_000, paidPence: 9_000, priorPaidPence: 7_000, changePence: 2_000 });
    expect(byStream.totalRow).toMatchObject({ scheduledPence: 16_000, paidPence: 14_000 });
    const byArrangement = section("money-by-arrangement").table;
    expect(byArrangement.rows.find((r) => r.arrangement === "Direct payment")).toMatchObject({ paidPence: 9_000, committedPence: 12_000 });
    expect(byArrangement.drills?.[0]?.paidPence).toEqual({ measure: "paid", arrangement: "direct_payment" });
  });

  it("declares what its tables show twice, and its figures keep every declaration", () => {
    const output = toDashboardOutput(view);
    expect(findUntrueRelations(output)).toEqual([]);
    expect(section("paid-by-month-stream").table.rowSum).toEqual({ parts: ["education", "health", "social_care", "transport"], total: "totalPence" });
    const cell = (table: string, row: number | "total", column: string) => ({ table, row, column });
    expect(output.sums).toContainEqual({ total: cell("money-by-month", 0, "paidPence"), parts: [cell("paid-by-month-arrangement", 0, "totalPence")] });
    expect(output.sums).toContainEqual({ total: cell("money-by-stream", 1, "paidPence"), parts: [cell("paid-by-month-stream", "total", "health")] });
    expect(output.sums).toContainEqual({ total: cell("money-by-arrangement", "total", "committedPence"), parts: [cell("money-by-month", "total", "committedPence")] });
    expect(section("money-by-month").table.columns.find((c) => c.key === "changePercent")?.derivedFrom).toEqual(["changePence", "priorPaidPence"]);
  });

  it("headlines the totals and the change", () => {
    expect(view.headlines.map((h) => h.value)).toEqual([12_000, 16_000, 14_000, 7_000, 100]);
  });
});

describe("the spend dashboard for a year in progress", () => {
  const year = resolveDashboardPeriod({ kind: "financial_year", label: "2026-27" });
  const toDate = findPriorPeriod(year, "2026-05");
  // What the service reads: this year's rows, and the year before's only up to the same month.
  const inProgress = buildSpendDashboard({
    period: year,
    prior: toDate,
    spend: [
      { month: "2026-04", stream: "education", arrangement: "direct_payment", scheduledPence: 10_000, paidPence: 10_000 },
      { month: "2026-05", stream: "education", arrangement: "direct_payment", scheduledPence: 10_000, paidPence: 10_000 },
      { month: "2026-06", stream: "education", arrangement: "direct_payment", scheduledPence: 10_000, paidPence: 0 },
    ],
    priorSpend: [
      { month: "2025-04", stream: "education", arrangement: "direct_payment", scheduledPence: 8_000, paidPence: 8_000 },
      { month: "2025-05", stream: "education", arrangement: "direct_payment", scheduledPence: 8_000, paidPence: 8_000 },
    ],
    commitment: [],
    priorCommitment: [],
  });
  const table = (id: string) => inProgress.sections.find((s) => s.id === id)?.table;

  it("sets paid to date against the same months a year earlier, not the whole year before", () => {
    expect(inProgress.headlines.map((h) => [h.label, h.value])).toEqual([
      ["Committed", 0],
      ["Scheduled", 30_000],
      ["Paid", 20_000],
      ["Paid a year earlier, April to May 2025", 16_000],
      ["Change in paid from a year earlier", 25],
    ]);
    expect(table("money-by-stream")?.rows[0]).toMatchObject({ paidPence: 20_000, priorPaidPence: 16_000, changePence: 4_000, changePercent: 25 });
  });

  it("leaves the change blank for the months not reached yet, and says why", () => {
    const byMonth = table("money-by-month");
    expect(byMonth?.rows[1]).toMatchObject({ paidPence: 10_000, priorPaidPence: 8_000, changePercent: 25 });
    expect(byMonth?.rows[2]).toMatchObject({ scheduledPence: 10_000, paidPence: 0, priorPaidPence: null, changePence: null, changePercent: null });
    expect(byMonth?.totalRow).toMatchObject({ paidPence: 20_000, priorPaidPence: 16_000, changePence: 4_000 });
    expect(byMonth?.note).toContain("up to May 2025, as the period has not ended (a month not reached yet shows –)");
    expect(table("money-by-stream")?.note).toBe("A year earlier: the same months of the year before, up to May 2025, as the period has not ended.");
  });

  it("keeps every declaration with months not reached yet", () => {
    expect(findUntrueRelations(toDashboardOutput(inProgress))).toEqual([]);
  });
});
