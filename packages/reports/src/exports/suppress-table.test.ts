import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSuppressed, type ExportTable } from "./export-table";
import { hasNoSmallCountShown, suppressExportTable } from "./suppress-table";
import { buildDirectPaymentSpend, buildSen2PersonalBudgets, type BudgetMixCount } from "./returns";

const mix = (over: Partial<BudgetMixCount>): BudgetMixCount => ({
  education: false, socialCare: false, health: false, transport: false, directPayment: false, organised: false, thirdParty: false, children: 0, ...over,
});

describe("suppressing an export table", () => {
  it("hides small counts down columns and across the row sum, and the money that goes with them", () => {
    const table = buildDirectPaymentSpend(["2025-26"], [
      { financialYear: "2025-26", stream: "education", amountPence: 1_000_000, children: 40 },
      { financialYear: "2025-26", stream: "health", amountPence: 250_000, children: 2 },
      { financialYear: "2025-26", stream: "social_care", amountPence: 3_000_000, children: 90 },
      { financialYear: "2025-26", stream: "transport", amountPence: 200_000, children: 12 },
    ]);
    const out = suppressExportTable(table, 5);
    const health = out.rows.find((r) => r.stream === "Health");
    const transport = out.rows.find((r) => r.stream === "Transport");
    expect(isSuppressed(health?.["children2025-26"])).toBe(true);
    expect(isSuppressed(health?.["spend2025-26"])).toBe(true);
    expect(isSuppressed(transport?.["children2025-26"])).toBe(true); // next-smallest, so the total cannot give 2 back
    expect(isSuppressed(transport?.["spend2025-26"])).toBe(true);
    expect(out.totalRow?.["children2025-26"]).toBe(144);
    expect(out.totalRow?.["spend2025-26"]).toBe(4_450_000);
    expect(hasNoSmallCountShown([out], 5)).toBe(true);
    expect(hasNoSmallCountShown([table], 5)).toBe(false);
  });

  it("never shows a small count in the SEN2 table, whatever the mix", () => {
    const mixes = fc.array(
      fc.record({
        education: fc.boolean(), socialCare: fc.boolean(), health: fc.boolean(), transport: fc.boolean(),
        directPayment: fc.boolean(), organised: fc.boolean(), thirdParty: fc.boolean(), children: fc.integer({ min: 0, max: 30 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(mixes, fc.integer({ min: 2, max: 10 }), (m, threshold) => {
        const out = suppressExportTable(buildSen2PersonalBudgets("2026-01-15", m), threshold);
        expect(hasNoSmallCountShown([out], threshold)).toBe(true);
        // Each row's parts and total: never exactly one hidden.
        for (const row of [...out.rows, out.totalRow ?? {}]) {
          const hidden = ["withBudget", "directPaymentOnly", "organisedOnly", "both"].filter((k) => isSuppressed(row[k])).length;
          expect(hidden).not.toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("leaves text and tables without counts alone", () => {
    const table: ExportTable = { id: "t", title: "T", columns: [{ key: "a", label: "A", kind: "text" }, { key: "p", label: "P", kind: "pence" }], rows: [{ a: "x", p: 3 }] };
    expect(suppressExportTable(table, 5)).toEqual(table);
    expect(buildSen2PersonalBudgets("2026-01-15", [mix({ education: true, directPayment: true, children: 9 })]).rows[0]).toMatchObject({ withBudget: 9, directPaymentOnly: 9 });
  });
});
