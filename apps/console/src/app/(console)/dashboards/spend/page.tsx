import type { Metadata } from "next";
import { DashboardPage } from "../_shared/dashboard-page";
import type { SearchParams } from "../_shared/filter-params";

export const metadata: Metadata = { title: "Spend by funding stream" };

export default function SpendPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <DashboardPage
      name="spend"
      title="Spend by funding stream"
      lede="What the council has committed (budget lines in force), scheduled and paid, by month, funding stream and arrangement, beside what was paid in the same months a year earlier."
      searchParams={searchParams}
    />
  );
}
