export * from "./rollup-maintenance";
export * from "./analytics-filter";
export * from "./spend-rollups";
export * from "./uptake-rollups";
export * from "./cessation-rollups";
export * from "./dashboard-options";
export * from "./drilldown-hits";
export * from "./drilldown-rows";
