import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDirectPaymentSpend, buildEhcpCoverage, buildSen2PersonalBudgets, type BudgetMixCount } from "../exports/returns";
import type { ExportOutput } from "../exports/export-table";
import { STREAMS } from "../spend-by-stream";
import { findDeterminedCells, findExposedFigures } from "./attacker";
import { protectOutput } from "./protect";
import { findCountsOffTheModel } from "./rounded-truth";
import { findUnroundedCounts } from "./unround";

const small = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 40 }));
const mixes = fc.array(
  fc.record({
    education: fc.boolean(), socialCare: fc.boolean(), health: fc.boolean(), transport: fc.boolean(),
    directPayment: fc.boolean(), organised: fc.boolean(), thirdParty: fc.boolean(), children: small,
  }),
  { maxLength: 8 },
);
const spend = fc.array(fc.record({ year: fc.constantFrom("2024-25", "2025-26"), stream: fc.constantFrom(...STREAMS), children: small, pence: fc.integer({ min: 0, max: 5_000_000 }) }), { maxLength: 8 });

/** The product's own table shapes in one output, the SEN2 total repeated in the coverage table (as a file would show both). */
function productOutput(m: readonly BudgetMixCount[], s: { year: string; stream: string; children: number; pence: number }[], extraPlans: number): ExportOutput {
  const sen2 = buildSen2PersonalBudgets("2026-01-15", m);
  const withBudget = sen2.totalRow?.withBudget as number;
  const coverage = buildEhcpCoverage("2026-01-15", withBudget + extraPlans, withBudget);
  // One row per year and stream: the builder finds the first.
  const rows = [...new Map(s.map((r) => [`${r.year}|${r.stream}`, r])).values()].map((r) => ({ financialYear: r.year, stream: r.stream, amountPence: r.children > 0 ? r.pence : 0, children: r.children }));
  const payments = buildDirectPaymentSpend(["2024-25", "2025-26"], rows);
  return {
    tables: [sen2, coverage, payments],
    sums: [{ total: { table: "ehcp-coverage", row: 0, column: "withBudget" }, parts: [{ table: "sen2-personal-budgets", row: "total", column: "withBudget" }] }],
  };
}

describe("protectOutput over the product's own table shapes", () => {
  it("leaves the attacker nothing, shows no small count and no figure of a hidden count", () => {
    fc.assert(
      fc.property(mixes, spend, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 3, max: 10 }), (m, s, extra, threshold) => {
        const out = protectOutput(productOutput(m, s, extra), { threshold, method: "suppress" });
        expect(findDeterminedCells(out)).toEqual([]);
        expect(findExposedFigures(out, threshold)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('by "round": the reader who knows how it rounds pins no count, and no money', () => {
    fc.assert(
      fc.property(mixes, spend, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 3, max: 10 }), (m, s, extra, threshold) => {
        const input = productOutput(m, s, extra);
        const out = protectOutput(input, { threshold, method: "round" });
        expect(findCountsOffTheModel(input, out)).toEqual([]);
        expect(findUnroundedCounts(out)).toEqual([]);
        expect(findDeterminedCells(out, { countsRounded: true })).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
