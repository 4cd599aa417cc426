import { describe, expect, it } from "vitest";
import { isSuppressed, listTableRows } from "../exports/export-table";
import { exportTableCsv } from "../exports/table-csv";
import { buildNhsPhbReturn } from "./nhs-phb-return";
import { buildSen2Records } from "./sen2-records";
import { buildStatutoryReturnTables, STATUTORY_RETURN_TABLES } from "./statutory-tables";

const mix = (over: { directPayment?: boolean; organised?: boolean; thirdParty?: boolean; children: number }) => ({ directPayment: false, organised: false, thirdParty: false, ...over });

describe("the NHS personal health budget return", () => {
  it("counts each quarter's budgets in place and in the year to date by how they are delivered, exactly", () => {
    const table = buildNhsPhbReturn([
      { quarterEnd: "2025-06-30", inPlace: [mix({ organised: true, children: 1 }), mix({ directPayment: true, children: 2 })], yearToDate: [mix({ organised: true, children: 1 }), mix({ directPayment: true, children: 3 })] },
      { quarterEnd: "2025-09-30", inPlace: [mix({ thirdParty: true, children: 1 }), mix({ organised: true, directPayment: true, children: 1 })], yearToDate: [mix({ organised: true, children: 2 }), mix({ directPayment: true, children: 3 }), mix({ thirdParty: true, children: 1 })] },
    ]);
    expect(table.rows[0]).toMatchObject({ quarterEnd: "2025-06-30", inPlace_notional: 1, inPlace_direct_payment: 2, inPlace_third_party: 0, inPlace_combination: 0, inPlace_total: 3, yearToDate_direct_payment: 3, yearToDate_total: 4 });
    expect(table.rows[1]).toMatchObject({ inPlace_third_party: 1, inPlace_combination: 1, inPlace_total: 2, yearToDate_total: 6 });
    expect(exportTableCsv(table).split("\r\n")[1]).toBe("2025-06-30,1,0,2,0,3,1,0,3,0,4");
  });
});

describe("the statutory returns of a census", () => {
  it("never suppresses: ones and twos are written as they are, and the census date is in each sheet", () => {
    const sen2Records = buildSen2Records([
      { childId: "a", reference: "A", ageOnCensusDate: 7, plan: { status: "final", issuedOn: "2023-01-01" }, lines: [{ stream: "health", arrangement: "direct_payment" }] },
    ]);
    const tables = buildStatutoryReturnTables({
      censusDate: "2026-01-15",
      sen2Records,
      phbQuarters: [{ quarterEnd: "2025-12-31", inPlace: [mix({ directPayment: true, children: 1 })], yearToDate: [mix({ directPayment: true, children: 2 })] }],
      directPayments: { from: "2025-04-01", to: "2026-03-31", financialYears: ["2025-26"], rows: [{ financialYear: "2025-26", stream: "health", amountPence: 12_345, children: 1 }] },
    });
    expect(tables.map((t) => t.id)).toEqual(STATUTORY_RETURN_TABLES.map((t) => t.id));
    for (const table of tables) {
      for (const row of listTableRows(table)) for (const cell of Object.values(row)) expect(isSuppressed(cell)).toBe(false);
      expect(exportTableCsv(table)).not.toMatch(/(^|,)c(,|\r\n)/m);
      expect(table.note).toContain("OFFICIAL-SENSITIVE");
    }
    expect(tables[0]?.rows[0]).toMatchObject({ censusDate: "2026-01-15", reference: "A", pb: 1, oa: 0, dp: 1, arrangement: "Direct payments only", element: "Health" });
    expect(tables[1]?.totalRow).toMatchObject({ withBudget: 1, directPaymentOnly: 1 });
    expect(tables[1]?.note).toContain("15 January 2026");
    expect(tables[3]?.totalRow).toMatchObject({ "children2025-26": 1, "spend2025-26": 12_345 });
  });
});
