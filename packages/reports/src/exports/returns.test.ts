import { describe, expect, it } from "vitest";
import { findDeterminedCells } from "../disclosure/attacker";
import { protectOutput } from "../disclosure/protect";
import { isSuppressed } from "./export-table";
import { findUntrueRelations } from "./output-sums";
import { RETURN_SUMMARY_SUMS } from "./review-pack-sums";
import { buildEhcpCoverage, buildPhbByType, buildSen2PersonalBudgets, classifyPhbType, classifySen2Arrangement, classifySen2Element, type BudgetMixCount } from "./returns";

const mix = (over: Partial<BudgetMixCount>): BudgetMixCount => ({
  education: false, socialCare: false, health: false, transport: false, directPayment: false, organised: false, thirdParty: false, children: 1, ...over,
});

describe("return-shaped summaries", () => {
  it("classifies a budget's element as SEN2 does: one of three, or integrated", () => {
    expect(classifySen2Element(mix({ education: true }))).toBe("education");
    expect(classifySen2Element(mix({ transport: true }))).toBe("education");
    expect(classifySen2Element(mix({ socialCare: true }))).toBe("social_care");
    expect(classifySen2Element(mix({ health: true }))).toBe("health");
    expect(classifySen2Element(mix({ education: true, socialCare: true }))).toBe("integrated");
    expect(classifySen2Element(mix({ transport: true, health: true }))).toBe("integrated");
  });

  it("counts a third-party budget as an organised arrangement for SEN2 and keeps it apart for the NHS", () => {
    expect(classifySen2Arrangement(mix({ thirdParty: true }))).toBe("organised_only");
    expect(classifySen2Arrangement(mix({ thirdParty: true, directPayment: true }))).toBe("both");
    expect(classifyPhbType(mix({ thirdParty: true }))).toBe("third_party");
    expect(classifyPhbType(mix({ organised: true }))).toBe("notional");
    expect(classifyPhbType(mix({ directPayment: true }))).toBe("direct_payment");
    expect(classifyPhbType(mix({ organised: true, directPayment: true }))).toBe("combination");
  });

  it("adds every child once, and each row's kinds add up to its total", () => {
    const table = buildSen2PersonalBudgets("2026-01-15", [
      mix({ education: true, directPayment: true, children: 7 }),
      mix({ socialCare: true, organised: true, children: 11 }),
      mix({ socialCare: true, health: true, directPayment: true, thirdParty: true, children: 5 }),
    ]);
    expect(table.totalRow).toMatchObject({ withBudget: 23, directPaymentOnly: 7, organisedOnly: 11, both: 5 });
    expect(table.rows.find((r) => r.element === "Integrated")).toMatchObject({ withBudget: 5, both: 5 });
    for (const row of table.rows) expect(row.withBudget).toBe(Number(row.directPaymentOnly) + Number(row.organisedOnly) + Number(row.both));
  });

  it("shows the EHC plans without a personal budget, so a small count (12 plans, 11 with one) is hidden, not worked out", () => {
    const coverage = buildEhcpCoverage("2026-01-15", 12, 11);
    expect(coverage.rows[0]).toMatchObject({ ehcps: 12, withBudget: 11, withoutBudget: 1 });
    expect(coverage.rowSum).toEqual({ parts: ["withBudget", "withoutBudget"], total: "ehcps" });
    const sen2 = buildSen2PersonalBudgets("2026-01-15", [mix({ education: true, directPayment: true, children: 6 }), mix({ socialCare: true, organised: true, children: 5 })]);
    const output = { tables: [sen2, coverage], sums: [...RETURN_SUMMARY_SUMS] };
    expect(findUntrueRelations(output)).toEqual([]);
    const published = protectOutput(output, { threshold: 5, method: "suppress" });
    expect(isSuppressed(published.tables[1]?.rows[0]?.withoutBudget)).toBe(true);
    expect(findDeterminedCells(published)).toEqual([]);
  });

  it("lays personal health budgets out by quarter end", () => {
    const table = buildPhbByType([
      { quarterEnd: "2025-06-30", mixes: [mix({ health: true, organised: true, children: 6 }), mix({ health: true, directPayment: true, children: 8 })] },
      { quarterEnd: "2025-09-30", mixes: [] },
    ]);
    expect(table.columns.map((c) => c.key)).toEqual(["type", "q20250630", "q20250930"]);
    expect(table.rows[0]).toMatchObject({ q20250630: 6, q20250930: 0 });
    expect(table.totalRow).toMatchObject({ q20250630: 14, q20250930: 0 });
  });
});
