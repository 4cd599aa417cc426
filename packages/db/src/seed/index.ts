export { seedDemo, DEMO_COUNCIL, DEMO_TODAY, type SeedSummary } from "./demo";
export { DEMO_USERS, DEMO_MORE_USERS, DEMO_PASSWORD } from "./demo-people";
export { createRandom, type Random } from "./random";
export * from "./scale";
