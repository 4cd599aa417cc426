import { describe, expect, it } from "vitest";
import { checkRequest } from "../src/check-request";
import { PRESET_IDS, resolvePreset } from "../src/resolve-policy";
import { makeInput } from "../src/test-support";

// R4: children's continuing care to 18, adults' continuing healthcare from 18; eligibility for either
// gives a personal health budget up to 25. `continuingCareEligible` stands for whichever applies at the age.
describe.each(PRESET_IDS)("health to 25 under %s", (id) => {
  const { policy } = resolvePreset(id);

  it.each(["2007-03-01", "2004-06-15", "1999-06-15"])(
    "a young person born %s, eligible for continuing care, is not refused for age",
    (dateOfBirth) => {
      const result = checkRequest(policy, makeInput("health", { child: { dateOfBirth } }));
      expect(result.reasons.map((r) => r.code)).not.toContain("AGE_OUT_OF_RANGE");
      expect(result.outcome).toBe("eligible");
    },
  );

  it("a young person of 26 is past the 0 to 25 range", () => {
    const result = checkRequest(policy, makeInput("health", { child: { dateOfBirth: "1999-01-01" } }));
    expect(result.reasons.map((r) => r.code)).toEqual(["AGE_OUT_OF_RANGE"]);
  });

  it("an adult not eligible is told both criteria", () => {
    const result = checkRequest(
      policy,
      makeInput("health", { child: { dateOfBirth: "2004-06-15", continuingCareEligible: false } }),
    );
    expect(result.reasons.find((r) => r.code === "NOT_CONTINUING_CARE_ELIGIBLE")?.message).toBe(
      "A personal health budget is for children and young people who are eligible for continuing care: children's continuing care up to 18, and NHS continuing healthcare for adults from 18.",
    );
  });
});
