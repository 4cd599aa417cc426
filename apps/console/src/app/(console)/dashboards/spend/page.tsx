import type { Metadata } from "next";
import { SpendDashboard } from "./spend-dashboard";
import { todayIso } from "@pb/services";
import { recentFinancialYears } from "./financial-years";

export const metadata: Metadata = { title: "Spend by funding stream" };

export default async function SpendPage({ searchParams }: { searchParams: Promise<{ fy?: string }> }) {
  const { fy } = await searchParams;
  const years = recentFinancialYears(todayIso(), 5);
  const financialYear = fy && years.includes(fy) ? fy : (years[0] ?? "");
  return (
    <>
      <h1>Spend by funding stream</h1>
      <p className="lede">Personal budget payments made in each month of the financial year (April to March), by funding stream.</p>
      <form className="filters" method="get" aria-label="Filters">
        <div>
          <label htmlFor="fy">Financial year</label>
          <select id="fy" name="fy" defaultValue={financialYear}>
            {years.map((y) => (
              <option key={y} value={y}>
                {`April ${y.slice(0, 4)} to March ${Number(y.slice(0, 4)) + 1}`}
              </option>
            ))}
          </select>
        </div>
        <button className="button secondary" type="submit">
          Show
        </button>
      </form>
      <SpendDashboard financialYear={financialYear} />
    </>
  );
}
