import type { Metadata } from "next";
import { DashboardPage } from "../_shared/dashboard-page";
import type { SearchParams } from "../_shared/filter-params";

export const metadata: Metadata = { title: "Uptake of personal budgets" };

export default function UptakePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <DashboardPage
      name="uptake"
      title="Uptake of personal budgets"
      lede="Personal budgets in force, requests and their outcomes, the share of EHC plans with a personal budget, direct payments by who receives them, and how long decisions take."
      searchParams={searchParams}
    />
  );
}
