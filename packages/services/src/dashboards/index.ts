export * from "./dashboard-filter";
export * from "./load-dashboards";
export * from "./list-dashboard-rows";
export * from "./dashboard-export";
export * from "./policy-review-cycle";
export * from "./drilldown-export";
