import { describe, expect, it } from "vitest";
import { classifyExclusion, findStatutoryLineExclusion } from "./exclusion-source";
import { judgeExceptions, listFailingReasons, listPendingReasons } from "./decision-exceptions";
import { PRESET_IDS, resolvePreset } from "./resolve-policy";
import { makeInput } from "./test-support";

const finding = (code: string, over: Partial<Parameters<typeof classifyExclusion>[0]> = {}) => ({
  code, stream: "education", service: "tutoring", arrangement: "organised", onSchoolPremises: false, age: 10, ...over,
});

describe("classifyExclusion", () => {
  it("holds what the law excludes as statutory, whatever the code that found it", () => {
    expect(classifyExclusion(finding("SERVICE_EXCLUDED", { service: "school_place" }))).toBe("statutory");
    expect(classifyExclusion(finding("SERVICE_EXCLUDED", { stream: "health", service: "gp_or_emergency_care" }))).toBe("statutory");
    expect(classifyExclusion(finding("DIRECT_PAYMENT_PROHIBITED_USE", { stream: "social_care", service: "permanent_residential_care", arrangement: "direct_payment" }))).toBe("statutory");
    expect(classifyExclusion(finding("EDUCATION_REQUIRES_EHCP"))).toBe("statutory");
    expect(classifyExclusion(finding("RECIPIENT_NOT_PERMITTED"))).toBe("statutory");
    expect(classifyExclusion(finding("CAPACITY_NOT_CONFIRMED"))).toBe("statutory");
    expect(classifyExclusion(finding("NO_SOCIAL_CARE_ASSESSMENT", { stream: "social_care" }))).toBe("statutory");
    expect(classifyExclusion(finding("AGE_OUT_OF_RANGE", { age: 26 }))).toBe("statutory");
    expect(classifyExclusion(finding("SCHOOL_AGREEMENT_REQUIRED", { onSchoolPremises: true }))).toBe("statutory");
  });

  it("holds a council's choices as policy", () => {
    for (const code of ["STREAM_NOT_OFFERED", "ARRANGEMENT_NOT_OFFERED", "OUTSIDE_REQUEST_WINDOW", "SHORT_BREAKS_LEVEL_TOO_LOW", "NOT_COST_EFFECTIVE", "PROFESSIONAL_IDENTIFICATION_REQUIRED", "NO_LINKED_OUTCOME", "NOT_TRANSPORT_ENTITLED", "NOT_CONTINUING_CARE_ELIGIBLE"]) {
      expect(classifyExclusion(finding(code))).toBe("policy");
    }
    expect(classifyExclusion(finding("SERVICE_EXCLUDED", { service: "specialist_provision" }))).toBe("policy");
    expect(classifyExclusion(finding("SERVICE_EXCLUDED", { service: "sla_service" }))).toBe("policy");
    expect(classifyExclusion(finding("SERVICE_EXCLUDED", { service: "my_council_service" }))).toBe("policy");
    // Permanent residential care is excluded by law from a direct payment only.
    expect(classifyExclusion(finding("SERVICE_EXCLUDED", { stream: "social_care", service: "permanent_residential_care" }))).toBe("policy");
    expect(classifyExclusion(finding("AGE_OUT_OF_RANGE", { stream: "health", age: 19 }))).toBe("policy");
    expect(classifyExclusion(finding("EDUCATION_REQUIRES_EHCP", { stream: "transport" }))).toBe("policy");
    expect(classifyExclusion(finding("SCHOOL_AGREEMENT_REQUIRED", { service: "tutoring" }))).toBe("policy");
  });

  it("excludes a school place and GP care by the line alone, and residential care only by direct payment", () => {
    expect(findStatutoryLineExclusion({ service: "school_place", arrangement: "organised" })).not.toBeNull();
    expect(findStatutoryLineExclusion({ service: "gp_or_emergency_care", arrangement: "third_party" })).not.toBeNull();
    expect(findStatutoryLineExclusion({ service: "permanent_residential_care", arrangement: "organised" })).toBeNull();
    expect(findStatutoryLineExclusion({ service: "household_bills", arrangement: "direct_payment" })).not.toBeNull();
  });
});

describe.each(PRESET_IDS)("under the %s preset", (id) => {
  const policy = resolvePreset(id).policy;

  it("refuses to approve a school place, whatever the check found and whatever is set aside", () => {
    const input = makeInput("education", { request: { service: "school_place" } });
    const failing = listFailingReasons(policy, input);
    const exceptions = failing.map((f) => ({ code: f.code, reasons: "Panel exception." }));
    const judged = judgeExceptions(input.request, failing, exceptions, true);
    expect(judged.issues.map((i) => i.field)).toEqual(["outcome"]);
    expect(judged.recorded).toEqual([]);
  });

  it("refuses to approve a direct payment for permanent residential care", () => {
    const input = makeInput("social_care", { request: { service: "permanent_residential_care", arrangement: "direct_payment", recipient: "parent" } });
    const judged = judgeExceptions(input.request, listFailingReasons(policy, input), [], true);
    expect(judged.issues[0]?.field).toBe("outcome");
  });

  it("lists what is still to confirm apart from what fails, so an exception carries its conditions", () => {
    const input = makeInput("education", { request: { service: "top_up_support", commissionedCostPence: null } });
    const pending = listPendingReasons(policy, input).map((r) => r.code);
    const failing = listFailingReasons(policy, input).map((r) => r.code);
    expect(pending.filter((code) => failing.includes(code))).toEqual([]);
    const withCost = makeInput("education", { request: { service: "top_up_support", commissionedCostPence: 100 } });
    expect(listPendingReasons(policy, withCost).map((r) => r.code)).not.toContain("COST_COMPARISON_REQUIRED");
  });

  it("lets a refusal through with no exceptions", () => {
    const input = makeInput("education", { request: { service: "school_place" } });
    expect(judgeExceptions(input.request, listFailingReasons(policy, input), [], false).issues).toEqual([]);
  });
});

describe("judgeExceptions for a policy exclusion (Surrey's specialist provision)", () => {
  const policy = resolvePreset("surrey").policy;
  const input = makeInput("education", { request: { service: "specialist_provision" } });
  const failing = listFailingReasons(policy, input);

  it("finds a failing reason of policy", () => {
    expect(failing.map((f) => f.code)).toEqual(["SERVICE_EXCLUDED"]);
    const [first] = failing;
    if (!first) throw new Error("a failing reason expected");
    expect(classifyExclusion(first)).toBe("policy");
  });

  it("needs each failing rule set aside, with reasons", () => {
    expect(judgeExceptions(input.request, failing, [], true).issues.map((i) => i.field)).toEqual(["exceptions"]);
    expect(judgeExceptions(input.request, failing, [{ code: "SERVICE_EXCLUDED", reasons: "  " }], true).issues[0]?.message).toMatch(/reasons/);
    expect(judgeExceptions(input.request, failing, [{ code: "SERVICE_EXCLUDED", reasons: "x" }, { code: "NOT_COST_EFFECTIVE", reasons: "y" }], true).issues[0]?.message).toMatch(/NOT_COST_EFFECTIVE/);
  });

  it("records the rule in the check's words and citation, with the panel's reasons", () => {
    const judged = judgeExceptions(input.request, failing, [{ code: "SERVICE_EXCLUDED", reasons: " No local provider. " }], true);
    expect(judged.issues).toEqual([]);
    expect(judged.recorded).toEqual([{ code: "SERVICE_EXCLUDED", rule: failing[0]?.message, source: failing[0]?.source, reasons: "No local provider." }]);
    expect(judged.recorded[0]?.source).toMatch(/Surrey/);
  });

  it("refuses exceptions on a refusal", () => {
    expect(judgeExceptions(input.request, failing, [{ code: "SERVICE_EXCLUDED", reasons: "x" }], false).issues[0]?.field).toBe("exceptions");
  });
});
