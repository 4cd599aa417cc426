import type { Metadata } from "next";
import { DashboardPage } from "../_shared/dashboard-page";
import type { SearchParams } from "../_shared/filter-params";

export const metadata: Metadata = { title: "Policy review" };

export default function PolicyReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <DashboardPage
      name="policy_review"
      title="Policy review: before and after each policy version"
      lede="The same measures for each stretch of the period under one published policy version, split at the dates each took effect, side by side."
      searchParams={searchParams}
    />
  );
}
