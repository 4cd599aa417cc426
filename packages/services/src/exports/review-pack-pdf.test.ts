import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { buildChartFromTable, buildSpendByStream, buildSpendByStreamTable, type ReviewPack } from "@pb/reports";
import { renderReviewPackPdf } from "./review-pack-pdf";

describe("the review pack PDF", () => {
  it("renders every part onto A4 pages, whatever text the policy holds", async () => {
    const table = buildSpendByStreamTable(buildSpendByStream("2025-26", [{ month: "2025-05", stream: "health", amountPence: 123_456 }]));
    const pack: ReviewPack = {
      about: {
        title: "Policy review pack", councilName: "Test Council", periodLabel: "1 April 2025 to 31 March 2026", from: "2025-04-01", to: "2026-03-31",
        filters: [], policyVersions: [{ versionNumber: 1, effectiveFrom: "2024-04-01", until: "2025-09-30", changeNote: "Adopted" }, { versionNumber: 2, effectiveFrom: "2025-10-01", until: null, changeNote: "Ünïcode → “quotes” 😀" }],
        madeAt: "2026-11-24T10:00:00.000Z", madeByRole: "manager", source: "Rows", suppressionThreshold: 5,
      },
      sections: [{ id: "spend", title: "Spend", intro: "Intro", charts: [buildChartFromTable(table, { title: "Chart", categoryKey: "month", seriesKeys: ["education", "health"] })], tables: [table] }],
      policyChanges: [{ fromVersion: 1, toVersion: 2, effectiveFrom: "2025-10-01", changes: [{ path: "timeLimits.reviewRequest.n", change: "changed", setting: "Time limits › Asking for a review of a decision › number", before: "15", after: "20" }] }],
      dataRows: [{ label: "Payments", count: 12 }, { label: "Budget lines", count: null }],
    };
    const bytes = await renderReviewPackPdf(pack);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(doc.getTitle()).toContain("Test Council");
  });
});
