import { bench, describe } from "vitest";
import { buildCheckInputSchema, checkRequest, resolvePolicy, resolvePreset } from "../src/index";
import { makeInput } from "../src/test-support";

// Timing lives here, not in tests: `pnpm vitest bench --run --project unit packages/eligibility`.
// `pb check` must check 10,000 requests well inside 2 s, process start included.
const policy = resolvePreset("surrey").policy;
const schema = buildCheckInputSchema(policy);
const raw = Array.from({ length: 10_000 }, (_, i) =>
  JSON.parse(
    JSON.stringify(
      makeInput(i % 2 === 0 ? "education" : "transport", {
        request: {
          schoolAgreed: i % 3 === 0 ? null : true,
          annualCostPence: 400_000 + i,
          linkedOutcomes: i % 5 === 0 ? [] : ["outcome"],
        },
      }),
    ),
  ),
);
const inputs = raw.map((item) => schema.parse(item));

describe("10,000 requests", () => {
  bench("parse every request (zod)", () => {
    for (const item of raw) schema.safeParse(item);
  });
  bench("check every parsed request", () => {
    for (const input of inputs) checkRequest(policy, input);
  });
});

describe("once per run", () => {
  bench("resolve a preset-shaped policy (merge, validate, provenance)", () => {
    resolvePolicy({ id: "x", name: "X", version: "1", document: "council", inherits: "surrey" });
  });
});
