import type { Metadata } from "next";
import { DashboardPage } from "../_shared/dashboard-page";
import type { SearchParams } from "../_shared/filter-params";

export const metadata: Metadata = { title: "Personal budgets ended" };

export default function CessationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <DashboardPage
      name="cessations"
      title="Personal budgets ended, and reviews asked for"
      lede="Personal budgets ended by reason, funding stream and month, and the reviews of decisions families asked for, with their outcomes."
      searchParams={searchParams}
    />
  );
}
